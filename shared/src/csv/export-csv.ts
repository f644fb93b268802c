import type { Company } from '../model/company.ts';
import type { Deal } from '../model/deal.ts';
import type { Person } from '../model/person.ts';
import type { Pipeline } from '../model/pipeline.ts';
import { toCsv, type CsvCell, type CsvWriteOptions } from './csv-writer.ts';

/** Lookups to show names instead of ids; each is optional. */
export interface ExportContext {
  companies?: readonly Company[];
  people?: readonly Person[];
  pipelines?: readonly Pipeline[];
}

const isoDate = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 10));
const isoTime = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const list = (values: readonly string[]) => values.join('; ');

/** Column headers chosen so that {@link suggestMapping} maps them back on import. */
export const PEOPLE_COLUMNS = [
  'Name', 'First name', 'Last name', 'Title', 'Company', 'Email', 'Phone', 'Website', 'Street', 'Postcode',
  'City', 'Region', 'Country', 'Tags', 'Budget', 'Authority', 'Need', 'Timeline', 'Score', 'Source',
  'Source page', 'Captured at',
] as const;

/** People as CSV, one row each, deleted ones left out; several emails or phones share a cell, "; "-separated. */
export function peopleToCsv(people: readonly Person[], context: ExportContext = {}, options?: CsvWriteOptions): string {
  const companies = new Map(context.companies?.map((c) => [c.id, c.name]));
  const rows = people
    .filter((p) => p.deletedAt === undefined)
    .map((p): CsvCell[] => [
      p.name, p.givenName, p.familyName, p.title, p.companyName ?? (p.companyId && companies.get(p.companyId)),
      list(p.emails), list(p.phones), list(p.urls), p.address?.street, p.address?.postcode, p.address?.locality,
      p.address?.region, p.address?.country, list(p.tags), p.qualification.budget, p.qualification.authority,
      p.qualification.need, p.qualification.timeline, p.score, p.source.kind, p.source.url, isoTime(p.source.capturedAt),
    ]);
  return toCsv(PEOPLE_COLUMNS, rows, options);
}

export const DEAL_COLUMNS = [
  'Deal', 'Value', 'Currency', 'Stage', 'Status', 'Probability', 'Expected close', 'Closed at', 'Person',
  'Company', 'Lost reason', 'Tags', 'Created at',
] as const;

/**
 * Deals as CSV, deleted ones left out. Probability is the effective one (the deal's own, else its stage's);
 * stage, person and company show by name when the context has them.
 */
export function dealsToCsv(deals: readonly Deal[], context: ExportContext = {}, options?: CsvWriteOptions): string {
  const pipelines = new Map(context.pipelines?.map((p) => [p.id, p]));
  const people = new Map(context.people?.map((p) => [p.id, p]));
  const companies = new Map(context.companies?.map((c) => [c.id, c.name]));
  const rows = deals
    .filter((d) => d.deletedAt === undefined)
    .map((d): CsvCell[] => {
      const stage = pipelines.get(d.pipelineId)?.stages.find((s) => s.id === d.stageId);
      const person = d.personId ? people.get(d.personId) : undefined;
      return [
        d.title, d.value, d.currency, stage?.name ?? d.stageId, d.status, d.probability ?? stage?.probability,
        isoDate(d.expectedCloseAt), isoDate(d.closedAt), person?.name,
        (d.companyId && companies.get(d.companyId)) || person?.companyName, d.lostReason, list(d.tags), isoTime(d.createdAt),
      ];
    });
  return toCsv(DEAL_COLUMNS, rows, options);
}
