/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { CurrencySchema } from '@pipeclip/shared';
import type { Database } from '../db/client.ts';
import { dashboardActions } from '../dashboard/actions.tsx';
import { currenciesOf, pipelinesOf, recentDeals, teamMembers, whoAmI } from '../dashboard/data.ts';
import { DashboardPage } from '../dashboard/DashboardPage.tsx';
import { formats } from '../dashboard/format.ts';
import type { MessageKey } from '../dashboard/i18n.ts';
import { ErrorPage, JoinPage, SignInPage } from '../dashboard/Public.tsx';
import { DealsPage, DuplicatesPage } from '../dashboard/Records.tsx';
import { render, view } from '../dashboard/render.tsx';
import { endSession, requireSession, sameOrigin, sessionCaller } from '../dashboard/session.ts';
import { signIn } from '../dashboard/sign-in.tsx';
import { DASHBOARD_CSS } from '../dashboard/styles.ts';
import { ApiError } from '../errors.ts';
import { requireRole, type AuthEnv } from '../middleware/auth.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { listDevices } from '../services/devices.ts';
import { crossRepDuplicates } from '../services/duplicates.ts';
import { teamSummary } from '../services/summary.ts';

const DashboardQuery = z.object({ pipeline: z.uuid().optional().catch(undefined), currency: CurrencySchema.optional().catch(undefined), done: z.string().optional(), n: z.string().optional() });
const DONE: Record<string, MessageKey> = { quota: 'quota.saved', revoke: 'devices.revokedDone', reassign: 'deals.reassigned', merge: 'duplicates.merged' };
const ERRORS: Record<string, MessageKey> = { forbidden: 'error.forbidden', cross_origin: 'error.origin', invalid_invitation: 'error.badInvitation' };
const CODE = /^[A-Za-z0-9_-]{8,200}$/;

/**
 * The manager dashboard, server-rendered: sign-in by invitation or device token (kept in an HttpOnly cookie),
 * the team's figures from the maintained counters, and the manager's tools as plain forms.
 */
export function dashboardRoutes(db: Database, { signInsPerMinute = 20 } = {}) {
  const app = new Hono<AuthEnv>()
    .get('/dashboard.css', (c) => c.body(DASHBOARD_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }))
    .get('/', async (c) => {
      const started = performance.now();
      const v = view(c);
      const caller = await sessionCaller(c, db);
      if (!caller) return render(c, v, { title: v.t('signIn.title'), narrow: true }, <SignInPage t={v.t} />);
      const q = DashboardQuery.parse(c.req.query());
      const [s, me, devices] = await Promise.all([
        teamSummary(db, caller.teamId, { pipelineId: q.pipeline, currency: q.currency }),
        whoAmI(db, caller),
        listDevices(db, caller),
      ]);
      const currencies = [...new Set([s.currency, ...(await currenciesOf(db, caller.teamId, s.pipeline?.id))])].sort();
      const f = formats(v.locale, s.currency, v.t);
      const done = q.done ? DONE[q.done] : undefined;
      const back = new URL(v.here);
      for (const k of ['done', 'n']) back.searchParams.delete(k);
      const page = (
        <DashboardPage s={s} f={f} caller={caller} currencies={currencies} devices={devices} notice={done && v.t(done, { n: q.n ?? '0' })} back={back.pathname + back.search} />
      );
      c.header('server-timing', `dashboard;dur=${(performance.now() - started).toFixed(1)}`);
      return render(c, v, { title: v.t('app.title'), user: me }, page);
    })
    .get('/join/:code', (c) => {
      const v = view(c);
      const code = c.req.param('code');
      if (!CODE.test(code)) throw new ApiError(404, v.t('error.badInvitation'), 'invalid_invitation');
      return render(c, v, { title: v.t('join.title'), narrow: true }, <JoinPage t={v.t} code={code} link={`${v.here.origin}/join/${code}`} />);
    })
    .post('/sign-in', sameOrigin, rateLimit({ limit: signInsPerMinute, windowMs: 60_000 }), (c) => signIn(c, db))
    .post('/sign-out', sameOrigin, (c) => {
      endSession(c);
      return c.redirect('/', 303);
    })
    .use('/dashboard/*', sameOrigin, requireSession(db))
    .get('/dashboard/deals', async (c) => {
      const v = view(c);
      const caller = c.var.caller;
      const [pipelines, people, me] = await Promise.all([pipelinesOf(db, caller.teamId), teamMembers(db, caller.teamId), whoAmI(db, caller)]);
      const f = formats(v.locale, 'EUR', v.t);
      const stageName = (pipelineId: unknown, stageId: string) => {
        const stage = pipelines.find((p) => p.id === pipelineId)?.stages.find((st) => st.id === stageId);
        return stage ? f.stage(stage) : stageId;
      };
      const deals = await recentDeals(db, caller, stageName);
      return render(c, v, { title: v.t('deals.title'), user: me }, <DealsPage deals={deals} members={people} manager={caller.role === 'manager'} f={f} />);
    })
    .get('/dashboard/duplicates', requireRole('manager'), async (c) => {
      const v = view(c);
      const caller = c.var.caller;
      const [groups, people, me] = await Promise.all([crossRepDuplicates(db, caller.teamId), teamMembers(db, caller.teamId), whoAmI(db, caller)]);
      return render(c, v, { title: v.t('duplicates.title'), user: me }, <DuplicatesPage groups={groups} members={people} f={formats(v.locale, 'EUR', v.t)} />);
    })
    .route('/dashboard', dashboardActions(db));

  // Errors become pages here, in the reader's language where we know the case; never a stack trace.
  app.onError(async (err, c) => {
    const v = view(c);
    if (err instanceof ApiError && err.code === 'unauthenticated') return render(c, v, { title: v.t('signIn.title'), narrow: true, status: 401 }, <SignInPage t={v.t} />);
    if (err instanceof HTTPException) {
      const key = err instanceof ApiError ? ERRORS[err.code] : undefined;
      return render(c, v, { title: v.t('error.title'), narrow: true, status: err.status }, <ErrorPage t={v.t} message={key ? v.t(key) : err.message || v.t('error.title')} />);
    }
    console.error(`[pipeclip] ${c.req.method} ${c.req.path} failed:`, err);
    return render(c, v, { title: v.t('error.title'), narrow: true, status: 500 }, <ErrorPage t={v.t} message={v.t('error.title')} />);
  });
  return app;
}
