import { normaliseEmail } from './normalise.ts';

const EMAIL = /[A-Za-z0-9._%+'-]{1,64}(?:@|\s?[[(]\s?at\s?[\])]\s?)[A-Za-z0-9-]+(?:(?:\.|\s?[[(]\s?dot\s?[\])]\s?)[A-Za-z0-9-]+)*(?:\.|\s?[[(]\s?dot\s?[\])]\s?)[A-Za-z]{2,24}\b/g;

/** E-mail addresses in a line of text, including the "name [at] domain [dot] com" spelling. */
export function findEmails(line: string): string[] {
  if (line.length > 5000 || !/@|\bat\b/i.test(line)) return [];
  const out: string[] = [];
  for (const m of line.matchAll(EMAIL)) {
    const e = normaliseEmail(m[0].replace(/\s?[[(]\s?at\s?[\])]\s?/i, '@').replace(/\s?[[(]\s?dot\s?[\])]\s?/gi, '.'));
    if (e && !/\.(png|jpe?g|gif|webp|svg)$/.test(e)) out.push(e);
  }
  return out;
}
