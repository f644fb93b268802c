import { describe, expect, it } from 'vitest';
import { at, person } from '../metrics/test-fixtures.ts';
import { escapeVCardText, foldLine, peopleToVCards, personToVCard } from './vcard.ts';

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('escapeVCardText', () => {
  it.each([
    ['Müller, Söhne; Co.', 'Müller\\, Söhne\\; Co.'],
    ['C:\\temp', 'C:\\\\temp'],
    ['line one\r\nline two\nthree', 'line one\\nline two\\nthree'],
  ])('%j → %j', (input, output) => {
    expect(escapeVCardText(input)).toBe(output);
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a continuation', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps every physical line within 75 octets without splitting a character', () => {
    const folded = foldLine(`NOTE:${'Grüße aus Köln 🎉 '.repeat(20)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(utf8(line)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.includes('\uFFFD')).toBe(false);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`NOTE:${'Grüße aus Köln 🎉 '.repeat(20)}`);
  });
});

describe('personToVCard', () => {
  it('writes a vCard 4.0 with escaped values', () => {
    const p = person({
      name: 'Anna Muster',
      givenName: 'Anna',
      familyName: 'Muster',
      title: 'Geschäftsführerin, Vertrieb',
      companyName: 'Muster; Söhne GmbH',
      emails: ['anna@muster.de'],
      phones: ['+49 30 1234567'],
      urls: ['https://muster.de/a,b'],
      address: { street: 'Hauptstraße 1', postcode: '10115', locality: 'Berlin', country: 'Deutschland' },
      tags: ['messe, 2026', 'vip'],
      updatedAt: at('2026-03-10T12:30'),
    });
    expect(personToVCard(p).split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      `UID:urn:uuid:${p.id}`,
      'FN:Anna Muster',
      'N:Muster;Anna;;;',
      'TITLE:Geschäftsführerin\\, Vertrieb',
      'ORG:Muster\\; Söhne GmbH',
      'EMAIL:anna@muster.de',
      'TEL:+49 30 1234567',
      'URL:https://muster.de/a,b',
      'ADR:;;Hauptstraße 1;Berlin;;10115;Deutschland',
      'CATEGORIES:messe\\, 2026,vip',
      'REV:20260310T123000Z',
      'END:VCARD',
      '',
    ]);
  });

  it('writes an address typed as one line as the label of an empty structured address', () => {
    expect(personToVCard(person({ name: 'Jan', address: { full: 'Keizersgracht 1, 1015 CJ Amsterdam' } }))).toContain('ADR;LABEL="Keizersgracht 1, 1015 CJ Amsterdam":;;;;;;');
  });

  it('writes only what is known', () => {
    expect(personToVCard(person({ name: 'Jan' })).split('\r\n')).toHaveLength(7);
  });

  it('concatenates cards and skips deleted people', () => {
    const file = peopleToVCards([person({ name: 'A' }), person({ name: 'B', deletedAt: 1 }), person({ name: 'C' })]);
    expect(file.match(/^FN:.*$/gm)).toEqual(['FN:A', 'FN:C']);
  });
});
