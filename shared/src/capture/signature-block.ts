// Where a signature sits in one message: a block of short contact lines (phone, e-mail, address) with the name,
// title and company lines just above them, wherever it is in the message (attachments, disclaimers and quoted
// headers may follow it).
import { findAddresses, isStreetLine } from './address.ts';
import { clean } from './clean.ts';

/** Closing phrases in English, German and Dutch ("Best regards", "Mit freundlichen Grüßen", "Met vriendelijke groet"). */
export const SIGN_OFF =
  /^(thanks|thank you|thx|many thanks|thanks again|thanks (?:and|&) regards|cheers|(?:with )?(?:(?:best|kind|kindest|warm|warmest) )?regards|rgds|best|(?:with )?(?:best|warm) wishes|sincerely|sincerely yours|yours sincerely|yours faithfully|yours|yours truly|respectfully yours|all the best|talk soon|take care|respectfully|(?:(?:mit )?(?:freundlichen|besten)|herzliche|sch[öo]ne|freundliche|viele|beste|liebe)? ?gr[üu](?:ß|ss)en?|(?:(?:met )?(?:hartelijke|vriendelijke) )?groet(?:en|jes)?|vr\.? ?gr\.?|lg|mfg|mvg|salut|cordialement|с уважением)(?!\p{L})[\s,.!-]*$/iu;
const PHONE_LIKE = /(?:\+|\(|\b)\d{1,4}\)?[\s.\-/]*\d{2,4}[\s.\-/]+\d{3,4}\b|\b\d{3}[\s.\-/]\d{3}[\s.\-/]\d{4}\b/;
const CONTACT_LABEL = /^(?:tel|phone|ph|fon|telefon|telefoon|fax|telefax|mobile|mobil|mobiel|cell|handy|direct(?: dial)?|office|e-?mail|e:mail|web|www|url|home ?page|t|f|m|e|p|w)\b\s*[.:]/i;
const EMAIL_LIKE = /[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+/;
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+/i;
const SENTENCE = /\p{Ll}{3,}[.!?]\s+\p{Lu}\p{Ll}/u;
const PROSE = /\b(?:i|we|you|he|she|they|it|is|are|was|were|will|would|could|should|has|have|had|can|please|let|my|our|your|this|that|these|there|here|if|but|not|just|did|don't|i'm|we're|thank|thanks|know|need|want|think|hope|attached|see|call|send|sent)\b/i;
const ATTACHMENT = /^(?:-\s+\S.*\.\w{2,4}|<<.*>>|\(see attached file:.*|\S.*\.(?:doc|docx|xls|xlsx|pdf|ppt|pptx|zip|txt|rtf|jpg|gif)\s*)$/i;
const DELIMITER = /^(?:\p{L}\s)?(?:--\s?|[_=*~#-]{3,}\s*|—)$/u;
// Quoted-header lines ("To: …", "cc:", "Subject:") and Lotus Notes date lines belong to the thread, not to a signature.
const HEADER = /^(?:from|to|cc|bcc|sent|date|subject|von|an|gesendet|datum|betreff|van|aan|verzonden|onderwerp)\s*:|\b\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}/i;
const NOISE = /^(?:[?\s>]*|\*+|(?:sent from my|get your free|do you yahoo|join the world|send free|http:\/\/promo)\b.*)$/i;

/** A short line that could be part of a signature (no sentence, no prose words unless it carries contact data). */
function sigLike(line: string, contact: boolean): boolean {
  if (!line || line.length > 80) return false;
  if (contact) return true;
  if (/[!?:,;]$/.test(line) || SIGN_OFF.test(line)) return false;
  if (/\.$/.test(line) && !/\b(?:inc|corp|co|ltd|llc|l\.l\.c|jr|sr|st|s\.w|n\.w|n\.e|s\.e|ave|p\.c|p\.a|n\.a|s\.a|b\.v|n\.v|dept|div|bros|intl|assoc|mgmt|svcs|\p{Lu})\.$/iu.test(line)) return false;
  // "i.A. Julia Becker" (German: signing on the company's behalf) is a name line, not the pronoun "I".
  return !SENTENCE.test(line) && !PROSE.test(line.replace(/\b(?:attorney|counsel)\b|^(?:i\.\s?[av]\.|ppa\.)/gi, ''));
}

/** An attachment line of a mail client (" - report.doc", "<<Invite.doc>>", "(See attached file: …)"). */
export const isAttachment = (line: string) => ATTACHMENT.test(line.trim());

/** Does this line carry contact data (a phone number, an e-mail, a URL, a labelled field or an address part)? */
export function isContactLine(line: string): boolean {
  if (!line || line.length > 120) return false;
  return PHONE_LIKE.test(line) || EMAIL_LIKE.test(line) || URL_LIKE.test(line) || CONTACT_LABEL.test(line) || isStreetLine(line) || findAddresses([line]).length > 0;
}

export interface SignatureBlock {
  /** Index of the first line of the block. */
  start: number;
  end: number;
  lines: string[];
}

/**
 * Blocks of contact lines and the short lines right above them (name, title, company), bottom-most last. A block
 * needs at least one contact line; at most six head lines are taken above the first one, and one blank line may
 * separate parts of a block.
 */
export function contactBlocks(raw: string[]): SignatureBlock[] {
  const lines = raw.map((l) => clean(l.replace(/\?{2,}|(?<=:)\?|^\?+/g, ' '), 300).replace(/^[>\s]+/, ''));
  const contact = lines.map((l) => (ATTACHMENT.test(l) || HEADER.test(l) ? false : isContactLine(l)));
  const ok = lines.map((l, i) => !ATTACHMENT.test(l) && !HEADER.test(l) && !DELIMITER.test(l) && !NOISE.test(l) && sigLike(l, contact[i]!));
  const blocks: SignatureBlock[] = [];
  // One blank line may separate parts of a block (sparse signatures put one between every line); two end it.
  const gap = (j: number, step: number) => lines[j] === '' && lines[j + step] !== '' && ok[j + step] === true;
  let i = 0;
  while (i < lines.length) {
    if (!contact[i] || !ok[i]) {
      i++;
      continue;
    }
    let end = i;
    for (let j = i + 1; j < lines.length && j - i < 24; j++) {
      if (ok[j]) end = j;
      else if (!gap(j, 1)) break;
    }
    let start = i;
    for (let j = i - 1, head = 0; j >= 0 && head < 8; j--) {
      if (ok[j]) (start = j), head++;
      else if (!gap(j, -1)) break;
    }
    const last = blocks.at(-1);
    if (last && start <= last.end + 2) {
      last.end = end;
      last.lines = lines.slice(last.start, end + 1).filter(Boolean);
    } else blocks.push({ start, end, lines: lines.slice(start, end + 1).filter(Boolean) });
    i = end + 1;
  }
  return blocks;
}
