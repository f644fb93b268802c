// Where the newest message of a reply ends: quote headers of the common clients, in English, German and Dutch.
const BOUNDARY = [
  /^-{2,}\s*(original message|ursprüngliche nachricht|oorspronkelijk bericht|forwarded message|weitergeleitete nachricht|doorgestuurd bericht)\s*-{2,}/i,
  /^-{3,}\s*forwarded by\b/i,
  /^(on|am|op|le)\s.{4,200}\s(wrote|schrieb|schreef|a écrit)\s*:?\s*$/i,
  /^.{2,120}\s(wrote|schrieb|schreef|writes)\s*:\s*$/i,
  /^_{10,}\s*$/,
  /^\*?(from|von|van|de)\s*:\*?\s.+/i,
  /^\s*(sent|gesendet|verzonden|date|datum)\s*:\s.+/i,
  /^\s*[\w.' -]{2,60}(\/[\w-]+)+@[\w-]+\s*$/,
  /^\s*[\w.' -]{2,60}\s*<[^>\s]+@[^>\s]+>\s+on\s+\d/i,
];
const QUOTED = /^\s*>/;
// Lotus Notes quote headers: "Jane Doe <jane@x.com> on 01/24/2001 10:13:44 AM", or a name line over a date line over "To:".
const NOTES_ON = /^\s*\S.{0,80}\son\s\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}/;
const NOTES_COLUMNS = /^\s*\S.*\s{4,}To:\s/;
const NOTES_DATE = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM)?\s*$/i;

/** Index of the first line that starts quoted or forwarded content, or `lines.length` when there is none. */
export function quoteStart(lines: string[], from = 0): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (QUOTED.test(line)) {
      // A single quoted line inside the text is a citation; two in a row start the quote.
      if (QUOTED.test(lines[i + 1] ?? '') || i === lines.length - 1 || !lines[i + 1]?.trim()) return i;
      continue;
    }
    if (/^\s*(from|von|van)\s*:/i.test(line)) {
      // A header block needs a second header line nearby (To:, Sent:, Subject:, Date:) to count.
      const near = lines.slice(i + 1, i + 7).join('\n');
      if (/^\s*(to|an|aan|sent|gesendet|verzonden|date|datum|subject|betreff|onderwerp|cc)\s*:/im.test(near) || /\d{1,2}\/\d{1,2}\/\d{2,4}/.test(line)) return i;
      continue;
    }
    // Lotus Notes also lays a header out in columns: the sender's name over "<address>    To: …".
    if (line.trim() && NOTES_COLUMNS.test(lines[i + 1] ?? '')) return i;
    if (NOTES_ON.test(line) || (line.trim() && line.length < 100 && NOTES_DATE.test(lines[i + 1] ?? '') && /^\s*to\s*:/im.test(lines.slice(i + 2, i + 5).join('\n')))) return i;
    if (BOUNDARY.some((re) => re.test(line.trim()))) {
      if (/^_{10,}/.test(line.trim()) && !/^\s*(from|to|sent|subject)\s*:/im.test(lines.slice(i + 1, i + 4).join('\n'))) continue;
      if (/@/.test(line) && /\//.test(line) && !/^\s*\d{2}\/\d{2}\/\d{4}/.test((lines[i + 1] ?? '').trim())) continue;
      return i;
    }
  }
  return lines.length;
}

const HEADER_LINE = /^\s*(from|to|cc|bcc|sent|date|subject|von|an|gesendet|datum|betreff|van|aan|verzonden|onderwerp|kopie)\s*:/i;

/** Lines of a quote header (From:/To:/Subject:…, "X wrote:", separators) at the start of a quoted block. */
function headerLength(lines: string[]): number {
  let i = 1;
  while (i < lines.length && i < 12) {
    const l = lines[i]!;
    if (HEADER_LINE.test(l) || !l.trim() || /^\s{2,}\S/.test(l) && i < 3 || /^-{3,}|^_{5,}/.test(l.trim())) i++;
    else break;
  }
  return i;
}

/** The blocks of a thread: the newest message first, then each quoted or forwarded one (quote markers removed). */
export function splitThread(text: string, maxBlocks = 20): string[][] {
  let lines = text.replace(/\r\n?/g, '\n').split('\n').slice(0, 5000);
  const blocks: string[][] = [];
  let quoted = false;
  while (lines.length && blocks.length < maxBlocks) {
    const skip = blocks.length && !quoted ? headerLength(lines) : 0;
    const end = quoteStart(lines, skip);
    blocks.push(lines.slice(skip, end));
    let rest = lines.slice(end);
    if (!rest.length) break;
    quoted = QUOTED.test(rest[0]!);
    if (quoted) rest = rest.map((l) => l.replace(/^\s*>\s?/, ''));
    lines = rest;
  }
  return blocks;
}
