import type { PageCopy } from './engine.ts';

/** Longer markup is cut here: a guard against hostile pages (a 10 MB page is read in full). */
export const MAX_PAGE_CHARS = 16_000_000;

/**
 * The only code a capture puts into a page, and only when the rep asks: the page's markup as it is now (what
 * its own scripts built included), less what the engine never reads (scripts other than JSON-LD, styles, inline
 * SVG, `noscript`, comments, inline event handlers), which on a modern page is most of its bytes. The handlers
 * cost most where the copy is parsed: an extension document checks each against its content security policy
 * (a page with 300 `onclick`s took 100 ms to parse there, 10 ms without them). It is injected as a function, so
 * it must not refer to anything outside itself. The engine stays in the extension (see `engine-host.ts`).
 */
export function readPage(maxChars: number): PageCopy {
  const html = document.documentElement.outerHTML
    .replace(/<script\b(?![^>]*\bapplication\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<(style|noscript|svg)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    // Only inside a tag (text in markup has its `<` escaped): `onclick="…"`, not "one = 1" in a sentence.
    .replace(/(?<=<[a-zA-Z][^<>]*)\son[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  return { url: location.href, html: html.length > maxChars ? html.slice(0, maxChars) : html, truncated: html.length > maxChars };
}
