import type { Pipeline, Stage } from '../model/pipeline.ts';
import { parseNumber } from './amount.ts';
import { foldHeader, type ImportField } from './mapping.ts';

/** Undoes the quote our own export puts before a cell that starts like a formula, so exports re-import. */
export function unneutralise(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** The values of a multi-valued cell: emails, links and tags split on ";", "," or line breaks, phones not on ",". */
export function splitList(cell: string, field: ImportField): string[] {
  const separator = field === 'person.phone' ? /[;\n]/ : /[;,\n]/;
  return cell
    .split(separator)
    .map((v) => unneutralise(v.trim()))
    .filter(Boolean);
}

/** A link as people type it ("www.acme.de") made absolute, or undefined if it cannot be one. */
export function normaliseUrl(text: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return /^https?:$/.test(url.protocol) && url.hostname.includes('.') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A win probability written as "60 %", "60", "0,6" or "0.6", as 0..1; undefined if it is not one. */
export function parseProbability(text: string, locale?: string): number | undefined {
  const percent = /%\s*$/.test(text);
  const n = parseNumber(text.replace(/%\s*$/, '').trim(), locale ?? 'en');
  if (typeof n !== 'number') return undefined;
  const p = percent || n > 1 ? n / 100 : n;
  return p >= 0 && p <= 1 ? p : undefined;
}

/** The pipeline stage a cell names, by id or by name, ignoring case, accents and punctuation. */
export function findStage(pipeline: Pipeline, text: string): Stage | undefined {
  const folded = foldHeader(text);
  return stageNames(pipeline).find(([names]) => names.includes(folded))?.[1];
}

const folded = new WeakMap<Pipeline, [string[], Stage][]>();
/** Each stage's folded id and name, worked out once per pipeline object (an import looks a stage up per row). */
function stageNames(pipeline: Pipeline): [string[], Stage][] {
  let names = folded.get(pipeline);
  if (!names) folded.set(pipeline, (names = pipeline.stages.map((s) => [[foldHeader(s.id), foldHeader(s.name)], s])));
  return names;
}
