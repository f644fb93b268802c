import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, joinTeam, type Rep } from '../support/browser.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { serveStatic } from '../support/static.ts';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

let server: RunningServer;
let site: Awaited<ReturnType<typeof serveStatic>>;
let managerBrowser: Browser;
let dashboard: Page;
const reps: Record<'ann' | 'ben', Rep> = {} as never;

/** The manager creates an invitation on the dashboard and reads the link it shows once. */
async function inviteOnDashboard(): Promise<string> {
  await dashboard.goto(`${server.url}/?lang=en`);
  await dashboard.getByRole('button', { name: 'Create invitation' }).click();
  return dashboard.locator('input.link-box').inputValue();
}

async function clipJane(rep: Rep) {
  const page = await rep.browser.context.newPage();
  await page.goto(`${site.url}/person.html`);
  const tabId = await rep.browser.tabIdOf(page);
  await rep.panel.bringToFront();
  await rep.panel.getByRole('tab', { name: 'Clip' }).click();
  await rep.panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'capture', tabId: id }), tabId);
  await expect.poll(() => rep.panel.locator('#field-name').inputValue()).toBe('Jane Doe');
  await rep.panel.getByRole('button', { name: 'Save lead' }).click();
  await page.close();
}

async function newDeal(rep: Rep, title: string, value: string, won: boolean) {
  const { panel } = rep;
  await panel.getByRole('tab', { name: 'Board' }).click();
  await panel.getByRole('button', { name: '+ Deal' }).click();
  await panel.locator('.new-deal input[name=title]').fill(title);
  await panel.locator('.new-deal input[name=value]').fill(value);
  await panel.getByRole('button', { name: 'Create deal' }).click();
  const card = panel.locator('.deal-card', { hasText: title });
  await card.waitFor();
  if (!won) return;
  await card.click();
  await panel.getByRole('button', { name: 'Won', exact: true }).click();
  await expect.poll(() => panel.locator('.status').textContent()).toContain('Won');
  await panel.getByRole('button', { name: '← Back' }).click();
}

async function syncUntilSent(rep: Rep) {
  await expect
    .poll(
      async () => {
        await rep.panel.evaluate(() => chrome.runtime.sendMessage({ type: 'sync' }));
        return rep.panel.locator('.sync-status').getAttribute('data-pending');
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe('0');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [server, site] = await Promise.all([startServer(), serveStatic(resolve(import.meta.dirname, '../fixtures-own'))]);
  managerBrowser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  dashboard = await (await managerBrowser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })).newPage();
});

afterAll(async () => {
  await Promise.all(Object.values(reps).map((r) => r.browser.close()));
  await managerBrowser?.close();
  await site?.close();
  await server?.destroy();
});

describe('a team: two reps join by invitation, work, and the manager sees the merged pipeline', () => {
  it('the manager signs in with the printed link and invites two reps, who join from the side panel', async () => {
    await dashboard.goto(`${server.url}/?lang=en`);
    await dashboard.getByLabel('Invitation link or device token').fill(server.invitation!);
    await dashboard.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => dashboard.locator('header').textContent()).toContain('Sales manager');
    reps.ann = await joinTeam(await inviteOnDashboard(), 'Ann Fischer');
    reps.ben = await joinTeam(await inviteOnDashboard(), 'Ben de Vries');
  });

  it('each rep clips the same prospect and works their own deals, offline-first, then syncs', async () => {
    await clipJane(reps.ann);
    await clipJane(reps.ben);
    await newDeal(reps.ann, 'Northwind renewal', '12000', true);
    await newDeal(reps.ann, 'Northwind expansion', '30000', false);
    await newDeal(reps.ben, 'Contoso pilot', '4000', true);
    await newDeal(reps.ben, 'Contoso rollout', '20000', false);
    await syncUntilSent(reps.ann);
    await syncUntilSent(reps.ben);
  });

  it('the manager sets quotas and sees both reps in one funnel, with attainment per rep', async () => {
    await dashboard.goto(`${server.url}/?lang=en`);
    await dashboard.getByLabel('Quota for Ann Fischer').fill('24000');
    await dashboard.locator('.quota-row', { hasText: 'Ann Fischer' }).getByRole('button', { name: 'Save' }).click();
    await dashboard.getByLabel('Quota for Ben de Vries').fill('16000');
    await dashboard.locator('.quota-row', { hasText: 'Ben de Vries' }).getByRole('button', { name: 'Save' }).click();
    const leaderboard = dashboard.locator('section[aria-labelledby=leaderboard-title] tbody tr');
    // Ranked by what they won: Ann (12,000 of 24,000), then Ben (4,000 of 16,000); the admin has no quota.
    await expect.poll(() => leaderboard.allInnerTexts()).toEqual([expect.stringMatching(/^1\s+Ann Fischer\s+€12,000\s+€24,000\s+50%/), expect.stringMatching(/^2\s+Ben de Vries\s+€4,000\s+€16,000\s+25%/), expect.stringMatching(/Admin.*no quota/)]);
    // One pipeline for the team: both reps' open deals are in the same funnel.
    expect(await dashboard.locator('select[name=pipeline] option').count()).toBeLessThanOrEqual(1);
    expect(await dashboard.locator('.tiles').innerText()).toMatch(/Open deals\s*2/);
    await dashboard.screenshot({ path: resolve(SHOTS, 'team-dashboard.png'), fullPage: true });
  });

  it('flags the prospect both reps work, to the manager and to each rep', async () => {
    await dashboard.getByRole('link', { name: 'Find duplicates' }).click();
    const group = dashboard.locator('.dup', { hasText: 'jane.doe@northwind.example' });
    await expect.poll(() => group.innerText()).toMatch(/Ann Fischer[\s\S]*Ben de Vries|Ben de Vries[\s\S]*Ann Fischer/);
    await dashboard.screenshot({ path: resolve(SHOTS, 'team-duplicates.png'), fullPage: true });

    const { panel } = reps.ben;
    await panel.reload();
    await panel.getByRole('tab', { name: 'Settings' }).click();
    const byEmail = panel.locator('.team-duplicates li', { hasText: 'jane.doe@northwind.example' });
    await expect.poll(() => byEmail.innerText(), { timeout: 15_000 }).toMatch(/Jane Doe/);
    // Ben sees his own lead by name, and whose the other one is, not its contents.
    expect(await byEmail.innerText()).toContain('Ann Fischer’s lead');
    await panel.screenshot({ path: resolve(SHOTS, 'sidepanel-team.png'), fullPage: true });
  });
});
