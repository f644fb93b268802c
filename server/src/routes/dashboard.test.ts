import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, uuidv7, type Mutation } from '@pipeclip/shared';
import { quarterKey as quarterKeyOf } from '@pipeclip/shared/metrics';
import { createApp } from '../app.ts';
import type { DbHandle } from '../db/client.ts';
import { createInvitation, createTeam } from '../services/teams.ts';
import { testDb } from '../test-db.ts';
import { newPerson, personPut, stamp, testClient } from '../test-client.ts';

const HOSTILE_DEAL = '<img src=x onerror=alert(1)>';
const HOSTILE_LEAD = '<script>alert(2)</script>';
const HOSTILE_REP = 'Ben <svg onload=alert(3)>';
const ORIGIN = 'http://localhost';

let handle: DbHandle;
let app: ReturnType<typeof createApp>;
let teamId: string;
let boss: { token: string; member: { id: string } };
let ann: { token: string; member: { id: string } };
let ben: { token: string; member: { id: string } };
let olga: { token: string; member: { id: string } };
const pipelineId = uuidv7();
const otherPipelineId = uuidv7();
const annDealId = uuidv7();
const now = Date.now();

const dealPut = (id: number, recordId: string, fields: Record<string, unknown>): Mutation => ({ id, hlc: stamp(Date.now()), name: 'record.put', args: { collection: 'deals', recordId, fields } });
const deal = (pipeline: string, title: string, value: number, stageId: string, extra: Record<string, unknown> = {}) => ({
  title, pipelineId: pipeline, stageId, value, currency: 'EUR', status: 'open', stageHistory: [], tags: [], createdAt: now - 20 * 86_400_000, updatedAt: now, ...extra,
});
const pipelinePut = (id: number, recordId: string, name: string): Mutation => ({ id, hlc: stamp(now), name: 'record.put', args: { collection: 'pipelines', recordId, fields: { name, stages: DEFAULT_STAGES, createdAt: now, updatedAt: now } } });

/** A browser session: the cookie the dashboard set. */
const session = (token: string) => `pipeclip_session=${token}`;
const page = (path: string, cookie?: string, headers: Record<string, string> = {}) => app.request(path, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
const post = (path: string, form: Record<string, string>, cookie?: string, origin = ORIGIN) =>
  app.request(origin === 'https://localhost' ? `https://localhost${path}` : path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin, ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(form).toString(),
  });
const cookieOf = (res: Response) => res.headers.get('set-cookie') ?? '';
const tokenOf = (res: Response) => /pipeclip_session=([^;]+)/.exec(cookieOf(res))?.[1];

beforeAll(async () => {
  handle = await testDb();
  app = createApp({ handle, joinsPerMinute: 1000 });
  const api = testClient(app);
  const acme = await createTeam(handle.db, 'Acme', 'Boss');
  teamId = acme.team.id;
  boss = await api.join(acme.code);
  ann = await api.join(await createInvitation(handle.db, { teamId, role: 'rep' }), 'Ann');
  ben = await api.join(await createInvitation(handle.db, { teamId, role: 'rep' }), HOSTILE_REP);
  olga = await api.join((await createTeam(handle.db, 'Other', 'Olga')).code);
  await api.push(boss.token, 'client-boss', [pipelinePut(1, pipelineId, 'Sales')]);
  await api.push(ann.token, 'client-ann-1', [
    dealPut(1, annDealId, deal(pipelineId, HOSTILE_DEAL, 1234.56, 'demo')),
    dealPut(2, uuidv7(), deal(pipelineId, 'Ann won', 5_000, 'won', { status: 'won', closedAt: now })),
    personPut(3, uuidv7(), newPerson(HOSTILE_LEAD, { emails: ['pat@bigcorp.example'] })),
  ]);
  await api.push(ben.token, 'client-ben-1', [
    dealPut(1, uuidv7(), deal(pipelineId, 'Ben lost', 2_000, 'lost', { status: 'lost', closedAt: now, lostReason: 'price' })),
    personPut(2, uuidv7(), newPerson('Pat Again', { emails: ['PAT@bigcorp.example'] })),
  ]);
  await api.push(olga.token, 'client-olga-1', [pipelinePut(1, otherPipelineId, 'Theirs'), dealPut(2, uuidv7(), deal(otherPipelineId, 'Secret other deal', 99_000, 'proposal'))]);
});
afterAll(() => handle.close());

