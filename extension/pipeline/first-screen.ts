import type { Deal, Pipeline } from '@pipeclip/shared';
import { DEALS_VERSION_KEY } from '../db/deals-version.ts';
import type { BoardColumnData } from './board-query.ts';
import { MEMBERS_KEY, parseDirectory, type MemberDirectory } from './members.ts';
import { BOARD_PAGE, SELECTED_KEY, cachedPipelines, pickPipeline, pipelineShape } from './pipeline-cache.ts';
import { summaryKey, summaryRead, type SummaryRead } from './summary-key.ts';

/** The board's first screen as read by the boot script: the same data `boardColumns` and `readSummary` return. */
export interface FirstScreen {
  columns: BoardColumnData[];
  summary: SummaryRead;
  /** The team's member names, so the first render shows owners by name. */
  members: MemberDirectory | undefined;
}

interface Slot {
  shape: string;
  value?: FirstScreen | undefined;
  promise: Promise<FirstScreen | undefined>;
  /** Set once the live queries answered: from then on the board never starts from this read again. */
  retired?: boolean;
}

const SLOT = '__pipeclipFirstScreen';
const slotOf = () => (globalThis as unknown as Record<typeof SLOT, Slot | undefined>)[SLOT];

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/** Opens the database only if it exists, at whatever version it has; never creates or upgrades it (Dexie does). */
function openExisting(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    const open = indexedDB.open(name);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    open.onerror = (e) => {
      e.preventDefault();
      resolve(undefined);
    };
    open.onblocked = () => resolve(undefined);
  });
}

type RecordsIndex = IDBIndex & { getAllRecords?: (o: { query: IDBKeyRange; count: number; direction: IDBCursorDirection }) => IDBRequest<{ value: Deal }[]> };

/** The newest `limit` deals of a key range, newest first: one request where the browser has getAllRecords. */
async function newest(index: RecordsIndex, range: IDBKeyRange, limit: number): Promise<Deal[]> {
  if (index.getAllRecords) return (await request(index.getAllRecords({ query: range, count: limit, direction: 'prev' }))).map((r) => r.value);
  const out: Deal[] = [];
  const cursor = index.openCursor(range, 'prev');
  return new Promise((resolve, reject) => {
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return resolve(out);
      out.push(c.value as Deal);
      if (out.length >= limit) resolve(out);
      else c.continue();
    };
    cursor.onerror = () => reject(cursor.error);
  });
}

/** The first screen read with plain IndexedDB: what `boardColumns` and `readSummary` would answer. */
export async function readFirstScreen(name: string, pipeline: Pipeline): Promise<FirstScreen | undefined> {
  const db = await openExisting(name);
  if (!db) return undefined;
  try {
    const tx = db.transaction(['deals', 'meta'], 'readonly');
    // Dexie names a compound index by its key paths; [[]] sorts after every number, as Dexie.maxKey does.
    const index = tx.objectStore('deals').index('[pipelineId+stageId+updatedAt]') as RecordsIndex;
    const meta = tx.objectStore('meta');
    const [row, version, members, ...stages] = await Promise.all([
      request(meta.get(summaryKey(pipeline.id))),
      request(meta.get(DEALS_VERSION_KEY)),
      request(meta.get(MEMBERS_KEY)),
      ...pipeline.stages.map((s) => newest(index, IDBKeyRange.bound([pipeline.id, s.id, -Infinity], [pipeline.id, s.id, [[]]]), BOARD_PAGE)),
    ]);
    const columns = pipeline.stages.map((s, i) => {
      const deals = stages[i] as Deal[];
      return { stageId: s.id, deals: deals.filter((d) => !d.deletedAt), more: deals.length >= BOARD_PAGE };
    });
    const valueOf = (r: unknown) => (r as { value?: unknown } | undefined)?.value;
    return { columns, summary: summaryRead(row, valueOf(version), pipeline), members: parseDirectory(valueOf(members)) };
  } catch {
    return undefined; // an older schema without the board's index: the live queries will answer instead
  } finally {
    db.close();
  }
}

/**
 * Run by the side panel's boot script while the page is still loading its modules: reads the board's first
 * screen for the pipeline this device showed last, straight from IndexedDB, so the first render can show it.
 */
export function prefetchFirstScreen(name = 'pipeclip'): void {
  const pipeline = pickPipeline(cachedPipelines(), localStorage.getItem(SELECTED_KEY));
  if (!pipeline || typeof indexedDB === 'undefined') return;
  const slot: Slot = { shape: pipelineShape(pipeline), promise: Promise.resolve(undefined) };
  slot.promise = readFirstScreen(name, pipeline).then(
    (value) => (slot.value = value),
    () => undefined,
  );
  (globalThis as unknown as Record<typeof SLOT, Slot>)[SLOT] = slot;
}

/** The boot script's read for this pipeline, if it is for the same pipeline shape and still the newest thing known. */
export function firstScreenFor(pipeline: Pipeline | undefined): Slot | undefined {
  const slot = slotOf();
  return pipeline && slot && !slot.retired && slot.shape === pipelineShape(pipeline) ? slot : undefined;
}

/**
 * Resolves when the boot script's read is in (or failed), or after `ms`: the first render waits this long for it,
 * rather than painting an empty board and then the deals a moment later.
 */
export function firstScreenReady(ms: number): Promise<unknown> {
  const slot = slotOf();
  if (!slot || slot.value) return Promise.resolve();
  return Promise.race([slot.promise, new Promise((resolve) => setTimeout(resolve, ms))]);
}

/** Called once the live queries answered: a later board (after a tab switch) must not start from the boot read. */
export function retireFirstScreen(): void {
  const slot = slotOf();
  if (slot) slot.retired = true;
}

/** The member names the boot script read, for the first render (undefined when it read none). */
export const firstScreenMembers = (): MemberDirectory | undefined => slotOf()?.value?.members;
