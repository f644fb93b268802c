/** "Nov 2026" or "Q4 2026" in the rep's language, from a period key (`2026-11`, `2026-Q4`). */
export function periodLabel(key: string, locale: string): string {
  const [year, part] = key.split('-') as [string, string];
  if (part.startsWith('Q')) return `${part} ${year}`;
  return new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(Date.UTC(Number(year), Number(part) - 1, 1));
}
