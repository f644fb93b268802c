import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinTeam, type Rep } from '../support/browser.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { serveStatic } from '../support/static.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

type Hooks = {
  __pipeclip: {
    getDb(): {
      people: { toArray(): Promise<{ id: string; name: string; title?: string }[]> };
      deals: { toArray(): Promise<{ id: string; title: string; value: number }[]> };
      pipelines: { toArray(): Promise<{ id: string; stages: { id: string }[] }[]> };
    };
    putRecord(db: unknown, c: string, r: unknown, f?: unknown): Promise<void>;
  };
};

let server: RunningServer;
let site: Awaited<ReturnType<typeof serveStatic>>;
let ann: Rep;
let ben: Rep;

async function invitation(role: 'rep' | 'manager', managerToken: string) {
  const res = await fetch(`${server.url}/v1/team/invitations`, { method: 'POST', headers: { authorization: `Bearer ${managerToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ role }) });
  return ((await res.json()) as { link: string }).link;
}

const people = (rep: Rep) => rep.panel.evaluate(() => (globalThis as unknown as Hooks).__pipeclip.getDb().people.toArray());
const deals = (rep: Rep) => rep.panel.evaluate(() => (globalThis as unknown as Hooks).__pipeclip.getDb().deals.toArray());
const syncNow = async (rep: Rep) => {
  await rep.panel.evaluate(() => chrome.runtime.sendMessage({ type: 'sync' }));
};
/** An edit as the side panel's forms make it: the changed fields through the outbox. */
const edit = (rep: Rep, id: string, fields: Record<string, unknown>, collection: 'people' | 'deals' = 'people') =>
  rep.panel.evaluate(
    async ({ id, fields, collection }) => {
      const { getDb, putRecord } = (globalThis as unknown as Hooks).__pipeclip;
      const table = (getDb() as unknown as Record<string, { get(id: string): Promise<Record<string, unknown>> }>)[collection]!;
      const current = await table.get(id);
      await putRecord(getDb(), collection, { ...current, ...fields, updatedAt: Date.now() }, { ...fields, updatedAt: Date.now() });
    },
    { id, fields, collection },
  );

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [server, site] = await Promise.all([startServer(), serveStatic(resolve(import.meta.dirname, '../fixtures-own'))]);
  const code = server.invitation!.split('/join/')[1];
  const joined = await fetch(`${server.url}/v1/auth/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, device: 'test manager' }) });
  const { token } = (await joined.json()) as { token: string };
  ann = await joinTeam(await invitation('rep', token), 'Ann');
  ben = await joinTeam(await invitation('rep', token), 'Ben');
});

afterAll(async () => {
  await ann?.browser.close();
  await ben?.browser.close();
  await site?.close();
  await server?.destroy();
});

