import { SELECTED_KEY } from '../../extension/pipeline/pipeline-cache.ts';
import buildExtension from '../setup/build-extension.ts';
import { launchWithExtension } from '../support/browser.ts';
import { summarize, type BenchGroup, type BenchResult } from './types.ts';

type Db = { pipelines: { put(p: unknown): Promise<unknown> }; deals: { bulkPut(rows: unknown[]): Promise<unknown> } };
type Hooks = { __pipeclip: { getDb(): Db } };

let built = false;
/** Benchmarks measure the code in the working tree: the end-to-end build is made once per bench run. */
export function buildExtensionOnce(): void {
  if (built) return;
  try {
    buildExtension();
  } catch {
    // Other work in the same tree may be building the same output folder at this moment: build again once.
    buildExtension();
  }
  built = true;
}

export const BENCH_PIPELINE = '01900000-0000-7000-8000-000000000000';
export const BENCH_STAGES = ['lead', 'contact', 'qualification', 'demo', 'proposal', 'won', 'lost'];

/** Seeds a pipeline and `to - from` deals spread over its stages (through the test hook, in the side panel page). */
export async function seedDeals(page: import('playwright-core').Page, from: number, to: number): Promise<void> {
  await page.evaluate(
    async ({ from, to, pipelineId, stages, selectedKey }) => {
      const db = (globalThis as unknown as Hooks).__pipeclip.getDb();
      // The rep looks at this pipeline (the panel may already have made its default one, which sorts first).
      localStorage.setItem(selectedKey, pipelineId);
      const names = ['Lead generation', 'First contact & nurturing', 'Qualification', 'Demo / trial', 'Proposal & negotiation', 'Closed won', 'Closed lost'];
      const kinds = ['open', 'open', 'open', 'open', 'open', 'won', 'lost'];
      const probability = [0.05, 0.1, 0.2, 0.4, 0.6, 1, 0];
      await db.pipelines.put({ id: pipelineId, name: 'Bench', createdAt: 1, updatedAt: 1, stages: stages.map((id, i) => ({ id, name: names[i], kind: kinds[i], probability: probability[i], requires: [] })) });
      for (let start = from; start < to; start += 10_000) {
        const rows = [];
        for (let i = start; i < Math.min(to, start + 10_000); i++) {
          const id = `01900000-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
          const stageId = stages[i % 7]!;
          rows.push({ id, title: `Deal ${i}`, pipelineId, stageId, value: (i % 97) * 1000, currency: 'EUR', status: kinds[i % 7], stageHistory: [], qualification: { budget: false, authority: false, need: false, timeline: false }, tags: [], createdAt: 1_700_000_000_000 + i, updatedAt: 1_700_000_000_000 + i });
        }
        await db.deals.bulkPut(rows);
      }
    },
    { from, to, pipelineId: BENCH_PIPELINE, stages: BENCH_STAGES, selectedKey: SELECTED_KEY },
  );
}

/** A CSV of `n` leads with deals, in German number format, as a rep's spreadsheet export would be. */
function csvOf(n: number): string {
  const lines = ['Name;E-Mail;Firma;Position;Telefon;Verkaufschance;Wert;Phase'];
  for (let i = 0; i < n; i++) lines.push(`Person ${i};p${i}@firma${i % 500}.example;Firma ${i % 500} GmbH;Einkauf;+49 30 ${1000000 + i};Deal ${i};${(i % 90) + 1}.250,50 €;Demo / trial`);
  return lines.join('\n');
}

/** Board interactions in real Chromium: repaint after a move, and a 10,000-row CSV import through the UI. */
export const boardGroup: BenchGroup = {
  title: 'board and import (Chromium, built extension)',
  names: ['board.move.repaint.ms', 'csv.import.10k.ms'],
  async run(wanted) {
    const results: BenchResult[] = [];
    buildExtensionOnce();
    const browser = await launchWithExtension();
    try {
      const page = await browser.openSidePanel('?lang=en#board');
      await page.waitForSelector('body[data-ready="1"]');
      await seedDeals(page, 0, 10_000);
      if (wanted('board.move.repaint.ms')) {
        await page.reload();
        await page.waitForSelector('.column[data-stage-id="lead"] .deal-card');
        await page.waitForSelector('.board[data-summary="fresh"]', { timeout: 120_000 }); // the counters' recount after the seed
        const samples = await page.evaluate(async () => {
          const out: number[] = [];
          const naive: number[] = [];
          for (let i = 0; i < 30; i++) {
            const [from, to, key] = i % 2 ? ['contact', 'lead', 'ArrowLeft'] : ['lead', 'contact', 'ArrowRight'];
            const card = document.querySelector<HTMLElement>(`.column[data-stage-id="${from}"] .deal-card`)!;
            const id = card.dataset['dealId'];
            card.focus();
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
            const target = document.querySelector(`.column[data-stage-id="${to}"]`)!;
            const selector = `.deal-card[data-deal-id="${id}"]`;
            // Render: input → the card is in its new column in the DOM (Preact renders in a microtask).
            const rendered = new Promise<number>((r) => {
              const mo = new MutationObserver(() => {
                if (target.querySelector(selector)) {
                  mo.disconnect();
                  r(performance.now());
                }
              });
              mo.observe(target, { childList: true, subtree: true });
            });
            const t0 = performance.now();
            card.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey: true, bubbles: true }));
            const inDom = await rendered;
            // Paint: the style, layout and paint work of the frame that shows it (not the wait for vsync).
            const frame = await new Promise<[number, number]>((r) => requestAnimationFrame(() => {
              const start = performance.now();
              setTimeout(() => r([start, performance.now()]));
            }));
            out.push(inDom - t0 + (frame[1] - frame[0]));
            naive.push(frame[1] - t0);
            await new Promise((r) => setTimeout(r, 150));
          }
          return { out, naive };
        });
        const naive = summarize('x', 'ms', samples.naive.slice(4)).value;
        results.push(summarize('board.move.repaint.ms', 'ms', samples.out.slice(4), `keyboard move on a board with 10,000 deals: input → card in its new column in the DOM + that frame's style/layout/paint work (optimistic; the write follows); including the wait for the next vsync the median is ${naive} ms; goal ≤ 16 ms`));
      }
      if (wanted('csv.import.10k.ms')) {
        const samples: number[] = [];
        const csv = Buffer.from(csvOf(10_000));
        for (let run = 0; run < 2; run++) {
          const data = await browser.openSidePanel('?lang=en#data');
          await data.waitForSelector('input[name=csvFile]', { state: 'attached' });
          const t0 = Date.now();
          await data.locator('input[name=csvFile]').setInputFiles({ name: 'leads.csv', mimeType: 'text/csv', buffer: csv });
          await data.getByRole('button', { name: 'Import 10,000 rows' }).click();
          await data.waitForSelector('.import-result .notice', { timeout: 300_000 });
          samples.push(Date.now() - t0);
          const text = await data.locator('.import-result .notice').textContent();
          await data.close();
          if (!text?.startsWith('Imported 10,000 leads and 10,000 deals')) throw new Error(`import went wrong: ${text}`);
        }
        // The floor on this machine in the same run: as many bare IndexedDB puts as the import makes (a person and a
        // deal per row), in transactions of 4,000, into an index-less store.
        const floor = await page.evaluate(async (requests) => {
          const idb = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open('pipeclip-bench-csv-floor', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('s');
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          const row = { name: 'Person 1', emails: ['p1@firma1.example'], companyName: 'Firma 1 GmbH', title: 'Einkauf', phones: ['+49 30 1000001'], tags: [] };
          const t0 = performance.now();
          for (let start = 0; start < requests; start += 4000) {
            await new Promise((resolve, reject) => {
              const tx = idb.transaction('s', 'readwrite', { durability: 'relaxed' });
              const store = tx.objectStore('s');
              for (let i = start; i < Math.min(requests, start + 4000); i++) store.put({ ...row, i }, i);
              tx.oncomplete = resolve;
              tx.onerror = reject;
            });
          }
          const ms = performance.now() - t0;
          idb.close();
          indexedDB.deleteDatabase('pipeclip-bench-csv-floor');
          return ms;
        }, 20_000);
        results.push(
          summarize(
            'csv.import.10k.ms',
            'ms',
            samples,
            `file chosen → parsed, mapped, validated, written and the result shown; 10,000 rows with a deal each, in parts of 1,000 rows (people and deals in one transaction per part, their mutations in two outbox rows per part: ~20,000 IndexedDB requests); the same number of bare puts into an index-less store took ${Math.round(floor)} ms in this run; goal ≤ 5,000 ms`,
          ),
        );
      }
    } finally {
      await browser.close();
    }
    return results;
  },
};
