import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { serveStatic } from '../support/static.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

let server: RunningServer;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: ExtensionBrowser;
let panel: Page;

async function captureFrom(page: Page) {
  const tabId = await browser.tabIdOf(page);
  // The same message the side panel's "Clip this page" button sends; the background injects the page reader.
  await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'capture', tabId: id }), tabId);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [server, site, browser] = await Promise.all([startServer(), serveStatic(resolve(import.meta.dirname, '../fixtures-own')), launchWithExtension()]);
  panel = await browser.openSidePanel('?lang=en');
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.destroy();
});

describe('walking skeleton: clip a schema.org Person, save it, sync it to the team', () => {
  it('runs nothing in a page until the rep asks, and only for the clip itself', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}/person.html`);
    // Every script world in the page, as DevTools sees them: an extension's code runs in a world of its origin.
    const cdp = await browser.context.newCDPSession(page);
    const worlds: { origin: string; name: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    const pipeclipWorlds = () => worlds.filter((w) => w.origin.startsWith('chrome-extension://'));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelectorAll('script[src*="chrome-extension"]').length)).toBe(0);
    expect(pipeclipWorlds()).toEqual([]);

    await captureFrom(page); // the rep clips: the page reader runs, in a world of Pipeclip's own
    await expect.poll(() => pipeclipWorlds().length).toBe(1);
    expect(pipeclipWorlds()[0]!.name).toBe('Pipeclip');
    await cdp.detach();
    await page.close();
  });

  it('says plainly when a page has no prospect (and malformed JSON-LD does not break it)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}/nobody.html`);
    await captureFrom(page);
    await panel.bringToFront();
    await expect.poll(() => panel.locator('.capture').innerText()).toContain('No person or company found');
    await page.close();
  });

  it('pairs with the team server using the printed invitation', async () => {
    expect(server.invitation).toMatch(/\/join\/inv_/);
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.locator('input[name=invitation]').fill(server.invitation!);
    await panel.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => panel.locator('.connected').textContent()).toContain('My team');
  });

  it('captures the Person into the review form, saves it, lists it and syncs it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.url}/person.html`);
    await captureFrom(page);
    await panel.bringToFront();
    await panel.getByRole('tab', { name: 'Clip' }).click();
    await expect.poll(() => panel.locator('#field-name').inputValue()).toBe('Jane Doe');
    expect(await panel.locator('#field-title').inputValue()).toBe('Head of Procurement');
    expect(await panel.locator('#field-company').inputValue()).toBe('Northwind Traders');
    expect(await panel.locator('#field-emails').inputValue()).toBe('jane.doe@northwind.example');
    await panel.screenshot({ path: resolve(ARTIFACTS, 'sidepanel-capture.png') });
    await panel.getByRole('button', { name: 'Save lead' }).click();
    await expect.poll(() => panel.locator('.notice').textContent()).toContain('Saved Jane Doe');

    await panel.getByRole('tab', { name: 'Leads' }).click();
    await expect.poll(() => panel.locator('.lead-name').allTextContents()).toEqual(['Jane Doe']);
    await expect.poll(() => panel.locator('.sync-status').getAttribute('data-pending'), { timeout: 15_000 }).toBe('0');
    await panel.screenshot({ path: resolve(ARTIFACTS, 'sidepanel-leads.png') });

    const token = await browser.worker.evaluate(async () => ((await chrome.storage.local.get('server'))['server'] as { token: string }).token);
    const res = await fetch(`${server.url}/v1/team/records/people`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { records: { name: string; emails: string[]; source: { kind: string } }[] };
    expect(body.records).toHaveLength(1);
    expect(body.records[0]).toMatchObject({ name: 'Jane Doe', emails: ['jane.doe@northwind.example'], source: { kind: 'web' } });
    await page.close();
  });

  it('keeps local work when the server is down and syncs it when the server is back', async () => {
    await server.stop();
    await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'sync' }));
    const page = await browser.context.newPage();
    await page.goto(`${site.url}/person.html`);
    await captureFrom(page);
    await panel.bringToFront();
    await panel.getByRole('tab', { name: 'Clip' }).click();
    await expect.poll(() => panel.locator('#field-name').inputValue()).toBe('Jane Doe');
    await panel.locator('#field-name').fill('Jane Doe (offline copy)');
    await panel.getByRole('button', { name: 'Save lead' }).click();
    await panel.getByRole('tab', { name: 'Leads' }).click();
    await expect.poll(() => panel.locator('.sync-status').innerText(), { timeout: 15_000 }).toMatch(/Server unreachable/);
    expect(await panel.locator('.sync-status').getAttribute('data-pending')).toBe('1');
    await panel.screenshot({ path: resolve(ARTIFACTS, 'sidepanel-offline.png') });

    server = await startServer({ dataDir: server.dataDir, port: Number(new URL(server.url).port) });
    await panel.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => panel.locator('.sync-status').getAttribute('data-pending'), { timeout: 15_000 }).toBe('0');
    const token = await browser.worker.evaluate(async () => ((await chrome.storage.local.get('server'))['server'] as { token: string }).token);
    const body = (await (await fetch(`${server.url}/v1/team/records/people`, { headers: { authorization: `Bearer ${token}` } })).json()) as { records: { name: string }[] };
    expect(body.records.map((r) => r.name).sort()).toEqual(['Jane Doe', 'Jane Doe (offline copy)']);
    await page.close();
  });
});
