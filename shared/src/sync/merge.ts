/** State of one record as the merge sees it: field values and the clock stamp that wrote each. */
export interface FieldState {
  data: Record<string, unknown>;
  stamps: Record<string, string>;
  deleted: boolean;
}

export interface LostWrite {
  field: string;
  /** The value that lost, kept so that nobody's edit silently disappears. */
  value: unknown;
  stamp: string;
  winningStamp: string;
}

export interface MergeResult extends FieldState {
  changed: boolean;
  lost: LostWrite[];
}

/** Bookkeeping fields: they follow last-writer-wins but a lost value is not worth showing anyone. */
const UNREPORTED = new Set(['updatedAt']);

const nodeOf = (stamp: string) => stamp.slice(stamp.lastIndexOf(':') + 1);
/** Equal as JSON: primitives compare directly, only objects and arrays need serialising. */
const same = (a: unknown, b: unknown) => a === b || (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));

/**
 * Last writer wins per field, ordered by HLC stamp. A value that loses to a concurrent write from
 * another node is reported in `lost`; overwriting one's own value is not a conflict.
 * A deleted record stays deleted (tombstones win), and its data is already gone.
 */
export function mergeFields(current: FieldState | undefined, fields: Record<string, unknown>, stamp: string): MergeResult {
  const state: FieldState = current
    ? { data: { ...current.data }, stamps: { ...current.stamps }, deleted: current.deleted }
    : { data: {}, stamps: {}, deleted: false };
  if (state.deleted) return { ...state, changed: false, lost: [] };
  const lost: LostWrite[] = [];
  let changed = false;
  for (const [field, value] of Object.entries(fields)) {
    const held = state.stamps[field];
    if (held === undefined || stamp > held) {
      if (held !== undefined && !UNREPORTED.has(field) && nodeOf(held) !== nodeOf(stamp) && !same(state.data[field], value)) {
        lost.push({ field, value: state.data[field], stamp: held, winningStamp: stamp });
      }
      if (!same(state.data[field], value) || held !== stamp) changed = true;
      state.data[field] = value;
      state.stamps[field] = stamp;
    } else if (stamp < held && !UNREPORTED.has(field) && nodeOf(held) !== nodeOf(stamp) && !same(state.data[field], value)) {
      lost.push({ field, value, stamp, winningStamp: held });
    }
  }
  return { ...state, changed, lost };
}

/** A tombstone: the data is erased (right to erasure), only the fact of deletion remains. */
export function tombstone(current: FieldState | undefined, stamp: string): FieldState & { changed: boolean } {
  if (current?.deleted) return { ...current, changed: false };
  return { data: {}, stamps: { _deleted: stamp }, deleted: true, changed: true };
}
