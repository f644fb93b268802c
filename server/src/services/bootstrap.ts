import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { devices, members, teams } from '../db/schema.ts';
import { createInvitation, createTeam } from './teams.ts';

export interface FirstRun {
  teamName: string;
  /** Present while the team's first manager has no paired device yet. */
  pairingCode?: string;
  created: boolean;
}

/** On the first start creates a team and its admin; until the admin pairs a device, offers a fresh code. */
export async function ensureFirstTeam(db: Database): Promise<FirstRun> {
  const [team] = await db.select().from(teams).orderBy(asc(teams.createdAt)).limit(1);
  if (!team) {
    const created = await createTeam(db, 'My team', 'Admin');
    return { teamName: created.team.name, pairingCode: created.code, created: true };
  }
  const [admin] = await db.select().from(members).where(and(eq(members.teamId, team.id), eq(members.role, 'manager'))).orderBy(asc(members.createdAt)).limit(1);
  if (!admin) return { teamName: team.name, created: false };
  const [device] = await db.select({ id: devices.id }).from(devices).where(and(eq(devices.memberId, admin.id), isNull(devices.revokedAt))).limit(1);
  if (device) return { teamName: team.name, created: false };
  const pairingCode = await createInvitation(db, { teamId: team.id, role: 'manager', memberId: admin.id, ttlMs: 24 * 3600 * 1000, uses: 1 });
  return { teamName: team.name, pairingCode, created: false };
}

/** The single string a rep pastes into the side panel: the server's address and the invitation code. */
export const invitationLink = (publicUrl: string, code: string) => `${publicUrl.replace(/\/$/, '')}/join/${code}`;
