export interface FetchTimes {
  requests: number;
  /** Time in requests, response bodies included (network plus server), long polls left out. */
  ms: number;
  /** Time in long polls, mostly spent waiting for a teammate's push. */
  waitMs: number;
}

export const fetchTimes = (): FetchTimes => ({ requests: 0, ms: 0, waitMs: 0 });

/** A fetch that adds up the time spent waiting for the server, for the profile. */
export function timedFetch(times: FetchTimes): typeof fetch {
  return async (input, init) => {
    const t0 = performance.now();
    const res = await fetch(input, init);
    const body = await res.arrayBuffer();
    const ms = performance.now() - t0;
    if (/[?&]wait=[1-9]/.test(String(input))) times.waitMs += ms;
    else times.ms += ms;
    times.requests++;
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}
