import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { devices, members } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import type { Caller } from '../middleware/auth.ts';
import { forgetCallers } from '../middleware/auth.ts';

/** The caller's devices, or the whole team's for a manager. Tokens are never shown again, only labels. */
export function listDevices(db: Database, caller: Caller) {
  const scope = caller.role === 'manager' ? eq(devices.teamId, caller.teamId) : and(eq(devices.teamId, caller.teamId), eq(devices.memberId, caller.memberId));
  return db
    .select({ id: devices.id, label: devices.label, member: members.name, memberId: devices.memberId, createdAt: devices.createdAt, revokedAt: devices.revokedAt })
    .from(devices)
    .innerJoin(members, eq(members.id, devices.memberId))
    .where(scope)
    .orderBy(asc(devices.createdAt));
}

/** Revokes a device token at once; a rep may revoke only their own devices. */
export async function revokeDevice(db: Database, caller: Caller, deviceId: string) {
  const scope = caller.role === 'manager' ? eq(devices.teamId, caller.teamId) : and(eq(devices.teamId, caller.teamId), eq(devices.memberId, caller.memberId));
  const [row] = await db.update(devices).set({ revokedAt: Date.now() }).where(and(eq(devices.id, deviceId), scope!, isNull(devices.revokedAt))).returning({ id: devices.id });
  if (!row) throw new ApiError(404, 'No such active device in your reach', 'not_found');
  forgetCallers();
}
