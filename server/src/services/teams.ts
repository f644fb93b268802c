import { and, eq, gt, sql } from 'drizzle-orm';
import { uuidv7, type Role } from '@pipeclip/shared';
import type { Database } from '../db/client.ts';
import { devices, invitations, members, teams } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { randomSecret, sha256 } from '../tokens.ts';
import { invalidateTeamSummary } from './summary.ts';

const DAY = 24 * 3600 * 1000;

export interface InvitationOptions {
  teamId: string;
  role: Role;
  /** Pairs a further device of an existing member instead of creating a member. */
  memberId?: string;
  ttlMs?: number;
  uses?: number;
}

/** Creates an invitation and returns its code; only the code's hash is stored. */
export async function createInvitation(db: Database, { teamId, role, memberId, ttlMs = 7 * DAY, uses = 1 }: InvitationOptions) {
  const code = randomSecret('inv_', 18);
  const now = Date.now();
  await db.insert(invitations).values({
    id: uuidv7(),
    teamId,
    codeHash: await sha256(code),
    role,
    memberId,
    expiresAt: now + ttlMs,
    usesLeft: uses,
    createdAt: now,
  });
  return code;
}

/** Creates a team with its first member (a manager) and an invitation that pairs that member's device. */
export async function createTeam(db: Database, name: string, adminName: string) {
  const now = Date.now();
  const team = { id: uuidv7(), name, createdAt: now };
  const admin = { id: uuidv7(), teamId: team.id, name: adminName, role: 'manager' as const, createdAt: now };
  await db.transaction(async (tx) => {
    await tx.insert(teams).values(team);
    await tx.insert(members).values(admin);
  });
  const code = await createInvitation(db, { teamId: team.id, role: 'manager', memberId: admin.id, ttlMs: 30 * DAY, uses: 5 });
  return { team, admin, code };
}

export interface JoinInput {
  code: string;
  device: string;
  name?: string | undefined;
}

/** Redeems an invitation: creates the member when needed and a device token, returned once. */
export async function redeemInvitation(db: Database, { code, device, name }: JoinInput) {
  const codeHash = await sha256(code);
  const now = Date.now();
  return db.transaction(async (tx) => {
    const [invite] = await tx
      .update(invitations)
      .set({ usesLeft: sql`${invitations.usesLeft} - 1` })
      .where(and(eq(invitations.codeHash, codeHash), gt(invitations.usesLeft, 0), gt(invitations.expiresAt, now)))
      .returning();
    if (!invite) throw new ApiError(400, 'This invitation is unknown, used up or expired: ask your manager for a new one', 'invalid_invitation');
    let memberId = invite.memberId;
    if (!memberId) {
      if (!name) throw new ApiError(400, 'Say your name to join the team', 'name_required');
      memberId = uuidv7();
      await tx.insert(members).values({ id: memberId, teamId: invite.teamId, name, role: invite.role, createdAt: now });
    }
    const token = randomSecret('pct_', 32);
    const deviceId = uuidv7();
    await tx.insert(devices).values({ id: deviceId, teamId: invite.teamId, memberId, label: device, tokenHash: await sha256(token), createdAt: now });
    const [member] = await tx.select().from(members).where(eq(members.id, memberId));
    const [team] = await tx.select().from(teams).where(eq(teams.id, invite.teamId));
    invalidateTeamSummary(invite.teamId);
    return { token, deviceId, member: member!, team: { id: team!.id, name: team!.name } };
  });
}
