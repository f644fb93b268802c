import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser.ts';

type Hooks = { __pipeclip: { getDb(): any; putRecord(db: unknown, c: string, r: unknown): Promise<void> } };

let browser: ExtensionBrowser;
let seeder: Page;

/** Records, from before any of the page's scripts run, the board as first painted: its cards and stage counts. */
const FIRST_SEEN = `(() => {
  new MutationObserver((_r, observer) => {
    if (!document.querySelector('#app .deal-card')) return;
    observer.disconnect();
    globalThis.__firstSeen = {
      titles: [...document.querySelectorAll('#app .deal-title')].map((e) => e.textContent),
      counts: [...document.querySelectorAll('#app .column-count')].map((e) => e.textContent),
    };
  }).observe(document, { childList: true, subtree: true });
})()`;

/** Opens the board in a new side panel page, watching what it shows first. */
async function openBoard(): Promise<Page> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: FIRST_SEEN });
  await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?lang=en`);
  return page;
}

const firstSeen = (page: Page) => page.evaluate(() => (globalThis as unknown as { __firstSeen?: { titles: string[]; counts: string[] } }).__firstSeen);
const snapshotPainted = (page: Page) => page.evaluate(() => performance.getEntriesByName('pipeclip-snapshot-painted').length > 0);
const storedSnapshot = () => seeder.evaluate(async () => (await (globalThis as unknown as Hooks).__pipeclip.getDb().meta.get('firstScreenSnapshot'))?.value.context as string | undefined);

/** Adds a deal to the first stage from another side panel page (the board under test is closed meanwhile). */
async function addDeal(title: string, value: number) {
  await seeder.evaluate(
    async ({ title, value }) => {
      const { getDb, putRecord } = (globalThis as unknown as Hooks).__pipeclip;
      const pipeline = (await getDb().pipelines.toArray())[0];
      const stageId = pipeline.stages[0].id;
      const now = Date.now();
      await putRecord(getDb(), 'deals', { id: crypto.randomUUID(), title, pipelineId: pipeline.id, stageId, value, currency: 'EUR', status: 'open', shared: false, stageHistory: [{ stageId, enteredAt: now }], qualification: { budget: false, authority: false, need: false, timeline: false }, tags: [], createdAt: now, updatedAt: now });
    },
    { title, value },
  );
}

/** Opens the board, waits until it is up to date and its snapshot stored, and closes it. */
async function showBoard(): Promise<void> {
  const page = await openBoard();
  await page.waitForSelector('.board[data-summary="fresh"]', { timeout: 20_000 });
  for (let i = 0; !(await storedSnapshot()); i++) {
    if (i > 100) throw new Error('the board stored no snapshot of its first screen');
    await page.waitForTimeout(100);
  }
  await page.close();
}

beforeAll(async () => {
  browser = await launchWithExtension();
  seeder = await browser.openSidePanel('?lang=en#settings');
  const first = await browser.openSidePanel('?lang=en'); // creates the default pipeline
  await first.waitForSelector('.column');
  await first.close();
  await addDeal('Northwind renewal', 12_500);
  await addDeal('Contoso pilot', 4_800);
  await showBoard();
});

afterAll(async () => {
  await browser?.close();
});

describe('the board’s first screen from its stored snapshot', () => {
  it('is painted at once when nothing changed, then the app takes it over', async () => {
    const page = await openBoard();
    await page.waitForSelector('body[data-ready="1"]');
    expect(await snapshotPainted(page)).toBe(true);
    const seen = await firstSeen(page);
    expect(seen?.titles).toEqual(['Contoso pilot', 'Northwind renewal']);
    // What the app renders over the snapshot is what the snapshot showed.
    expect(await page.locator('.column-count').allTextContents()).toEqual(seen?.counts);
    expect(seen?.counts[0]).toBe('2');
    await page.close();
  });

  it('takes a click made while the snapshot is on screen once the app has taken over', async () => {
    const page = await openBoard();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await expect.poll(() => page.locator('main').getAttribute('class')).toBe('view-settings');
    expect(await snapshotPainted(page)).toBe(true);
    await page.close();
  });

  it('is never shown after a deal was written while the board was closed', async () => {
    const stale = await storedSnapshot();
    await addDeal('Fabrikam rollout', 30_000);
    const page = await openBoard();
    await page.waitForSelector('body[data-ready="1"]');
    expect(await snapshotPainted(page)).toBe(false);
    expect((await firstSeen(page))?.titles).toContain('Fabrikam rollout');
    // The counters catch up with the write; the board then stores a new snapshot, used by the next open.
    await page.waitForSelector('.board[data-summary="fresh"]', { timeout: 20_000 });
    await expect.poll(() => page.locator('.column-count').first().textContent()).toBe('3');
    await expect.poll(storedSnapshot, { timeout: 10_000 }).not.toBe(stale);
    await page.close();
    const again = await openBoard();
    await again.waitForSelector('body[data-ready="1"]');
    expect(await snapshotPainted(again)).toBe(true);
    expect((await firstSeen(again))?.counts[0]).toBe('3');
    await again.close();
  });
});
