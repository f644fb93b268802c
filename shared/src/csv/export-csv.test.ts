import { describe, expect, it } from 'vitest';
import { at, deal, person, pipeline } from '../metrics/test-fixtures.ts';
import { dealsToCsv, peopleToCsv } from './export-csv.ts';
import { importRows } from './import-rows.ts';
import { suggestMapping } from './mapping.ts';
import { parseCsv } from './parse-csv.ts';

const anna = person({
  name: 'Anna Muster',
  title: '=Geschäftsführerin',
  companyName: 'Muster GmbH',
  emails: ['anna@muster.de', 'a.muster@muster.de'],
  phones: ['+49 30 1234567'],
  urls: ['https://muster.de/'],
  address: { street: 'Hauptstraße 1', postcode: '10115', locality: 'Berlin', country: 'Deutschland' },
  tags: ['messe', '2026'],
});

describe('peopleToCsv', () => {
  it('writes people with formula-looking cells neutralised and deleted people left out', () => {
    const csv = peopleToCsv([anna, person({ name: 'Gone', deletedAt: at('2026-02-01') })]);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`Anna Muster,,,'=Geschäftsführerin,Muster GmbH,anna@muster.de; a.muster@muster.de,'+49 30 1234567,`);
  });

  it('round-trips through the importer with the suggested mapping', () => {
    const parsed = parseCsv(peopleToCsv([anna]));
    const result = importRows(parsed.rows, suggestMapping(parsed.headers), { now: 0, pipeline });
    expect(result.rejected).toEqual([]);
    const back = result.people[0]!;
    expect([back.name, back.title, back.companyName, back.emails, back.phones, back.urls, back.address, back.tags]).toEqual([
      anna.name, anna.title, anna.companyName, anna.emails, anna.phones, anna.urls, anna.address, anna.tags,
    ]);
    expect(result.deals).toEqual([]);
  });
});

describe('dealsToCsv', () => {
  const d = deal({
    title: 'Muster rollout',
    personId: anna.id,
    stageId: 'proposal',
    value: 12_500.5,
    expectedCloseAt: at('2026-04-30'),
    createdAt: at('2026-01-15'),
  });

  it('shows stage, person and company by name and the effective probability', () => {
    const csv = dealsToCsv([d], { pipelines: [pipeline], people: [anna] }, { bom: false });
    expect(csv.split('\r\n')[1]).toBe(
      'Muster rollout,12500.5,EUR,Proposal & negotiation,open,0.6,2026-04-30,,Anna Muster,Muster GmbH,,,2026-01-15T00:00:00.000Z',
    );
  });

  it('round-trips value, stage, probability and close date through the importer', () => {
    const parsed = parseCsv(dealsToCsv([d], { pipelines: [pipeline], people: [anna] }));
    const result = importRows(parsed.rows, suggestMapping(parsed.headers), { now: 0, pipeline, locale: 'en' });
    expect(result.rejected).toEqual([]);
    expect(result.deals[0]).toMatchObject({ title: 'Muster rollout', value: 12_500.5, stageId: 'proposal', probability: 0.6, expectedCloseAt: at('2026-04-30') });
    expect(result.people[0]).toMatchObject({ name: 'Anna Muster', companyName: 'Muster GmbH' });
  });
});
