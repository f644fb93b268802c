import { browser } from 'wxt/browser';

/** Keys of public/_locales/<lang>/messages.json that code reads (the manifest reads the others). */
type BrowserTextKey = 'menuClip' | 'followUpDue';

/**
 * A string in the browser's language from public/_locales, for what the browser itself shows (context menu,
 * notifications), where the side panel's own dictionaries do not reach. WXT types getMessage for its own
 * locales folder only, hence the cast.
 */
export const browserText = (key: BrowserTextKey, fallback: string): string => (browser.i18n.getMessage as (name: string) => string)(key) || fallback;
