import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

/** The `meta` row that changes with every write to `deals`, whatever wrote it. */
export const DEALS_VERSION_KEY = 'dealsVersion';

const TRACKED = 'deals';
const META = 'meta';

/**
 * Dexie middleware: every write to `deals` (a put, a bulk delete from a pull, an import, a raw bulkPut, a
 * clear) also writes a new random token to `meta.dealsVersion`, in the same IndexedDB transaction. Caches
 * computed from the deals (the pipeline summary) record the token they were computed at, so no write path
 * can leave them looking fresh. A read-write transaction over `deals` is widened to `meta` for this.
 */
export const dealsVersionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'DealsVersion',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.includes(TRACKED) && !stores.includes(META);
        return down.transaction(widen ? [...stores, META] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== TRACKED) return table;
        const meta = down.table(META);
        return {
          ...table,
          mutate(req: DBCoreMutateRequest) {
            // Issued together with the write, so both belong to the same transaction and commit or fail as one.
            const bump = meta.mutate({ type: 'put', trans: req.trans, values: [{ key: DEALS_VERSION_KEY, value: crypto.randomUUID() }] });
            return Promise.all([table.mutate(req), bump]).then(([res]) => res);
          },
        };
      },
    };
  },
};
