import type { SourceKind } from '../model/common.ts';
import type { Person } from '../model/person.ts';
import { inPeriod, monthKey, monthsOf, type Period } from './period.ts';

/** Leads captured in a period, by how they came in. */
export interface NewLeads {
  total: number;
  bySource: Record<SourceKind, number>;
}

const none = (): NewLeads => ({ total: 0, bySource: { web: 0, selection: 0, email: 0, import: 0, manual: 0 } });

/** New leads in the period by `source.kind`, counted at `source.capturedAt`; deleted people do not count. */
export function newLeads(people: readonly Person[], period: Period): NewLeads {
  const out = none();
  for (const p of people) {
    if (p.deletedAt !== undefined || !inPeriod(p.source.capturedAt, period)) continue;
    out.total++;
    out.bySource[p.source.kind]++;
  }
  return out;
}

/** New leads per UTC month of a month-aligned period, oldest first. */
export function newLeadsPerMonth(people: readonly Person[], period: Period): ({ month: string } & NewLeads)[] {
  const months = new Map(monthsOf(period).map((m) => [m, none()]));
  for (const p of people) {
    if (p.deletedAt !== undefined || !inPeriod(p.source.capturedAt, period)) continue;
    const m = months.get(monthKey(p.source.capturedAt))!;
    m.total++;
    m.bySource[p.source.kind]++;
  }
  return [...months].map(([month, leads]) => ({ month, ...leads }));
}
