import { describe, expect, it } from 'vitest';
import { suggestMapping } from './mapping.ts';

describe('suggestMapping', () => {
  it.each([
    ['E-Mail', 'person.email'],
    ['E-Mail-Adresse', 'person.email'],
    ['E-mailadres', 'person.email'],
    ['Email 2', 'person.email'],
    ['Geschäftliche E-Mail', 'person.email'],
    ['Firma', 'person.company'],
    ['Bedrijf', 'person.company'],
    ['Company Name', 'person.company'],
    ['Telefoon', 'person.phone'],
    ['Telefon (mobil)', 'person.phone'],
    ['Handy', 'person.phone'],
    ['Company phone', 'person.phone'],
    ['Wert', 'deal.value'],
    ['Bedrag', 'deal.value'],
    ['Deal value', 'deal.value'],
    ['Vorname', 'person.givenName'],
    ['Achternaam', 'person.familyName'],
    ['Last Name', 'person.familyName'],
    ['Job Title', 'person.title'],
    ['Functie', 'person.title'],
    ['Straße', 'person.street'],
    ['PLZ', 'person.postcode'],
    ['Woonplaats', 'person.locality'],
    ['Land', 'person.country'],
    ['Verkaufschance', 'deal.title'],
    ['Phase', 'deal.stage'],
    ['Währung', 'deal.currency'],
    ['Wahrscheinlichkeit (%)', 'deal.probability'],
    ['Abschlussdatum', 'deal.expectedCloseAt'],
    ['Expected close', 'deal.expectedCloseAt'],
    ['Notes', undefined],
    ['Owner', undefined],
    ['Created at', 'deal.createdAt'],
    ['Closed at', 'deal.closedAt'],
    ['Verlustgrund', 'deal.lostReason'],
  ])('%j → %s', (header, field) => {
    expect(suggestMapping([header])[header]).toBe(field);
  });

  it('gives a single-valued field to its first column only, a multi-valued one to all', () => {
    expect(suggestMapping(['Name', 'Naam', 'Telefon', 'Mobil', 'Firma'])).toEqual({
      Name: 'person.name',
      Telefon: 'person.phone',
      Mobil: 'person.phone',
      Firma: 'person.company',
    });
  });
});
