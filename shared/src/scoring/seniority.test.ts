import { describe, expect, it } from 'vitest';
import { seniorityOf } from './seniority.ts';

describe('seniorityOf', () => {
  it.each([
    ['CEO', 'executive'],
    ['Co-Founder & CTO', 'executive'],
    ['Chief Revenue Officer', 'executive'],
    ['President', 'executive'],
    ['Managing Director EMEA', 'executive'],
    ['Geschäftsführer', 'executive'],
    ['Geschaeftsfuehrerin', 'executive'],
    ['GESCHÄFTSFÜHRENDER GESELLSCHAFTER', 'executive'],
    ['Inhaberin', 'executive'],
    ['Vorstandsvorsitzender', 'executive'],
    ['Directeur', 'executive'],
    ['Algemeen directeur', 'executive'],
    ['Eigenaar', 'executive'],
    ['Mede-oprichter', 'executive'],
    ['Vice President Sales', 'director'],
    ['SVP Marketing', 'director'],
    ['Sales Director', 'director'],
    ['Head of Procurement', 'director'],
    ['Vertriebsleiter', 'director'],
    ['Leiterin Einkauf', 'director'],
    ['Abteilungsleiter IT', 'director'],
    ['Hoofd inkoop', 'director'],
    ['Key Account Manager', 'manager'],
    ['Teamleiter Support', 'manager'],
    ['Projektleiterin', 'manager'],
    ['Teamleider klantenservice', 'manager'],
    ['Software Engineer', null],
    ['Sachbearbeiterin', null],
    ['Medewerker verkoop', null],
    ['Director of Cocoa', 'director'],
    [undefined, null],
  ])('%j reads as %s', (title, level) => {
    expect(seniorityOf(title)).toBe(level);
  });
});
