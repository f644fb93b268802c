import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const messages = (lang: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
const config = readFileSync(resolve(import.meta.dirname, '../wxt.config.ts'), 'utf8');

describe("the browser's own strings (manifest, context menu, notifications)", () => {
  it('exist in English, German and Dutch with the same keys, every one translated', () => {
    const en = messages('en');
    for (const lang of ['de', 'nl']) {
      const other = messages(lang);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) expect(other[key]!.message, `${lang}.${key}`).not.toBe(en[key]!.message);
    }
  });

  it('cover every __MSG_…__ the manifest uses (a missing one shows as raw text in the browser)', () => {
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(messages('en'), key).toHaveProperty(key);
  });
});
