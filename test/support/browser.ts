import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../extension/.output-e2e/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens the side panel's page as a tab (the toolbar-opened panel cannot be driven by a test). */
  openSidePanel(query?: string): Promise<Page>;
  /** The browser's tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium with the built extension loaded, in a fresh profile. */
export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'pipeclip-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 400, height: 720 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async openSidePanel(query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      let id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
      if (id === undefined) {
        // The extension sees the URLs of pages it has access to only: take the page's tab as the active one.
        await page.bringToFront();
        id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
      }
      if (id === undefined) throw new Error(`No tab with ${url}`);
      return id;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A rep with their own browser profile, the side panel open (in English). */
export interface Rep {
  browser: ExtensionBrowser;
  panel: Page;
}

/** A new browser profile whose rep pastes the invitation link into the side panel's Settings and connects. */
export async function joinTeam(link: string, name: string): Promise<Rep> {
  const browser = await launchWithExtension();
  const panel = await browser.openSidePanel('?lang=en');
  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.locator('input[name=invitation]').fill(link);
  await panel.locator('input[name=name]').fill(name);
  await panel.getByRole('button', { name: 'Connect' }).click();
  await panel.locator('.connected', { hasText: name }).waitFor({ timeout: 15_000 });
  return { browser, panel };
}
