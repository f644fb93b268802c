import { launchWithExtension } from '../support/browser.ts';
import { seedDeals } from './board.ts';
import { percentile, round, summarize, type BenchGroup, type BenchResult } from './types.ts';

const SIZES = [
  ['sidepanel.open.1k.ms', 1_000],
  ['sidepanel.open.10k.ms', 10_000],
  ['sidepanel.open.100k.ms', 100_000],
] as const;

type Hooks = { __pipeclip: { getDb(): { deals: { bulkPut(rows: unknown[]): Promise<unknown>; count(): Promise<number> }; people: { bulkPut(rows: unknown[]): Promise<unknown> } }; putRecord(db: unknown, c: string, r: unknown): Promise<void> } };

/** Side panel open time with N deals stored, and the local write latency, in real Chromium. */
export const sidepanelGroup: BenchGroup = {
  title: 'side panel (Chromium, built extension)',
  names: [...SIZES.map(([n]) => n), 'local.write.p50.ms'],
  async run(wanted) {
    const results: BenchResult[] = [];
    const browser = await launchWithExtension();
    try {
      const seeder = await browser.openSidePanel('#settings');
      let stored = 0;
      for (const [name, size] of SIZES) {
        if (!wanted(name)) continue;
        await seedDeals(seeder, stored, size);
        stored = size;
        const samples: number[] = [];
        for (let run = 0; run < 6; run++) {
          const page = await browser.openSidePanel('#board');
          await page.waitForSelector('body[data-ready="1"]');
          if (run === 5) await page.waitForSelector('.column .deal-card');
          const t = await page.evaluate(() => performance.getEntriesByName('pipeclip-interactive')[0]!.startTime);
          if (run > 0) samples.push(t); // the first open warms the browser's caches
          await page.close();
        }
        results.push(summarize(name, 'ms', samples, `navigation start → board's first screen (stage counts + newest deals per stage, bounded queries), ${size.toLocaleString('en')} deals stored; goal ≤ 100 ms`));
      }
      if (wanted('local.write.p50.ms')) {
        const times = await seeder.evaluate(async () => {
          const { getDb, putRecord } = (globalThis as unknown as Hooks).__pipeclip;
          const db = getDb();
          const out: number[] = [];
          for (let i = 0; i < 300; i++) {
            const now = Date.now();
            const person = { id: crypto.randomUUID(), name: `Lead ${i}`, emails: [], phones: [], urls: [], tags: [], source: { kind: 'manual', capturedAt: now }, qualification: { budget: false, authority: false, need: false, timeline: false }, createdAt: now, updatedAt: now };
            const t0 = performance.now();
            await putRecord(db, 'people', person);
            out.push(performance.now() - t0);
          }
          return out;
        });
        // The floor on this machine, in the same page and run: one bare IndexedDB put, relaxed durability, no Dexie.
        const floor = await seeder.evaluate(async () => {
          const idb = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open('pipeclip-bench-floor', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('s');
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          const out: number[] = [];
          for (let i = 0; i < 300; i++) {
            const t0 = performance.now();
            await new Promise((resolve, reject) => {
              const tx = idb.transaction('s', 'readwrite', { durability: 'relaxed' });
              tx.objectStore('s').put({ i }, i);
              tx.oncomplete = resolve;
              tx.onerror = reject;
            });
            out.push(performance.now() - t0);
          }
          return out;
        });
        const steady = times.slice(20);
        const bare = percentile(floor.slice(20), 50);
        results.push({ ...summarize('local.write.p50.ms', 'ms', steady, `record + stamps + clock + outbox entry in one Dexie transaction, in the open side panel; p95 ${round(percentile(steady, 95))} ms; a bare one-store IndexedDB put in the same page: p50 ${round(bare)} ms; goal ≤ 1 ms`) });
      }
    } finally {
      await browser.close();
    }
    return results;
  },
};
