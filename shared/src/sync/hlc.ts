/**
 * Hybrid logical clock (Kulkarni et al.): physical milliseconds, a logical counter and the node id.
 * Stamps are fixed-width strings, so comparing them as strings orders them as clocks.
 */
export interface Hlc {
  readonly ms: number;
  readonly counter: number;
  readonly node: string;
}

/** How far ahead of our wall clock a remote stamp may be before it is clamped (5 minutes). */
export const MAX_DRIFT_MS = 5 * 60 * 1000;

const MS_WIDTH = 15;
const COUNTER_WIDTH = 5;
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;

export function formatHlc({ ms, counter, node }: Hlc): string {
  return `${ms.toString().padStart(MS_WIDTH, '0')}:${counter.toString(36).padStart(COUNTER_WIDTH, '0')}:${node}`;
}

export function parseHlc(stamp: string): Hlc {
  const match = /^(\d{15}):([0-9a-z]{5}):([\w-]{1,64})$/.exec(stamp);
  if (!match) throw new Error(`Not a clock stamp: ${JSON.stringify(stamp.slice(0, 80))}`);
  return { ms: Number(match[1]), counter: parseInt(match[2]!, 36), node: match[3]! };
}

export const HLC_PATTERN = /^\d{15}:[0-9a-z]{5}:[\w-]{1,64}$/;

/** Clamps a stamp whose time is more than `maxDrift` ahead of `now` to `now + maxDrift`. */
export function clampHlc(stamp: string, now: number, maxDrift = MAX_DRIFT_MS): string {
  const hlc = parseHlc(stamp);
  return hlc.ms > now + maxDrift ? formatHlc({ ...hlc, ms: now + maxDrift }) : stamp;
}

/**
 * Clamps stamps from too far in the future while keeping them in the order they are processed: clamped
 * stamps get a rising counter, so two clamped writes of one node never tie (a tie would drop the later one).
 */
export class StampClamp {
  private seq = 0;

  constructor(readonly maxDrift = MAX_DRIFT_MS) {}

  clamp(stamp: string, now: number): string {
    const hlc = parseHlc(stamp);
    if (hlc.ms <= now + this.maxDrift) return stamp;
    this.seq = (this.seq + 1) % MAX_COUNTER;
    return formatHlc({ ms: now + this.maxDrift, counter: this.seq, node: hlc.node });
  }
}

/**
 * A clock for one node. `now()` stamps a local event; `receive()` folds in a remote stamp so that
 * every later local stamp sorts after it. Remote stamps from too far in the future are clamped first,
 * so one device with a wrong clock cannot pin every other writer behind it.
 */
export class HybridClock {
  private last: Hlc;

  /** The last stamp issued or received, to persist. */
  get lastStamp(): string {
    return formatHlc(this.last);
  }

  constructor(
    readonly node: string,
    private readonly wallClock: () => number = Date.now,
    readonly maxDrift: number = MAX_DRIFT_MS,
    /** The last stamp this node issued, to resume after a restart without going backwards. */
    last?: string,
  ) {
    this.last = last ? { ...parseHlc(last), node } : { ms: 0, counter: 0, node };
  }

  now(): string {
    const wall = Math.floor(this.wallClock());
    this.last =
      wall > this.last.ms
        ? { ms: wall, counter: 0, node: this.node }
        : { ms: this.last.ms, counter: this.bump(this.last.counter), node: this.node };
    return formatHlc(this.last);
  }

  receive(stamp: string): string {
    const wall = Math.floor(this.wallClock());
    const remote = parseHlc(clampHlc(stamp, wall, this.maxDrift));
    const ms = Math.max(wall, this.last.ms, remote.ms);
    let counter = 0;
    if (ms === this.last.ms && ms === remote.ms) counter = this.bump(Math.max(this.last.counter, remote.counter));
    else if (ms === this.last.ms) counter = this.bump(this.last.counter);
    else if (ms === remote.ms) counter = this.bump(remote.counter);
    this.last = { ms, counter, node: this.node };
    return formatHlc(this.last);
  }

  private bump(counter: number): number {
    if (counter >= MAX_COUNTER) throw new Error('Clock counter overflow: too many events in one millisecond');
    return counter + 1;
  }
}
