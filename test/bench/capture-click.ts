// Click to candidates: from the capture trigger to the candidates shown in the side panel, in real Chromium with the
// built extension (end-to-end flavour), on the largest corpus pages served over loopback.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../support/browser.ts';
import { serveStatic } from '../support/static.ts';
import buildExtension from '../setup/build-extension.ts';

// Runs in the side panel. A string, so the test runner's transpiler adds no helpers the page does not have.
const IN_PANEL = `async (id) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const shown = () => !!document.querySelector('.capture #field-name') || [...document.querySelectorAll('.capture .hint')].some((p) => p.textContent.startsWith('No person'));
  await chrome.storage.session.remove('capture');
  while (shown()) await frame();
  const t0 = performance.now();
  void chrome.runtime.sendMessage({ type: 'capture', tabId: id });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no candidates within 10 s')), 10000);
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await frame();
  return performance.now() - t0;
}`;

/**
 * Samples in milliseconds: the side panel sends the same `capture` request the toolbar button does, then waits
 * until the candidate form (or the "nothing found" note) is in its DOM and the next frame has been painted.
 * The capture state is cleared before each run so an old result is never mistaken for the new one. `first` are
 * the first captures of each page, `all` every capture: a rep usually clips a page once, so the first ones count
 * as much as the repeats. The very first sample comes right after the panel opened, while the capture engine's
 * document may still be opening, as on a rep's first clip after starting the browser.
 */
export async function measureClickToCandidates(pages: string[], runs: number): Promise<{ all: number[]; first: number[] }> {
  buildExtension();
  const dir = mkdtempSync(join(tmpdir(), 'pipeclip-click-'));
  // The pages' own scripts cannot load offline and are not what is measured (as in capture.extract.median.ms).
  pages.forEach((file, i) => writeFileSync(join(dir, `${i}.html`), readFileSync(file, 'utf8').replace(/<script(?![^>]*ld\+json)[\s\S]*?<\/script>/gi, '')));
  const [site, browser] = await Promise.all([serveStatic(dir), launchWithExtension()]);
  const all: number[] = [];
  const first: number[] = [];
  try {
    await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    // The panel in a window of its own, beside the page's, as the side panel sits beside the page the rep reads: both
    // visible. (A panel opened as a second tab would hide the page, and a hidden page's renderer runs at background
    // priority, which a rep clipping the page in front of them never meets.)
    const opened = browser.context.waitForEvent('page');
    await browser.worker.evaluate(`chrome.windows.create({ url: chrome.runtime.getURL('sidepanel.html?lang=en#capture'), type: 'popup', width: 400, height: 720 })`);
    const panel = await opened;
    await panel.waitForSelector('.capture');
    for (let i = 0; i < pages.length; i++) {
      const page = await browser.context.newPage();
      // The rep clips a page they are reading: loaded and painted, not one still being laid out for the first time.
      await page.goto(`${site.url}/${i}.html`, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
      const tabId = await browser.tabIdOf(page);
      for (let run = 0; run < runs; run++) {
        const ms = (await panel.evaluate(`(${IN_PANEL})(${tabId})`)) as number;
        all.push(ms);
        if (run === 0) first.push(ms);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { all, first };
}
