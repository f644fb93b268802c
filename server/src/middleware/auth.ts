import { and, eq, isNull } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Role } from '@pipeclip/shared';
import type { Database } from '../db/client.ts';
import { devices, members } from '../db/schema.ts';
import { ApiError } from '../errors.ts';
import { sha256 } from '../tokens.ts';

export interface Caller {
  teamId: string;
  memberId: string;
  deviceId: string;
  role: Role;
}

export type AuthEnv = { Variables: { caller: Caller } };

/**
 * Callers of recently seen tokens, by token hash. Every sync request authenticates, and a rep's device asks
 * every few seconds: the cache spares the database that lookup. A revocation through this server clears it at
 * once; one made by another process (the admin CLI against PostgreSQL) takes effect within `CALLER_TTL_MS`.
 */
const CALLER_TTL_MS = 5_000;
const callers = new Map<string, { caller: Caller; until: number }>();

export function forgetCallers(): void {
  callers.clear();
}

/** The caller a device token belongs to, or undefined for an unknown or revoked token (bearer or dashboard cookie). */
export async function callerForToken(db: Database, token: string): Promise<Caller | undefined> {
  const hash = await sha256(token);
  const now = Date.now();
  const cached = callers.get(hash);
  if (cached && cached.until > now) return cached.caller;
  const [row] = await db
    .select({ deviceId: devices.id, teamId: devices.teamId, memberId: devices.memberId, role: members.role })
    .from(devices)
    .innerJoin(members, eq(members.id, devices.memberId))
    .where(and(eq(devices.tokenHash, hash), isNull(devices.revokedAt)))
    .limit(1);
  if (callers.size > 10_000) callers.clear();
  if (row) callers.set(hash, { caller: row, until: now + CALLER_TTL_MS });
  else callers.delete(hash);
  return row;
}

/** Bearer-token authentication against hashed, revocable per-device tokens. */
export function bearerAuth(db: Database) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) throw new ApiError(401, 'Sign in first: this endpoint needs a device token (Authorization: Bearer …)', 'unauthenticated');
    const caller = await callerForToken(db, token);
    if (!caller) throw new ApiError(401, 'This device token is unknown or was revoked: pair the device again', 'invalid_token');
    c.set('caller', caller);
    await next();
  });
}

export function requireRole(role: Role) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    if (c.var.caller.role !== role) throw new ApiError(403, `Only a ${role} may do this`, 'forbidden');
    await next();
  });
}
