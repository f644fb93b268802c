import type { CountryCode } from 'libphonenumber-js/core';
import { toE164 } from './phone-e164.ts';

import { clean } from './clean.ts';

/** The phone region of a country-code domain or a locale's region ("de", "uk"), for the regions phone numbers are read in. */
const tldRegion = (t = '') => (t === 'uk' ? 'GB' : /^(de|at|ch|nl|be|fr|ie|ca|au|nz|es|it|lu|dk|se|no|pl)$/.test(t) ? t.toUpperCase() : undefined) as CountryCode | undefined;

/** Default phone region from a locale (`de-AT`, `nl`) or the page's top-level domain; US otherwise. */
export function defaultRegion(pageUrl: string, lang?: string | null): CountryCode {
  const l = (lang ?? '').trim().toLowerCase();
  // A locale names its country as ISO does ("en-GB", "de-AT", "nl-BE"), a domain as the web does (".uk").
  const country = /^[a-z]{2,3}[-_]([a-z]{2})\b/.exec(l)?.[1];
  const fromLocale = country === 'gb' || country === 'us' ? (country.toUpperCase() as CountryCode) : tldRegion(country);
  if (fromLocale) return fromLocale;
  try {
    const tld = tldRegion(new URL(pageUrl).hostname.split('.').pop());
    if (tld) return tld;
  } catch {
    // no usable page URL
  }
  if (l === 'de' || l === 'nl') return l.toUpperCase() as CountryCode;
  return 'US';
}

// The keypad digit of each letter A–Z.
const VANITY_DIGITS = '22233344455566677778889999';

/** A phone number in E.164 when it parses as possible, else the cleaned text (extension kept as `;ext=`). */
export function normalisePhone(raw: string, region: CountryCode = 'US'): string | undefined {
  let s = clean(raw, 60).replace(/^(tel|phone|callto):/i, '');
  s = s.replace(/\b(\d{3}[.\- ]\d{3}[.\- ])([A-Z]{4})\b/, (_, a: string, w: string) => a + [...w].map((c) => VANITY_DIGITS[c.charCodeAt(0) - 65]).join(''));
  const ext = /(?:ext\.?|x|extension|Durchwahl|toestel)\s*(\d{1,6})\s*$/i.exec(s);
  const body = (ext ? s.slice(0, ext.index) : s).replace(/\(0\)/, '');
  const digits = body.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  const parsed = toE164(body.replace(/[^\d+]/g, '').replace(/^00/, '+'), region);
  if (parsed) return parsed.number + (ext ? `;ext=${ext[1]}` : '');
  // "(33 1) 42 68 53 00": a country code written without "+" or "00" (too long for a national number).
  const intl = /^\s*\(?\s*[1-9]/.test(body) ? toE164(`+${digits}`, region) : undefined;
  if (intl?.valid) return intl.number + (ext ? `;ext=${ext[1]}` : '');
  return body.replace(/[^\d+()\-./ ]/g, '').trim() || undefined;
}

/** Lower-cased address without `mailto:` and query, or undefined if it is not an address. */
export function normaliseEmail(raw: string): string | undefined {
  let s = raw.trim().replace(/^mailto:/i, '').split('?')[0]!;
  try {
    s = decodeURIComponent(s);
  } catch {
    // keep as is
  }
  s = s.trim().toLowerCase().replace(/^[<("']+|[>)"'.,;:]+$/g, '');
  return /^[a-z0-9._%+'-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(s) && s.length <= 254 ? s : undefined;
}

const TRACKING = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|ref_src|trk|trkCampaign|li_fat_id|s_kwcid|mkt_tok|vero_id|oly_anon_id|oly_enc_id)$/i;

/** Absolute http(s) URL with tracking parameters and the fragment removed, host lower-cased; undefined if not a web URL. */
export function canonicalUrl(raw: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), base || undefined);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  return url.href;
}

/** Mail providers whose domain says nothing about the sender's company. */
export const FREE_MAIL = new Set(
  ('gmail.com googlemail.com yahoo.com yahoo.co.uk yahoo.de ymail.com hotmail.com hotmail.co.uk hotmail.de hotmail.nl outlook.com outlook.de live.com live.nl msn.com aol.com ' +
    'icloud.com me.com mac.com gmx.de gmx.net gmx.at gmx.ch gmx.com web.de t-online.de freenet.de posteo.de mailbox.org protonmail.com proton.me pm.me ' +
    'zoho.com yandex.ru yandex.com mail.ru comcast.net verizon.net att.net sbcglobal.net bellsouth.net earthlink.net cox.net charter.net ' +
    'ziggo.nl kpnmail.nl planet.nl home.nl xs4all.nl hetnet.nl chello.nl telenet.be skynet.be bluewin.ch fastmail.com hushmail.com juno.com netscape.net qq.com 163.com example.com example.org example.net')
    .split(' '),
);

const SECOND_LEVEL = /^(co|com|org|net|ac|gov|edu)$/;

/** A company name guessed from an e-mail domain (`jane@acme-labs.co.uk` → "Acme Labs"); never from free-mail domains. */
export function companyFromEmail(address: string): string | undefined {
  const domain = address.split('@')[1]?.toLowerCase();
  if (!domain || FREE_MAIL.has(domain)) return undefined;
  const parts = domain.split('.');
  if (parts.length >= 3 && SECOND_LEVEL.test(parts.at(-2)!)) parts.pop();
  const label = parts.at(-2);
  if (!label || label.length < 2) return undefined;
  return label
    .split('-')
    .map((w) => (w.length <= 3 ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');
}
