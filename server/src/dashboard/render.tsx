/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Layout } from './Layout.tsx';
import type { Locale, Translate } from './i18n.ts';
import { localeOf } from './session.ts';

/** No script at all, styles only from the served stylesheet: even an escaping bug could not run captured markup. */
const CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export interface View {
  locale: Locale;
  t: Translate;
  here: URL;
}

export function view(c: Context): View {
  // After a form post, language links lead to the dashboard rather than back to the action.
  const here = new URL(c.req.url);
  return { ...localeOf(c), here: c.req.method === 'GET' ? here : new URL('/', here) };
}

export interface RenderOptions {
  title: string;
  user?: { name: string; role: 'rep' | 'manager'; team: string } | undefined;
  narrow?: boolean;
  status?: ContentfulStatusCode;
}

/** Renders a page in the layout, with the dashboard's CSP and no caching (it shows a team's figures). */
export async function render(c: Context, v: View, { title, user, narrow, status = 200 }: RenderOptions, body: Child) {
  c.header('content-security-policy', CSP);
  c.header('cache-control', 'no-store');
  const page = await (<Layout t={v.t} locale={v.locale} title={title} here={v.here} user={user} narrow={narrow}>{body}</Layout>).toString();
  return c.html(`<!doctype html>${page}`, status);
}

/** A same-site path to return to after a form (never another host). */
export function backTo(back: unknown, done?: Record<string, string>): string {
  const path = typeof back === 'string' && back.startsWith('/') && !back.startsWith('//') && !back.startsWith('/\\') ? back : '/';
  const url = new URL(path, 'http://x');
  for (const [k, v] of Object.entries(done ?? {})) url.searchParams.set(k, v);
  return url.pathname + url.search;
}