describe('two reps, one lead, offline edits', () => {
  let leadId: string;
  let dealId: string;

  it('Ann clips a lead, opens a shared deal for it; Ben receives both', async () => {
    const page = await ann.browser.context.newPage();
    await page.goto(`${site.url}/person.html`);
    const tabId = await ann.browser.tabIdOf(page);
    await ann.panel.bringToFront();
    await ann.panel.getByRole('tab', { name: 'Clip' }).click();
    await ann.panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'capture', tabId: id }), tabId);
    await expect.poll(() => ann.panel.locator('#field-name').inputValue()).toBe('Jane Doe');
    await ann.panel.getByRole('button', { name: 'Save lead' }).click();
    await expect.poll(async () => (await people(ann)).length).toBe(1);
    leadId = (await people(ann))[0]!.id;
    await edit(ann, leadId, { shared: true });
    dealId = await ann.panel.evaluate(async (personId) => {
      const { getDb, putRecord } = (globalThis as unknown as Hooks).__pipeclip;
      const [pipeline] = await getDb().pipelines.toArray();
      const id = crypto.randomUUID();
      const stageId = pipeline!.stages[0]!.id;
      const now = Date.now();
      await putRecord(getDb(), 'deals', { id, title: 'Northwind rollout', personId, pipelineId: pipeline!.id, stageId, value: 10_000, currency: 'EUR', status: 'open', shared: true, stageHistory: [{ stageId, enteredAt: now }], tags: [], createdAt: now, updatedAt: now });
      return id;
    }, leadId);
    await syncNow(ann);
    await expect.poll(() => ann.panel.locator('.sync-status').getAttribute('data-pending'), { timeout: 15_000 }).toBe('0');
    await syncNow(ben);
    await expect.poll(async () => (await people(ben)).map((p) => p.name), { timeout: 15_000 }).toEqual(['Jane Doe']);
    await expect.poll(async () => (await deals(ben)).map((d) => [d.title, d.value]), { timeout: 15_000 }).toEqual([['Northwind rollout', 10_000]]);
  });

  it('shows both reps the team view: leaderboard with every rep', async () => {
    await ben.panel.reload();
    await ben.panel.getByRole('tab', { name: 'Settings' }).click();
    await expect.poll(() => ben.panel.locator('.leaderboard').innerText(), { timeout: 15_000 }).toMatch(/Ann[\s\S]*Ben|Ben[\s\S]*Ann/);
  });

  it('both edit the lead and the deal offline; after reconnecting both converge and Ann sees that hers lost', async () => {
    await server.stop();
    await edit(ann, leadId, { title: 'Chief Executive' });
    await edit(ann, dealId, { value: 5_000 }, 'deals');
    await new Promise((r) => setTimeout(r, 50));
    await edit(ben, leadId, { title: 'Chief Technology Officer' });
    await edit(ben, dealId, { value: 7_500 }, 'deals');
    await syncNow(ann);
    await expect.poll(() => ann.panel.locator('.sync-line').innerText(), { timeout: 15_000 }).toMatch(/Server unreachable/);

    server = await startServer({ dataDir: server.dataDir, port: Number(new URL(server.url).port) });
    for (const rep of [ann, ben, ann, ben]) await syncNow(rep);
    await expect.poll(async () => (await people(ann))[0]?.title, { timeout: 15_000 }).toBe('Chief Technology Officer');
    await expect.poll(async () => (await people(ben))[0]?.title, { timeout: 15_000 }).toBe('Chief Technology Officer');
    for (const rep of [ann, ben]) await expect.poll(async () => (await deals(rep))[0]?.value, { timeout: 15_000 }).toBe(7_500);
    await ann.panel.getByRole('tab', { name: 'Leads' }).click();
    await expect.poll(() => ann.panel.locator('.conflicts').innerText(), { timeout: 15_000 }).toContain('Chief Executive');
    // The deal's lost amount reads as money, not as a raw number.
    await expect.poll(() => ann.panel.locator('.conflict[data-field="value"] span').innerText()).toBe('Value of Northwind rollout: yours “€5,000”, kept “€7,500”');
    expect(await ben.panel.locator('.conflicts').count()).toBe(0);
    await ann.panel.screenshot({ path: resolve(ARTIFACTS, 'sidepanel-conflict.png') });
  });
});

describe('the server dies mid-sync', () => {
  it('loses nothing: after a restart every lead reaches the other rep', { timeout: 240_000 }, async () => {
    await ann.panel.evaluate(async () => {
      const { getDb, putRecord } = (globalThis as unknown as Hooks).__pipeclip;
      const db = getDb();
      for (let i = 0; i < 600; i++) {
        const now = Date.now();
        await putRecord(db, 'people', { id: crypto.randomUUID(), name: `Bulk lead ${i}`, shared: true, emails: [], phones: [], urls: [], tags: [], source: { kind: 'import', capturedAt: now }, createdAt: now, updatedAt: now });
      }
    });
    const syncing = syncNow(ann);
    await new Promise((r) => setTimeout(r, 150));
    await server.kill();
    await syncing.catch(() => undefined);
    server = await startServer({ dataDir: server.dataDir, port: Number(new URL(server.url).port) });
    await expect
      .poll(
        async () => {
          await syncNow(ann);
          return ann.panel.locator('.sync-status').getAttribute('data-pending');
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBe('0');
    await syncNow(ben);
    await expect.poll(async () => (await people(ben)).length, { timeout: 30_000 }).toBe(601);
  });
});
