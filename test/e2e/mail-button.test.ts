import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static.ts';

let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: ExtensionBrowser;
let panel: Page;

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const openMail = async () => {
  const page = await browser.context.newPage();
  await page.goto(`${site.url}/gmail.html`, { waitUntil: 'load' });
  return page;
};
const button = (page: Page) => page.locator('#pipeclip-mail-button').getByRole('button', { name: 'Clip with Pipeclip' });
/** What the browser will run on mail pages: the button's script, once the rep opts in. */
const registered = () => browser.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
const checkbox = () => panel.getByRole('checkbox', { name: 'Show a Clip button in Gmail and Outlook on the web' });
/** The box as it stands once the browser has registered or removed the button (it is locked until then). */
const settled = async () => (await checkbox().isEnabled()) && (await checkbox().isChecked());

/** On failure, says what the side panel showed: a capture that failed reads differently from one never started. */
async function showingPanel(check: () => Promise<unknown>) {
  try {
    await check();
  } catch (err) {
    const shown = await panel.locator('main').innerText({ timeout: 2_000 }).catch(() => '(unreadable)');
    throw new Error(`${(err as Error).message}\nThe side panel showed: ${shown}`, { cause: err });
  }
}

beforeAll(async () => {
  // The end-to-end build treats the loopback fixture site as the mail sites.
  [site, browser] = await Promise.all([serveStatic(resolve(import.meta.dirname, '../fixtures-own')), launchWithExtension()]);
  panel = await browser.openSidePanel('?lang=en#settings');
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the opt-in Clip button on web mail', () => {
  it('is not there until the rep turns it on', async () => {
    expect(await registered()).toEqual([]);
    const page = await openMail();
    await page.waitForTimeout(300);
    expect(await page.locator('#pipeclip-mail-button').count()).toBe(0);
    await page.close();
    await expect.poll(() => checkbox().isChecked()).toBe(false);
  });

  it('once turned on, clips the open message with one click on the mail page', async () => {
    await checkbox().check();
    await expect.poll(settled).toBe(true);
    expect(await registered()).toEqual(['pipeclip-mail-button']);
    await panel.screenshot({ path: resolve(SHOTS, 'sidepanel-settings-mail-button.png'), fullPage: true });
    const page = await openMail();
    await button(page).waitFor();
    await page.screenshot({ path: resolve(SHOTS, 'mail-button.png') });
    await button(page).click();
    // The side panel is open beside the page the rep clicks in (here it is a tab of its own).
    await panel.bringToFront();
    await panel.getByRole('tab', { name: 'Clip' }).click();
    await showingPanel(() => expect.poll(() => panel.locator('#field-name').inputValue({ timeout: 5_000 }), { timeout: 20_000 }).toBe('Max Mustermann'));
    expect(await panel.locator('#field-emails').inputValue()).toContain('max.mustermann@nordwind-logistik.de');
    await page.close();
  });

  it('is gone from mail pages opened after the rep turns it off', async () => {
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await checkbox().uncheck();
    await expect.poll(() => checkbox().isEnabled()).toBe(true);
    expect(await checkbox().isChecked()).toBe(false);
    expect(await registered()).toEqual([]);
    const page = await openMail();
    await page.waitForTimeout(300);
    expect(await page.locator('#pipeclip-mail-button').count()).toBe(0);
    await page.close();
  });
});
