export type Locale = 'en' | 'de' | 'nl';

/** The best supported locale for a BCP 47 tag such as `de-AT` or `nl-BE`. Apart so the boot script can use it. */
export function pickLocale(tag: string | undefined): Locale {
  const base = (tag ?? 'en').toLowerCase().split('-')[0];
  return base === 'de' || base === 'nl' ? base : 'en';
}
