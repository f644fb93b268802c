import { describe, expect, it } from 'vitest';
import { at, pipeline } from '../metrics/test-fixtures.ts';
import { importRows, type ImportOptions } from './import-rows.ts';
import { suggestMapping } from './mapping.ts';
import { parseCsv } from './parse-csv.ts';

const now = at('2026-03-10');
const options: ImportOptions = { now, pipeline, locale: 'de' };

function importCsv(csv: string, opts: Partial<ImportOptions> = {}) {
  const parsed = parseCsv(csv);
  return importRows(parsed.rows, suggestMapping(parsed.headers), { ...options, ...opts });
}

describe('importRows', () => {
  it("keeps a won or lost deal's history from another CRM: created and closed dates, lost reason", () => {
    const result = importCsv(
      ['Name;Deal;Value;Stage;Created at;Closed at;Lost reason', 'Anna;Alpha;1.000;Won;2026-01-05;2026-02-20;', 'Ben;Beta;2.000;Lost;2026-01-10;2026-03-01;Price', 'Cleo;Gamma;3.000;Lost;2026-02-10;2026-01-01;'].join('\n'),
      { pipeline: { ...pipeline, stages: pipeline.stages.map((s) => (s.kind === 'won' ? { ...s, name: 'Won' } : s.kind === 'lost' ? { ...s, name: 'Lost' } : s)) } },
    );
    expect(result.deals.map((d) => [d.title, d.status, d.createdAt, d.closedAt, d.lostReason, d.stageHistory[0]!.enteredAt])).toEqual([
      ['Alpha', 'won', at('2026-01-05'), at('2026-02-20'), undefined, at('2026-02-20')],
      ['Beta', 'lost', at('2026-01-10'), at('2026-03-01'), 'Price', at('2026-03-01')],
    ]);
    expect(result.rejected).toEqual([expect.objectContaining({ row: 4, code: 'invalidDate' })]);
  });

  it('refuses a row whose unquoted delimiter shifted its cells, instead of importing values under the wrong headers', () => {
    const result = importCsv(['Name,Company,Email', 'Anna Berg,Acme, Inc,anna@acme.de', 'Ben Vos,Vos BV,ben@vos.nl,'].join('\n'));
    expect(result.rejected).toEqual([expect.objectContaining({ row: 2, code: 'extraCells', value: 'anna@acme.de' })]);
    // A trailing delimiter leaves only blank cells over: that row is whole.
    expect(result.people.map((p) => [p.name, p.emails])).toEqual([['Ben Vos', ['ben@vos.nl']]]);
  });

  it('imports a German spreadsheet of leads with deals', () => {
    const result = importCsv(
      [
        'Vorname;Nachname;Firma;E-Mail;Telefon;Mobil;Wert;Phase;Abschlussdatum;Webseite',
        'Anna;Muster;Muster GmbH;Anna@Muster.de;+49 30 1234567;+49 171 555;1.234,56 €;Angebot;31.03.2026;www.muster.de',
        'Jan;Jansen;;jan@example.nl;;;;;;',
      ].join('\n'),
      { pipeline: { ...pipeline, stages: pipeline.stages.map((s) => (s.id === 'proposal' ? { ...s, name: 'Angebot' } : s)) } },
    );
    expect(result.rejected).toEqual([]);
    expect(result.people.map((p) => [p.name, p.companyName, p.emails, p.phones, p.urls])).toEqual([
      ['Anna Muster', 'Muster GmbH', ['anna@muster.de'], ['+49 30 1234567', '+49 171 555'], ['https://www.muster.de/']],
      ['Jan Jansen', undefined, ['jan@example.nl'], [], []],
    ]);
    expect(result.people[0]?.source).toEqual({ kind: 'import', capturedAt: now });
    expect(result.deals).toHaveLength(1);
    expect(result.deals[0]).toMatchObject({
      title: 'Muster GmbH',
      personId: result.people[0]!.id,
      value: 1234.56,
      currency: 'EUR',
      stageId: 'proposal',
      status: 'open',
      expectedCloseAt: at('2026-03-31'),
    });
  });

  it.each([
    ['Name,Email\nAnna,anna@', 'invalidEmail', 'Row 2: “anna@” in “Email” is not an email address.'],
    ['Firma,Phone\nAcme,123', 'missingName', 'Row 2 has no name: map a name, first and last name, or email column.'],
    ['Name,Value\nAnna,12.5k', 'invalidAmount', 'Row 2: “12.5k” in “Value” is not an amount.'],
    ['Name,Value\nAnna,-5', 'invalidAmount', 'Row 2: “-5” in “Value” is negative.'],
    ['Name,Stage\nAnna,Maybe', 'unknownStage', 'Row 2: “Maybe” in “Stage” is not a stage of Sales.'],
    ['Name,Probability\nAnna,150%', 'invalidProbability', 'Row 2: “150%” in “Probability” is not a probability.'],
    ['Name,Close date\nAnna,31.02.2026', 'invalidDate', 'Row 2: “31.02.2026” in “Close date” is not a date.'],
    ['Name,Currency\nAnna,Taler', 'unknownCurrency', 'Row 2: “Taler” in “Currency” is not a currency.'],
    ['Name,Value,Currency\nAnna,$5,EUR', 'currencyMismatch', 'Row 2: “$5” in “Value” is not in EUR.'],
    ['Name,Website\nAnna,not a site', 'invalidUrl', 'Row 2: “not a site” in “Website” is not a web address.'],
  ])('rejects %j as %s with a clear reason', (csv, code, message) => {
    const result = importCsv(csv);
    expect(result.people).toEqual([]);
    expect(result.rejected).toEqual([expect.objectContaining({ row: 2, code, message })]);
  });

  it('needs the file’s language for an amount that reads two ways', () => {
    expect(importCsv('Name,Value\nAnna,1.234', { locale: undefined }).rejected[0]?.code).toBe('ambiguousAmount');
    expect(importCsv('Name,Value\nAnna,1.234', { locale: 'en' }).deals[0]?.value).toBe(1.234);
    expect(importCsv('Name,Value\nAnna,1.234', { locale: 'de' }).deals[0]?.value).toBe(1234);
  });

  it('rejects a second row with the same email and says which row had it', () => {
    const result = importCsv('Name,Email\nAnna,anna@x.de\n\nAnna M.,ANNA@x.de; a2@x.de\n');
    expect(result.people).toHaveLength(1);
    expect(result.rejected).toEqual([
      { row: 4, code: 'duplicateEmail', message: 'Row 4: anna@x.de was already imported from row 2.' },
    ]);
  });

  it('keeps going after a bad row and reports schema limits as invalid', () => {
    const result = importCsv(`Name,Email\n${'x'.repeat(201)},a@b.de\nBob,bob@b.de`);
    expect(result.people.map((p) => p.name)).toEqual(['Bob']);
    expect(result.rejected[0]).toMatchObject({ row: 2, code: 'invalid' });
  });

  it('takes a won stage as a won deal and reads probabilities in any notation', () => {
    const result = importCsv('Name,Stage,Probability\nA,Closed won,\nB,demo,60 %\nC,demo,"0,25"\nD,demo,0.9');
    expect(result.deals.map((d) => [d.status, d.probability])).toEqual([
      ['won', undefined],
      ['open', 0.6],
      ['open', 0.25],
      ['open', 0.9],
    ]);
    expect(result.deals[0]?.closedAt).toBe(now);
  });

  it('falls back to the email as name and skips rows with nothing mapped', () => {
    const result = importCsv('Email,Notes\nsolo@x.de,hi\n,only notes\n');
    expect(result.people.map((p) => p.name)).toEqual(['solo@x.de']);
    expect(result.rejected).toEqual([]);
  });
});
