/** A time budget shared by every source of one extraction; checked between sources and inside long loops. */
export interface Budget {
  /** True once the budget is spent (sticky). */
  expired(): boolean;
  /** A source stopped at a size limit (not the clock): the page was read only in part. */
  cut(): void;
  /** The page was read only in part: the time ran out or a source hit its size limit. */
  readonly truncated: boolean;
}

/** A budget of `ms` milliseconds measured with `now` (performance.now by default). */
export function createBudget(ms = 500, now: () => number = () => performance.now()): Budget {
  const deadline = now() + ms;
  let spent = false;
  let cut = false;
  return {
    expired() {
      if (!spent && now() > deadline) spent = true;
      return spent;
    },
    cut() {
      cut = true;
    },
    get truncated() {
      return spent || cut;
    },
  };
}

/** A budget that never runs out (unit tests of single sources). */
export const unlimited: Budget = { expired: () => false, cut: () => {}, truncated: false };
