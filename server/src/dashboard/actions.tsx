/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { CurrencySchema, RoleSchema } from '@pipeclip/shared';
import { PeriodKeySchema } from '@pipeclip/shared/metrics';
import type { Database } from '../db/client.ts';
import { parseInput } from '../errors.ts';
import { requireRole, type AuthEnv } from '../middleware/auth.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { revokeDevice } from '../services/devices.ts';
import { mergePeople, reassign } from '../services/manager-edits.ts';
import { createInvitation } from '../services/teams.ts';
import { setQuota, whoAmI } from './data.ts';
import { formats } from './format.ts';
import { InvitationCreated } from './Manage.tsx';
import { backTo, render, view } from './render.tsx';

const QuotaForm = z.object({ memberId: z.uuid(), period: PeriodKeySchema, amount: z.coerce.number().finite().min(0).max(1e12), currency: CurrencySchema });
const InviteForm = z.object({ role: RoleSchema.default('rep'), days: z.coerce.number().int().min(1).max(90).default(7), uses: z.coerce.number().int().min(1).max(100).default(1) });
const ReassignForm = z.object({ recordId: z.uuid(), ownerId: z.uuid() });
const MergeForm = z.object({ keepId: z.uuid(), dropId: z.uuid() });

const form = async (c: Context) => c.req.parseBody();

/** The dashboard's form posts (behind the session and same-origin checks); manager tools refuse reps with a 403. */
export function dashboardActions(db: Database) {
  const manager = requireRole('manager');
  return new Hono<AuthEnv>()
    .post('/quotas', manager, async (c) => {
      const body = await form(c);
      await setQuota(db, c.var.caller.teamId, parseInput(QuotaForm, body, 'quota'));
      return c.redirect(backTo(body['back'], { done: 'quota' }), 303);
    })
    .post('/invitations', manager, rateLimit({ limit: 30, windowMs: 60_000 }), async (c) => {
      const input = parseInput(InviteForm, await form(c), 'invitation');
      const code = await createInvitation(db, { teamId: c.var.caller.teamId, role: input.role, ttlMs: input.days * 86_400_000, uses: input.uses });
      const v = view(c);
      const link = `${new URL(c.req.url).origin}/join/${code}`;
      return render(c, v, { title: v.t('invite.title'), user: await whoAmI(db, c.var.caller), narrow: true }, <InvitationCreated f={formats(v.locale, 'EUR', v.t)} link={link} />);
    })
    .post('/reassign', manager, async (c) => {
      const body = await form(c);
      const input = parseInput(ReassignForm, body, 'assignment');
      await reassign(db, c.var.caller, 'deals', input.recordId, input.ownerId);
      return c.redirect(backTo(body['back'], { done: 'reassign' }), 303);
    })
    .post('/merge', manager, async (c) => {
      const body = await form(c);
      const input = parseInput(MergeForm, body, 'merge');
      const { moved } = await mergePeople(db, c.var.caller, input.keepId, input.dropId);
      return c.redirect(backTo(body['back'], { done: 'merge', n: String(moved) }), 303);
    })
    .post('/devices/:id/revoke', async (c) => {
      const body = await form(c);
      await revokeDevice(db, c.var.caller, parseInput(z.uuid(), c.req.param('id'), 'device id'));
      return c.redirect(backTo(body['back'], { done: 'revoke' }), 303);
    });
}
