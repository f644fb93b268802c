import { describe, expect, it } from 'vitest';
import { unlimited } from './budget.ts';
import { parseMicroformats } from './mf2.ts';
import { dom } from './test-dom.ts';

const rootsOf = (html: string) => {
  const doc = dom(html);
  return parseMicroformats(doc, doc, 'https://example.com/', unlimited).map((i) => [i.type.join(' '), i.properties['name']?.[0] ?? i.properties['locality']?.[0]]);
};

describe('parseMicroformats roots', () => {
  it.each([
    ['v2 and classic roots in document order', '<div class="vcard"><span class="fn">Anna de Vries</span></div><p class="h-card">Jan Jansen</p><div class="adr"><span class="locality">Köln</span></div>', [['h-card', 'Anna de Vries'], ['h-card', 'Jan Jansen'], ['h-adr', 'Köln']]],
    ['class lists with tabs and newlines before h-*', '<div class="x\th-card">Max Muster</div><div class="y\nh-card">Eva Meier</div>', [['h-card', 'Max Muster'], ['h-card', 'Eva Meier']]],
    ['look-alike classes are no roots', '<div class="search-box flash-h-card">Jane Doe</div><div class="vcards">John Doe</div>', []],
    ['a nested card is not a second root', '<div class="h-card"><span class="p-name">Jane Doe</span><div class="p-org h-card">Acme</div></div>', [['h-card', 'Jane Doe']]],
  ])('%s', (_label, html, expected) => {
    expect(rootsOf(html)).toEqual(expected);
  });
});
