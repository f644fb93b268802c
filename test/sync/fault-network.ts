import type { Rng } from './random.ts';

export interface FaultRates {
  /** The request never reaches the server. */
  dropRequest: number;
  /** The server commits, but the response is lost on the way back. */
  dropResponse: number;
  /** The request is sent a second time, later, after the client may have moved on (a reordered replay). */
  duplicate: number;
  /** Each request waits up to this long before it is sent. */
  maxDelayMs: number;
}

export const CHAOS_RATES: FaultRates = { dropRequest: 0.15, dropResponse: 0.15, duplicate: 0.2, maxDelayMs: 15 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The fault proxy: sits between one client and the real HTTP server and drops, duplicates, delays and
 * reorders its requests. Off, it is a plain pass-through (used for quiescence).
 */
export class FaultyNetwork {
  enabled = true;
  readonly stragglers: Promise<unknown>[] = [];
  /** The last push body sent, kept for the replay check. */
  lastPush: string | undefined;

  constructor(
    private readonly random: Rng,
    private readonly rates: FaultRates = CHAOS_RATES,
  ) {}

  readonly fetch: typeof fetch = async (input, init) => {
    if (typeof init?.body === 'string' && String(input).includes('/push')) this.lastPush = init.body;
    if (!this.enabled) return fetch(input, init);
    await sleep(this.random.int(this.rates.maxDelayMs + 1));
    if (this.random.chance(this.rates.dropRequest)) throw new TypeError('fault proxy: request dropped');
    if (this.random.chance(this.rates.duplicate)) {
      const later = this.random.int(40);
      const { signal: _ignored, ...copy } = init ?? {};
      this.stragglers.push(sleep(later).then(() => fetch(input, copy)).then((r) => r.arrayBuffer()).catch(() => undefined));
    }
    const res = await fetch(input, init);
    if (this.random.chance(this.rates.dropResponse)) {
      await res.arrayBuffer().catch(() => undefined);
      throw new TypeError('fault proxy: response dropped after the server answered');
    }
    return res;
  };

  /** Waits for duplicated requests still in flight. */
  async drain(): Promise<void> {
    await Promise.allSettled(this.stragglers.splice(0));
  }
}
