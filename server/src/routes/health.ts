import { Hono } from 'hono';
import type { DbHandle } from '../db/client.ts';

export function healthRoutes(handle: DbHandle) {
  return new Hono().get('/', (c) => c.json({ ok: true, engine: handle.engine }));
}