describe('sign-in', () => {
  it('shows the sign-in form to a browser without a session', async () => {
    const res = await page('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('action="/sign-in"');
    expect(html).toContain('Invitation link or device token');
  });

  it('redeems an invitation link, asking for the name a new member needs', async () => {
    const link = `http://localhost/join/${await createInvitation(handle.db, { teamId, role: 'manager' })}`;
    const unnamed = await post('/sign-in', { secret: link, name: '' });
    expect(unnamed.status).toBe(400);
    expect(await unnamed.text()).toContain('say your name');
    const res = await post('/sign-in', { secret: link, name: 'Marie' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    expect(cookieOf(res)).toMatch(/HttpOnly/);
    expect(cookieOf(res)).toMatch(/SameSite=Strict/);
    expect(cookieOf(res)).not.toMatch(/Secure/);
    const html = await (await page('/', session(tokenOf(res)!))).text();
    expect(html).toContain('Marie · Sales manager');
    expect(html).toContain('Dashboard');
  });

  it('accepts an existing device token, and marks the cookie Secure over https', async () => {
    const res = await post('/sign-in', { secret: ann.token }, undefined, 'https://localhost');
    expect(res.status).toBe(303);
    expect(tokenOf(res)).toBe(ann.token);
    expect(cookieOf(res)).toMatch(/Secure/);
  });

  it('refuses a wrong token with a clear message and no stack trace', async () => {
    const res = await post('/sign-in', { secret: 'pct_not-a-real-token' });
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('This device token is unknown or was revoked');
    expect(html).not.toMatch(/\bat \w+ \(|Error:|node_modules/);
    expect(cookieOf(res)).not.toContain('pipeclip_session');
    expect((await post('/sign-in', { secret: 'inv_unknownunknown' })).status).toBe(400);
  });

  it('refuses a form posted from another site', async () => {
    const res = await post('/sign-in', { secret: ann.token }, undefined, 'https://evil.example');
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('another site');
    // Under no-referrer, browsers send Origin: null for same-origin forms and let Sec-Fetch-Site tell.
    const form = (site: string) => app.request('/sign-in', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'null', 'sec-fetch-site': site }, body: `secret=${ann.token}` });
    expect((await form('same-origin')).status).toBe(303);
    expect((await form('cross-site')).status).toBe(403);
  });

  it('explains an invitation link opened in a browser', async () => {
    const res = await page('/join/inv_abcdefghijkl');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Settings');
    expect(html).toContain('http://localhost/join/inv_abcdefghijkl');
  });

  it('signs out, and a revoked device’s session ends', async () => {
    const out = await post('/sign-out', {}, session(ann.token));
    expect(out.status).toBe(303);
    expect(cookieOf(out)).toMatch(/pipeclip_session=;/);
    const code = await createInvitation(handle.db, { teamId, role: 'rep', memberId: ann.member.id });
    const token = tokenOf(await post('/sign-in', { secret: code }))!;
    const { devices } = (await (await app.request('/v1/team/devices', { headers: { authorization: `Bearer ${token}` } })).json()) as { devices: { id: string; label: string }[] };
    const mine = devices.filter((d) => d.label === 'Dashboard').at(-1)!;
    const revoked = await post(`/dashboard/devices/${mine.id}/revoke`, { back: '/' }, session(token));
    expect(revoked.status).toBe(303);
    const after = await page('/dashboard/deals', session(token));
    expect(after.status).toBe(401);
    expect(await after.text()).toContain('action="/sign-in"');
  });
});

describe('what managers and reps see', () => {
  it('shows a manager the team figures, charts, leaderboard and tools', async () => {
    const res = await page('/', session(boss.token));
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    for (const text of ['Open deals', 'Pipeline value', 'Weighted pipeline', 'Win rate', 'Forecast accuracy', 'Sales funnel', 'Forecast vs. quota', 'Leaderboard', 'Deals per rep and stage']) expect(html).toContain(text);
    expect(html).toMatch(/<svg class="chart"[^>]*aria-labelledby="funnel-title"/);
    expect(html).toContain('action="/dashboard/quotas"');
    expect(html).toContain('action="/dashboard/invitations"');
    expect(html).toContain('href="/dashboard/duplicates"');
  });

  it('shows a rep the roll-up and their own row, without manager tools', async () => {
    const html = await (await page('/', session(ann.token))).text();
    expect(html).toContain('Sales funnel');
    expect(html).not.toContain('/dashboard/quotas');
    expect(html).not.toContain('/dashboard/invitations');
    expect(html).not.toContain('/dashboard/duplicates');
    const repTable = html.slice(html.indexOf('rep-stage-title'));
    expect(repTable).toContain('Ann');
    expect(repTable).not.toContain('Ben');
    const deals = await (await page('/dashboard/deals', session(ann.token))).text();
    expect(deals).toContain('Ann won');
    expect(deals).not.toContain('Ben lost');
    expect(deals).not.toContain('/dashboard/reassign');
  });

  it('refuses manager actions to a rep with a 403', async () => {
    const cookie = session(ann.token);
    const period = quarterKeyOf(now);
    expect((await post('/dashboard/quotas', { memberId: ann.member.id, period, amount: '1', currency: 'EUR' }, cookie)).status).toBe(403);
    expect((await post('/dashboard/invitations', { role: 'manager' }, cookie)).status).toBe(403);
    expect((await post('/dashboard/reassign', { recordId: annDealId, ownerId: ann.member.id }, cookie)).status).toBe(403);
    expect((await post('/dashboard/merge', { keepId: uuidv7(), dropId: uuidv7() }, cookie)).status).toBe(403);
    const dup = await page('/dashboard/duplicates', cookie);
    expect(dup.status).toBe(403);
    expect(await dup.text()).toContain('Only a sales manager may do this.');
  });

  it('lets a manager set a quota, invite, and assign a deal', async () => {
    const cookie = session(boss.token);
    const quota = await post('/dashboard/quotas', { memberId: ann.member.id, period: quarterKeyOf(now), amount: '20000', currency: 'EUR', back: '/?lang=en' }, cookie);
    expect(quota.status).toBe(303);
    expect(quota.headers.get('location')).toBe('/?lang=en&done=quota');
    const html = await (await page('/?lang=en&done=quota', cookie)).text();
    expect(html).toContain('Quota saved.');
    expect(html).toContain('25%');
    const invite = await post('/dashboard/invitations', { role: 'rep', days: '3', uses: '2' }, cookie);
    expect(invite.status).toBe(200);
    expect(await invite.text()).toMatch(/http:\/\/localhost\/join\/inv_[\w-]+/);
    expect((await post('/dashboard/reassign', { recordId: annDealId, ownerId: ben.member.id, back: '/dashboard/deals' }, cookie)).headers.get('location')).toBe('/dashboard/deals?done=reassign');
    expect((await post('/dashboard/reassign', { recordId: annDealId, ownerId: ann.member.id }, cookie)).status).toBe(303);
  });

  it('lists cross-rep duplicates for a manager with a merge form', async () => {
    const html = await (await page('/dashboard/duplicates', session(boss.token))).text();
    expect(html).toContain('pat@bigcorp.example');
    expect(html).toContain('action="/dashboard/merge"');
  });
});

describe('isolation, language and escaping', () => {
  it('keeps teams apart', async () => {
    const theirs = await (await page('/', session(olga.token))).text();
    expect(theirs).toContain('Theirs');
    expect(theirs).not.toContain('Ann');
    expect(theirs).not.toContain('Acme');
    expect(theirs).not.toContain('1,234.56');
    const ours = await (await page('/dashboard/deals', session(boss.token))).text();
    expect(ours).not.toContain('Secret other deal');
    expect((await post('/dashboard/reassign', { recordId: annDealId, ownerId: olga.member.id }, session(boss.token))).status).toBe(404);
    expect((await post('/dashboard/reassign', { recordId: annDealId, ownerId: ann.member.id }, session(olga.token))).status).toBe(404);
  });

  it('speaks German with German numbers, and remembers the choice', async () => {
    const res = await page('/?lang=de', session(boss.token));
    expect(cookieOf(res)).toContain('pipeclip_lang=de');
    const html = await res.text();
    expect(html).toContain('<html lang="de"');
    for (const word of ['Offene Verkaufschancen', 'Vertriebstrichter', 'Abschlussquote', 'Rangliste', 'Abmelden', 'Produktdemo / Testversion']) expect(html).toContain(word);
    expect(html).toMatch(/1\.234,56\s€/);
    const again = await (await page('/', `${session(boss.token)}; pipeclip_lang=de`)).text();
    expect(again).toContain('Vertriebstrichter');
  });

  it('follows Accept-Language (Dutch) when nothing else is chosen', async () => {
    const html = await (await page('/', session(boss.token), { 'accept-language': 'fr-FR, nl;q=0.8, en;q=0.5' })).text();
    expect(html).toContain('Verkooptrechter');
    expect(html).toMatch(/€\s1\.234,56/);
  });

  it('renders captured markup as text', async () => {
    const cookie = session(boss.token);
    const main = await (await page('/', cookie)).text();
    expect(main).toContain('Ben &lt;svg onload=alert(3)&gt;');
    expect(main).not.toContain('<svg onload');
    const deals = await (await page('/dashboard/deals', cookie)).text();
    expect(deals).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(deals).not.toContain('<img');
    const dups = await (await page('/dashboard/duplicates', cookie)).text();
    expect(dups).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(dups).not.toContain('<script');
  });
});
