import 'fake-indexeddb/auto';
import { PipeclipDb } from '../../../../extension/db/database.ts';
import { SyncClient } from '../../../../extension/sync/client.ts';
import { now, peerConfig, report, runPeer } from '../child.ts';
import { fetchTimes, timedFetch } from './timed-fetch.ts';

/** Client B: a teammate's fresh install, long-polling until it holds every deal. */
runPeer(async () => {
  const { url, token, count } = peerConfig();
  const db = new PipeclipDb(`reader-${process.pid}`);
  await db.open();
  const times = fetchTimes();
  const client = new SyncClient(db, { url, token }, timedFetch(times));
  await client.pull();
  times.requests = 0;
  times.ms = 0;
  report({ type: 'ready' });

  let firstRowsAt = 0;
  // Time in pull() beyond the requests: parsing pages and applying them to IndexedDB.
  let clientMs = 0;
  for (;;) {
    const t0 = performance.now();
    const inRequests = times.ms + times.waitMs;
    const pulled = await client.pull(undefined, 20_000);
    clientMs += performance.now() - t0 - (times.ms + times.waitMs - inRequests);
    if (pulled && !firstRowsAt) firstRowsAt = now();
    if ((await db.deals.count()) >= count) break;
  }
  report({ type: 'done', doneAt: now(), profile: { firstRowsAt, requests: times.requests, requestMs: times.ms, longPollMs: times.waitMs, clientMs } });
});
