import { describe, expect, it } from 'vitest';
import { legalNameLine } from './company.ts';

describe('legalNameLine', () => {
  it.each([
    ['Kaffeerösterei Sonnenberg GmbH', 'Kaffeerösterei Sonnenberg GmbH'],
    ['Dijkstra Bouw B.V.', 'Dijkstra Bouw B.V.'],
    ['Müller & Söhne GmbH & Co. KG', 'Müller & Söhne GmbH & Co. KG'],
    ['Acme Widgets Ltd.', 'Acme Widgets Ltd.'],
    ['we are a GmbH', undefined],
    ['Call us today to learn how Acme Inc. can help your business grow and prosper for years', undefined],
  ])('%s → %s', (line, expected) => {
    expect(legalNameLine(line)).toBe(expected);
  });
});
