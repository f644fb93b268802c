import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, PROTOCOL_VERSION, SCHEMA_VERSION, formatHlc, uuidv7, type Mutation } from '@pipeclip/shared';
import { quarterKey } from '@pipeclip/shared/metrics';
import { CHROMIUM } from '../support/browser.ts';
import { startServer, type RunningServer } from '../support/server.ts';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const HOSTILE_DEAL = '<img src=x onerror=alert(1)>';
const HOSTILE_LEAD = '"><script>alert(2)</script>';
const HOSTILE_REP = 'Eve <svg onload=alert(3)>';
const DAY = 86_400_000;

let server: RunningServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

const headers = (token?: string) => ({
  'content-type': 'application/json',
  'x-pipeclip-protocol': String(PROTOCOL_VERSION),
  'x-pipeclip-schema': String(SCHEMA_VERSION),
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

async function api<T>(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`${server.url}${path}`, { method: init.method ?? 'GET', headers: headers(init.token), body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

type Joined = { token: string; member: { id: string } };
const join = (code: string, name?: string) => api<Joined>('/v1/auth/join', { method: 'POST', body: { code, device: 'e2e', name } });
const codeOf = (link: string) => link.split('/join/')[1]!;

/** Pushes records the way the extension does: named mutations with increasing ids and HLC stamps. */
async function push(token: string, node: string, records: { collection: string; id: string; fields: Record<string, unknown> }[]) {
  const mutations: Mutation[] = records.map((r, i) => ({ id: i + 1, hlc: formatHlc({ ms: Date.now(), counter: i, node }), name: 'record.put', args: { collection: r.collection, recordId: r.id, fields: r.fields } }) as Mutation);
  await api('/v1/sync/push', { method: 'POST', token, body: { clientId: `client-${node}`, mutations } });
}

function deals(pipelineId: string, ownerId: string, seed: number, titles: string[]) {
  const now = Date.now();
  const stages = ['lead', 'contact', 'qualification', 'demo', 'proposal', 'won', 'lost'];
  return titles.map((title, i) => {
    const stageId = stages[(i * 3 + seed) % stages.length]!;
    const status = stageId === 'won' ? 'won' : stageId === 'lost' ? 'lost' : 'open';
    const value = 2_000 + ((i * 7919 + seed * 104_729) % 40) * 950;
    const closed = status === 'open' ? {} : { closedAt: now - ((i * 5) % 40) * DAY, ...(status === 'lost' ? { lostReason: 'price' } : {}) };
    return {
      collection: 'deals',
      id: uuidv7(),
      fields: { title, pipelineId, stageId, value, currency: 'EUR', status, ownerId, stageHistory: [], tags: [], expectedCloseAt: now + ((i * 17 + seed * 11) % 150) * DAY, createdAt: now - (30 + i * 4) * DAY, updatedAt: now, ...closed },
    };
  });
}

const person = (name: string, email: string, ownerId: string) => {
  const now = Date.now();
  return { collection: 'people', id: uuidv7(), fields: { name, emails: [email], phones: [], urls: [], tags: [], ownerId, source: { kind: 'web', capturedAt: now }, createdAt: now, updatedAt: now } };
};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  const admin = await join(codeOf(server.invitation!));
  const invite = async () => codeOf((await api<{ link: string }>('/v1/team/invitations', { method: 'POST', token: admin.token, body: { role: 'rep', uses: 1 } })).link);
  const ann = await join(await invite(), 'Ann Fischer');
  const eve = await join(await invite(), HOSTILE_REP);
  const jan = await join(await invite(), 'Jan de Vries');
  const pipelineId = uuidv7();
  const now = Date.now();
  await push(admin.token, 'admin', [{ collection: 'pipelines', id: pipelineId, fields: { name: 'New business', stages: DEFAULT_STAGES, createdAt: now, updatedAt: now } }]);
  await push(ann.token, 'ann', [
    ...deals(pipelineId, ann.member.id, 1, ['Northwind renewal', 'Contoso pilot', 'Fabrikam rollout', 'Tailspin upgrade', 'Litware licences', 'Adatum support', 'Proseware expansion', 'Wingtip training', 'Coho Winery CRM', 'Alpine Ski House']),
    person(HOSTILE_LEAD, 'buyer@bigcorp.example', ann.member.id),
  ]);
  await push(eve.token, 'eve', [
    ...deals(pipelineId, eve.member.id, 2, [HOSTILE_DEAL, 'Woodgrove banking', 'Blue Yonder freight', 'Trey Research lab', 'Lucerne publishing', 'Margie travel']),
    person('Bea Buyer', 'BUYER@bigcorp.example', eve.member.id),
  ]);
  await push(jan.token, 'jan', deals(pipelineId, jan.member.id, 4, ['Fourth Coffee', 'Humongous Insurance', 'Wide World Importers', 'Graphic Design Institute', 'School of Fine Art', 'City Power & Light', 'Consolidated Messenger', 'Southridge Video']));
  for (const [m, amount] of [[ann, 60_000], [eve, 40_000], [jan, 50_000]] as const) {
    await api('/v1/team/quotas', { method: 'PUT', token: admin.token, body: { memberId: m.member.id, period: quarterKey(Date.now()), amount, currency: 'EUR' } });
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })).newPage();
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.destroy();
});

describe('the manager dashboard in a real browser', () => {
  it('signs in through the form with the printed invitation link', async () => {
    await page.goto(`${server.url}/?lang=en`);
    await page.getByLabel('Invitation link or device token').fill(server.invitation!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('header').textContent()).toContain('Admin · Sales manager');
    expect(await page.context().cookies()).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'pipeclip_session', httpOnly: true, sameSite: 'Strict' })]));
  });

  it('shows hostile names as text and never runs them', async () => {
    await expect.poll(() => page.locator('#leaderboard-title + .scroll').textContent()).toContain(HOSTILE_REP);
    await page.screenshot({ path: resolve(SHOTS, 'dashboard-en.png'), fullPage: true });
    await page.getByRole('link', { name: 'Open the deal list' }).click();
    await expect.poll(() => page.locator('.deal-title').allTextContents()).toContain(HOSTILE_DEAL);
    await page.goto(`${server.url}/dashboard/duplicates`);
    await expect.poll(() => page.locator('.lead-name').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(HOSTILE_LEAD)]));
    expect(await page.locator('img, script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('speaks German', async () => {
    await page.goto(`${server.url}/?lang=de`);
    await expect.poll(() => page.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['Vertriebstrichter', 'Rangliste']));
    expect(await page.locator('.tiles').textContent()).toMatch(/Offene Verkaufschancen/);
    await page.screenshot({ path: resolve(SHOTS, 'dashboard-de.png'), fullPage: true });
    expect(dialogs).toEqual([]);
  });
});
