/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Translate } from './i18n.ts';

export interface SignInProps {
  t: Translate;
  error?: string | undefined;
  /** Kept when the page comes back with an error, e.g. to add the name an invitation needs. */
  secret?: string | undefined;
  askName?: boolean;
}

/** Paste an invitation link/code or a device token; the name is only needed for a new member's invitation. */
export function SignInForm({ t, error, secret, askName }: SignInProps) {
  return (
    <form class="stacked" method="post" action="/sign-in">
      {error ? <p class="notice error" role="alert">{error}</p> : null}
      <label>{t('signIn.secret')}
        <input name="secret" type="password" autocomplete="off" required value={secret ?? ''} spellcheck={false} />
      </label>
      <label>{t('signIn.name')}
        <input name="name" type="text" autocomplete="name" maxlength={120} required={askName ? true : undefined} />
      </label>
      <button type="submit">{t('signIn.submit')}</button>
    </form>
  );
}

export function SignInPage(props: SignInProps) {
  const { t } = props;
  return (
    <section class="card">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      <SignInForm {...props} />
      <p class="hint">{t('signIn.noExtension')}</p>
    </section>
  );
}

/** What to do with an invitation link: paste it into the extension's Settings, or sign in to the dashboard. */
export function JoinPage({ t, link, code }: { t: Translate; link: string; code: string }) {
  return (
    <section class="card">
      <h1>{t('join.title')}</h1>
      <p>{t('join.intro')}</p>
      <ol class="steps">
        <li>{t('join.step1')}</li>
        <li>{t('join.step2')}</li>
        <li>{t('join.step3')}<br /><input class="link-box" type="text" readonly value={link} aria-label={t('signIn.secret')} /></li>
      </ol>
      <h2>{t('join.dashboard')}</h2>
      <SignInForm t={t} secret={code} />
    </section>
  );
}

export function ErrorPage({ t, message }: { t: Translate; message: string }) {
  return (
    <section class="card">
      <h1>{t('error.title')}</h1>
      <p class="notice error" role="alert">{message}</p>
      <p><a href="/">{t('error.back')}</a></p>
    </section>
  );
}
