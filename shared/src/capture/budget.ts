/** A time budget shared by every source of one extraction; checked between sources and inside long loops. */
export interface Budget {
  /** True once the budget is spent (sticky). */
  expired(): boolean;
  readonly truncated: boolean;
}

/** A budget of `ms` milliseconds measured with `now` (performance.now by default). */
export function createBudget(ms = 50, now: () => number = () => performance.now()): Budget {
  const deadline = now() + ms;
  let spent = false;
  return {
    expired() {
      if (!spent && now() > deadline) spent = true;
      return spent;
    },
    get truncated() {
      return spent;
    },
  };
}

/** A budget that never runs out (unit tests of single sources). */
export const unlimited: Budget = { expired: () => false, truncated: false };
