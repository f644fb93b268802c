import { describe, expect, it } from 'vitest';
import { newLeads, newLeadsPerMonth } from './new-leads.ts';
import { periodOf } from './period.ts';
import { at, person } from './test-fixtures.ts';

const lead = (kind: 'web' | 'email' | 'import' | 'manual' | 'selection', captured: string, deleted = false) =>
  person({ source: { kind, capturedAt: at(captured) }, ...(deleted ? { deletedAt: at('2026-03-01') } : {}) });

/** docs/metrics.md, "New leads by source". */
const people = [
  lead('web', '2026-01-05'),
  lead('web', '2026-01-20'),
  lead('email', '2026-01-31T23:59'),
  lead('import', '2026-02-01'),
  lead('web', '2026-02-14'),
  lead('manual', '2026-02-15', true),
  lead('web', '2025-12-31T23:59'),
];

describe('new leads worked example', () => {
  it('counts leads captured in the period by source, leaving out deleted people', () => {
    expect(newLeads(people, periodOf('2026-Q1'))).toEqual({
      total: 5,
      bySource: { web: 3, selection: 0, email: 1, import: 1, manual: 0 },
    });
  });

  it('splits them per UTC month, including months without leads', () => {
    const months = newLeadsPerMonth(people, periodOf('2026-Q1'));
    expect(months.map((m) => [m.month, m.total, m.bySource.web])).toEqual([
      ['2026-01', 3, 2],
      ['2026-02', 2, 1],
      ['2026-03', 0, 0],
    ]);
  });
});
