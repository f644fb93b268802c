import { useEffect } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { pendingCount } from '../db/outbox.ts';
import { onLocalWrite } from '../db/write.ts';
import { ConflictList } from './ConflictList.tsx';
import { useI18n } from '../hooks/useI18n.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import { useStored } from '../hooks/useStored.ts';
import type { MessageKey } from '../i18n/index.ts';
import { sendRequest } from '../messaging/send.ts';
import { serverSettings, syncStatus, type ServerSettings, type SyncStatus } from '../sync/settings.ts';

/** How long after a local write its push starts: edits made together go in one push. */
const PUSH_DELAY_MS = 1500;

/**
 * While the side panel is open, a teammate's change shows up within a second: a long poll waits for the next
 * push to the team and applies it (pages are applied with the cookie they were asked with, so this loop and
 * the background's sync never move the cookie back). Offline, it retries every half minute.
 */
function useLivePull(server: ServerSettings | null) {
  useEffect(() => {
    if (!server) return;
    const abort = new AbortController();
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    void (async () => {
      // Loaded after the first screen: the panel's start-up does not wait for the sync code.
      const { SyncClient } = await import('../sync/client.ts');
      const client = new SyncClient(getDb(), server);
      while (!abort.signal.aborted) {
        await client.pull(abort.signal, LONG_POLL_MS).catch(() => !abort.signal.aborted && pause(RETRY_MS));
      }
    })();
    return () => abort.abort();
  }, [server?.url, server?.token]);
}

const LONG_POLL_MS = 20_000;
const RETRY_MS = 30_000;

/** One line that always says where the rep's data stands: local only, pending, synced, or why not. */
export function SyncStatusLine() {
  // Local edits go out shortly after the rep makes them (in one push when several come together).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = onLocalWrite(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void sendRequest({ type: 'sync' }).catch(() => undefined), PUSH_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  const { t, fmt } = useI18n();
  const server = useStored<ServerSettings | null>(serverSettings, null);
  const status = useStored<SyncStatus>(syncStatus, { failures: 0, running: false });
  const pending = useLiveQuery(() => pendingCount(getDb()), [], 0);
  useLivePull(server);
  if (!server) return <footer class="sync-status">{t('sync.local')}</footer>;
  const parts: string[] = [];
  if (status.running && status.progress) parts.push(t('sync.loading', { percent: fmt.number(Math.floor((100 * status.progress.done) / Math.max(1, status.progress.total))) }));
  else if (status.running) parts.push(t('sync.running'));
  else if (status.error) parts.push(t(`sync.error.${status.error.kind}` as MessageKey, { message: status.error.message }));
  else parts.push(status.lastSyncAt ? t('sync.ok', { ago: fmt.ago(status.lastSyncAt) }) : t('sync.never'));
  if (pending > 0) parts.push(t('sync.pending', { count: pending }));
  return (
    <footer class={status.error ? 'sync-status has-error' : 'sync-status'} data-pending={pending}>
      <ConflictList />
      <div class="sync-line">
        <span>{parts.join(' · ')}</span>
        <button class="link" onClick={() => void sendRequest({ type: 'sync' })}>
          {t('sync.now')}
        </button>
      </div>
    </footer>
  );
}
