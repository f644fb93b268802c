/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { LOCALES, type Locale, type Translate } from './i18n.ts';

export interface PageProps {
  t: Translate;
  locale: Locale;
  title: string;
  /** The current URL's path and query, to build the language links from. */
  here: URL;
  user?: { name: string; role: 'rep' | 'manager'; team: string } | undefined;
  narrow?: boolean;
  children: Child;
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch', nl: 'Nederlands' };

function langHref(here: URL, locale: Locale) {
  const q = new URLSearchParams(here.search);
  q.set('lang', locale);
  return `${here.pathname}?${q}`;
}

/** The HTML shell: header with the team, the signed-in member, languages and sign-out. */
export function Layout({ t, locale, title, here, user, narrow, children }: PageProps) {
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{title}</title>
        <link rel="stylesheet" href="/dashboard.css" />
      </head>
      <body>
        <header class="top">
          <a class="brand" href="/">
            Pipeclip {user ? <span>· {user.team}</span> : null}
          </a>
          <nav>
            <span class="langs" aria-label={t('app.language')}>
              {LOCALES.map((l) => (
                <a href={langHref(here, l)} lang={l} hreflang={l} aria-current={l === locale ? 'true' : undefined} title={LANGUAGE_NAMES[l]}>
                  {l.toUpperCase()}
                </a>
              ))}
            </span>
            {user ? (
              <>
                <span>{t('app.signedInAs', { name: user.name, role: t(`role.${user.role}`) })}</span>
                <form class="inline" method="post" action="/sign-out">
                  <button class="secondary" type="submit">{t('app.signOut')}</button>
                </form>
              </>
            ) : null}
          </nav>
        </header>
        <main class={narrow ? 'narrow' : undefined}>{children}</main>
      </body>
    </html>
  );
}
