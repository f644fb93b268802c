import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Database } from '../db/client.ts';
import { ApiError } from '../errors.ts';
import { callerForToken, type AuthEnv, type Caller } from '../middleware/auth.ts';
import { pickLocale, translator, type Locale, type Translate } from './i18n.ts';

const SESSION_COOKIE = 'pipeclip_session';
const LANG_COOKIE = 'pipeclip_lang';
const YEAR_S = 365 * 86_400;

/** Behind a TLS-terminating proxy the request itself is plain http: trust its forwarded protocol too. */
const isHttps = (c: Context) => new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';

/** Keeps a device token in a cookie scripts cannot read and other sites cannot make the browser send. */
export function startSession(c: Context, token: string) {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure: isHttps(c), path: '/', maxAge: 90 * 86_400 });
}

export function endSession(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
}

/** The signed-in caller, by the same hashed-token lookup as the bearer API; undefined when signed out. */
export async function sessionCaller(c: Context, db: Database): Promise<Caller | undefined> {
  const token = getCookie(c, SESSION_COOKIE);
  return token ? callerForToken(db, token) : undefined;
}

/** Pages and actions behind sign-in: a revoked or missing session is a 401 page with the sign-in link. */
export function requireSession(db: Database) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const caller = await sessionCaller(c, db);
    if (!caller) throw new ApiError(401, 'Sign in first.', 'unauthenticated');
    c.set('caller', caller);
    await next();
  });
}

/**
 * CSRF: the session cookie is SameSite=Strict, and a form post must come from this very host. Under the
 * no-referrer policy browsers send `Origin: null` even for same-origin forms, so then Sec-Fetch-Site decides.
 * Clients that send neither header are not browsers and carry no session cookie of a victim.
 */
export const sameOrigin = createMiddleware(async (c, next) => {
  if (c.req.method === 'POST') {
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const host = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host;
    const ok = site !== undefined ? site === 'same-origin' || site === 'none' : origin === undefined || (origin !== 'null' && safeHost(origin) === host);
    const foreignOrigin = origin !== undefined && origin !== 'null' && safeHost(origin) !== host;
    if (!ok || foreignOrigin) throw new ApiError(403, 'This form was sent from another site and was refused.', 'cross_origin');
  }
  await next();
});

function safeHost(origin: string) {
  try {
    return new URL(origin).host;
  } catch {
    return '';
  }
}

/** The reader's language: ?lang= (remembered in a cookie), the cookie, or Accept-Language. */
export function localeOf(c: Context): { locale: Locale; t: Translate } {
  const asked = c.req.query('lang');
  const locale = pickLocale(asked, getCookie(c, LANG_COOKIE), c.req.header('accept-language'));
  if (asked === locale) setCookie(c, LANG_COOKIE, locale, { sameSite: 'Lax', path: '/', maxAge: YEAR_S, secure: isHttps(c) });
  return { locale, t: translator(locale) };
}
