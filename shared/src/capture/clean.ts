// Captured text is untrusted: these helpers bound it and strip what could mislead a reader.

// C0/C1 controls (except tab/newline), bidi overrides and isolates, zero-width characters.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** One line of display text: invisible characters removed, whitespace collapsed, trimmed, at most `max` characters. */
// An entity left in the text by a page that escaped its markup twice ("Bellingham &amp; Whatcom County").
const ENTITY = /&(?:(amp|quot|apos|lt|gt|nbsp)|#(\d{1,6})|#x([\da-f]{1,5}));/gi;
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
const decode = (s: string) =>
  s.includes('&')
    ? s.replace(ENTITY, (m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
        if (name) return NAMED[name.toLowerCase()]!;
        const code = dec ? Number(dec) : parseInt(hex!, 16);
        return code > 31 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      })
    : s;

export function clean(s: string | null | undefined, max = 500): string {
  if (!s) return '';
  const t = decode(s.length > max * 4 ? s.slice(0, max * 4) : s).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max).trim() : t;
}

/** Like `clean`, then strips surrounding punctuation that is never part of a value (`:`, `,`, `|`, bullets). */
export function cleanValue(s: string | null | undefined, max = 200): string {
  return clean(s, max).replace(/^[\s:,;|•·\-–—*>]+|[\s:,;|•·\-–—*]+$/g, '');
}

/** Distinct non-empty values in first-seen order, compared by `key`. */
export function uniq<T>(values: Iterable<T | undefined | null>, key: (v: T) => string = String): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const v of values) {
    if (v === undefined || v === null) continue;
    const k = key(v);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}
