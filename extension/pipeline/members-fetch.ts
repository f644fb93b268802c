import { z } from 'zod';
import type { PipeclipDb } from '../db/database.ts';
import { serverSettings } from '../sync/settings.ts';
import { teamGet } from '../sync/team-api.ts';
import { MEMBERS_KEY, type MemberDirectory } from './members.ts';

/** GET /v1/team: the team, the caller, and its members. */
const TeamSchema = z.object({
  me: z.object({ id: z.string() }),
  members: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
});

/**
 * Fetches the team's members from the team server and stores them for the owner names. Without a server, or
 * offline, the stored directory stays as it was; returns whether it was refreshed.
 */
export async function refreshMembers(db: PipeclipDb, signal?: AbortSignal, now = Date.now()): Promise<boolean> {
  const server = await serverSettings.get();
  if (!server) return false;
  try {
    const team = await teamGet(server, 'v1/team', TeamSchema, signal);
    const directory: MemberDirectory = { members: team.members, meId: team.me.id, fetchedAt: now };
    await db.meta.put({ key: MEMBERS_KEY, value: directory });
    return true;
  } catch (err) {
    if (!signal?.aborted) console.warn('[pipeclip] team members not refreshed', err);
    return false;
  }
}

/**
 * Keeps the stored directory current while the side panel is open: refreshed now, and again whenever this
 * browser joins or leaves a team. Stops when `signal` aborts.
 */
export async function keepMembersFresh(db: PipeclipDb, signal: AbortSignal): Promise<void> {
  const unwatch = serverSettings.watch(() => void refreshMembers(db, signal));
  signal.addEventListener('abort', unwatch, { once: true });
  await refreshMembers(db, signal);
}
