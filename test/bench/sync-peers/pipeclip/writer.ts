import 'fake-indexeddb/auto';
import { uuidv7, type DealInput } from '@pipeclip/shared';
import { PipeclipDb } from '../../../../extension/db/database.ts';
import { clientId, putRecord } from '../../../../extension/db/write.ts';
import { SyncClient } from '../../../../extension/sync/client.ts';
import { now, peerConfig, report, runPeer, whenGo } from '../child.ts';
import { dealFields } from '../deal-fields.ts';
import { fetchTimes, timedFetch } from './timed-fetch.ts';

const PIPELINE_ID = '0190f0e0-0000-7000-8000-000000000001';

/** A new deal as the side panel creates it: the schema's defaults are filled in by `putRecord`. */
function deal(i: number): DealInput {
  const { sentAt, ...fields } = dealFields(i, Date.now());
  return {
    id: uuidv7(),
    ...fields,
    pipelineId: PIPELINE_ID,
    status: 'open',
    shared: false,
    stageHistory: [],
    qualification: { budget: false, authority: false, need: false, timeline: false },
    tags: [],
    createdAt: sentAt,
    updatedAt: sentAt,
  };
}

/** Client A as the extension behaves: each deal written locally, the outbox pushed as it fills. */
runPeer(async () => {
  const { url, token, count } = peerConfig();
  const db = new PipeclipDb(`writer-${process.pid}`);
  await db.open();
  await clientId(db);
  const times = fetchTimes();
  const client = new SyncClient(db, { url, token }, timedFetch(times));
  report({ type: 'ready' });
  await whenGo();

  const firstWriteAt = now();
  let writes = 0;
  let wake = () => {};
  const wrote = (n: number) => {
    writes += n;
    wake();
  };
  const nextWrite = (seen: number) => (writes > seen ? Promise.resolve() : new Promise<void>((done) => (wake = done)));

  const writer = (async () => {
    // Edits made back to back, as the peers' synchronous loops make theirs: each is its own putRecord (parsed,
    // stamped, queued), and each promise settles when that edit is stored. Edits made while an earlier one
    // commits go into the next transaction together (group commit).
    await Promise.all(Array.from({ length: count }, (_, i) => putRecord(db, 'deals', deal(i)).then(() => wrote(1))));
    return now();
  })();
  let pushes = 0;
  const pusher = (async () => {
    for (let acked = 0; acked < count; ) {
      const seen = writes;
      const { pushed } = await client.push();
      if (pushed) pushes++;
      acked += pushed;
      if (!pushed) await nextWrite(seen);
    }
    return now();
  })();
  const [writtenAt, pushedAt] = await Promise.all([writer, pusher]);
  report({ type: 'written', firstWriteAt, profile: { writtenAt, pushedAt, pushCalls: pushes, requests: times.requests, requestMs: times.ms } });
});
