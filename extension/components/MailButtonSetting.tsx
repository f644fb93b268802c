import { useEffect, useState } from 'preact/hooks';
import { mailButtonEnabled, setMailButton } from '../capture/mail-button.ts';
import { useI18n } from '../hooks/useI18n.ts';

/** The opt-in for the Clip button on Gmail and Outlook on the web (off until the rep turns it on). */
export function MailButtonSetting() {
  const { t } = useI18n();
  const [on, setOn] = useState<boolean>();
  const [denied, setDenied] = useState(false);
  // What the rep asked for, until the browser has registered (or removed) the button's script: shown, and locked.
  const [wanted, setWanted] = useState<boolean>();
  useEffect(() => void mailButtonEnabled().then(setOn), []);

  function toggle(want: boolean) {
    setWanted(want);
    // The browser's prompt needs the click: setMailButton asks for the sites before anything else awaits.
    void setMailButton(want)
      .then((now) => {
        setOn(now);
        setDenied(want && !now);
      })
      .catch(() => mailButtonEnabled().then(setOn))
      .finally(() => setWanted(undefined));
  }

  return (
    <section class="settings mail-button-setting">
      <h2>{t('settings.mail')}</h2>
      <label class="check">
        <input type="checkbox" name="mailButton" checked={wanted ?? on ?? false} disabled={on === undefined || wanted !== undefined} onChange={(e) => toggle(e.currentTarget.checked)} /> {t('settings.mailButton')}
      </label>
      <p class="muted small">{t('settings.mailButtonHint')}</p>
      {denied && (
        <p class="error" role="alert">
          {t('settings.mailButtonDenied')}
        </p>
      )}
    </section>
  );
}
