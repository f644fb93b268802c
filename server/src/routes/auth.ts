import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { parseInput, readJson } from '../errors.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { redeemInvitation } from '../services/teams.ts';

const JoinSchema = z.object({
  code: z.string().trim().min(8, 'the invitation code is too short').max(200),
  device: z.string().trim().min(1).max(120),
  name: z.string().trim().min(1).max(120).optional(),
});

/** Pairing: an invitation code becomes a per-device bearer token, shown once. */
export function authRoutes(db: Database, joinsPerMinute = 20) {
  return new Hono().post('/join', rateLimit({ limit: joinsPerMinute, windowMs: 60_000 }), async (c) => {
    const input = parseInput(JoinSchema, await readJson(c), 'join request');
    const joined = await redeemInvitation(db, input);
    return c.json({ token: joined.token, deviceId: joined.deviceId, member: { id: joined.member.id, name: joined.member.name, role: joined.member.role }, team: joined.team }, 201);
  });
}
