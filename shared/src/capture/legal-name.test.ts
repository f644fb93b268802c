import { describe, expect, it } from 'vitest';
import { legalNameLine } from './company.ts';

describe('legalNameLine', () => {
  it.each([
    ['Kaffeerösterei Sonnenberg GmbH', 'Kaffeerösterei Sonnenberg GmbH'],
    ['Dijkstra Bouw B.V.', 'Dijkstra Bouw B.V.'],
    ['Müller & Söhne GmbH & Co. KG', 'Müller & Söhne GmbH & Co. KG'],
    ['Acme Widgets Ltd.', 'Acme Widgets Ltd.'],
    // Every legal form passes the cheap end-of-line pre-check, with or without its period or trailing punctuation.
    ['Bakkerij Jansen Holding N.V.', 'Bakkerij Jansen Holding N.V.'],
    ['Schreinerei Huber UG (haftungsbeschränkt)', 'Schreinerei Huber UG (haftungsbeschränkt)'],
    ['Blumen Meier e. K.', 'Blumen Meier e. K.'],
    ['Harbour Freight Services Ltd', 'Harbour Freight Services Ltd'],
    ['Harbour Freight Services Limited', 'Harbour Freight Services Limited'],
    ['Northwind Traders Corp', 'Northwind Traders Corp'],
    ['Northwind Traders Inc', 'Northwind Traders Inc'],
    ['Contoso Lighting plc', 'Contoso Lighting plc'],
    ['Fabrikam Software LLC |', 'Fabrikam Software LLC'],
    ['we are a GmbH', undefined],
    ['Call us today to learn how Acme Inc. can help your business grow and prosper for years', undefined],
  ])('%s → %s', (line, expected) => {
    expect(legalNameLine(line)).toBe(expected);
  });
});
