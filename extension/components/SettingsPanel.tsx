import { useState } from 'preact/hooks';
import { useI18n } from '../hooks/useI18n.ts';
import { useStored } from '../hooks/useStored.ts';
import type { MessageKey } from '../i18n/index.ts';
import { sendRequest } from '../messaging/send.ts';
import { PairingError, pair } from '../sync/pair.ts';
import { serverSettings, type ServerSettings } from '../sync/settings.ts';
import { HygieneSetting } from './HygieneSetting.tsx';
import { MailButtonSetting } from './MailButtonSetting.tsx';
import { TeamView } from './TeamView.tsx';

/** Connects this browser to a team server with one pasted invitation. */
export function SettingsPanel() {
  const { t } = useI18n();
  const server = useStored<ServerSettings | null>(serverSettings, null);
  const [invitation, setInvitation] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function connect(e: Event) {
    e.preventDefault();
    setBusy(true);
    try {
      await serverSettings.set(await pair(invitation, navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chrome', name.trim() || undefined));
      setError(undefined);
      setInvitation('');
      void sendRequest({ type: 'sync' });
    } catch (err) {
      setError(t(`pair.${err instanceof PairingError ? err.message : 'pairing-failed'}` as MessageKey));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <section class="settings">
        <h2>{t('settings.server')}</h2>
        {server ? (
          <>
            <p class="connected">{t('settings.connected', { team: server.teamName, name: server.memberName, role: t(`role.${server.role}`) })}</p>
            <p class="muted">{server.url}</p>
            <button class="secondary" onClick={() => void serverSettings.set(null)}>
              {t('settings.disconnect')}
            </button>
            <TeamView server={server} />
          </>
        ) : (
          <form onSubmit={(e) => void connect(e)}>
            <label class="field">
              <span class="field-label">{t('settings.paste')}</span>
              <input name="invitation" value={invitation} onInput={(e) => setInvitation(e.currentTarget.value)} placeholder="http://127.0.0.1:8787/join/inv_…" />
            </label>
            <label class="field">
              <span class="field-label">{t('settings.yourName')}</span>
              <input name="name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
            </label>
            {error && (
              <p class="error" role="alert">
                {error}
              </p>
            )}
            <button class="primary" type="submit" disabled={busy || !invitation.trim()}>
              {t('settings.connect')}
            </button>
          </form>
        )}
      </section>
      <MailButtonSetting />
      <HygieneSetting />
    </>
  );
}
