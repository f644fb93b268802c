/**
 * UUIDv7 ids, generated on the client (RFC 9562): 48 bits of Unix milliseconds, then random bits.
 * Ids sort by creation time, which keeps IndexedDB and Postgres indexes append-friendly.
 */
let lastMs = 0;
let seq = 0;

/** Random bytes drawn in blocks: one call to the CSPRNG per 256 ids instead of one per id (a bulk import makes thousands). */
const pool = new Uint8Array(4096);
let pooled = pool.length;

/** 16 fresh random bytes, copied out of the pool (no id shares a byte with another). */
function randomBytes(): Uint8Array {
  if (pooled + 16 > pool.length) {
    crypto.getRandomValues(pool);
    pooled = 0;
  }
  pooled += 16;
  return pool.slice(pooled - 16, pooled);
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export function uuidv7(now: number = Date.now()): string {
  const bytes = randomBytes();
  // A 12-bit counter in rand_a keeps ids from one process monotonic within a millisecond.
  if (now <= lastMs) {
    seq = (seq + 1) & 0xfff;
    if (seq === 0) lastMs += 1;
    now = lastMs;
  } else {
    lastMs = now;
    seq = 0;
  }
  let ms = now;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms & 0xff;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | ((seq >> 8) & 0x0f);
  bytes[7] = seq & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  let hex = '';
  for (const b of bytes) hex += HEX[b];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The creation time encoded in a UUIDv7, in epoch milliseconds. */
export function uuidv7Time(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
