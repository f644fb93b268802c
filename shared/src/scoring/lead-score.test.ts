import { describe, expect, it } from 'vitest';
import { CompanySchema } from '../model/company.ts';
import { at, nextId, person } from '../metrics/test-fixtures.ts';
import { leadScore } from './lead-score.ts';
import { activity } from './test-activities.ts';

const now = at('2026-03-10');

describe('leadScore', () => {
  it('scores an engaged, qualified decision maker high and says why', () => {
    const lead = person({
      title: 'Geschäftsführerin',
      companyName: 'Muster GmbH',
      emails: ['anna@muster.de'],
      phones: ['+49 30 1234567'],
      qualification: { budget: true, authority: true, need: true, timeline: false },
    });
    const log = [activity('call', '2026-02-20'), activity('email', '2026-03-01'), activity('meeting', '2026-03-07')];
    expect(leadScore(lead, log, now)).toEqual({
      score: 30 + 15 + 5 + 5 + 5 + 6 + 15,
      explanation: [
        { key: 'bant', points: 30, criteria: ['budget', 'authority', 'need'] },
        { key: 'seniority', points: 15, level: 'executive' },
        { key: 'recentActivity', points: 15, days: 3 },
        { key: 'activities', points: 6, count: 3 },
        { key: 'company', points: 5 },
        { key: 'email', points: 5 },
        { key: 'phone', points: 5 },
      ],
    });
  });

  it('scores a bare name from a web page 0 with no reasons', () => {
    expect(leadScore(person(), [], now)).toEqual({ score: 0, explanation: [] });
  });

  it.each([
    ['2026-03-03', 15],
    ['2026-02-10', 8],
    ['2025-12-20', 3],
    ['2025-10-01', 0],
  ])('rewards a last activity on %s with %i recency points', (when, points) => {
    const recency = leadScore(person(), [activity('note', when)], now).explanation.find((r) => r.key === 'recentActivity');
    expect(recency?.points ?? 0).toBe(points);
  });

  it('caps activity points at five activities and ignores deleted, revised and planned ones', () => {
    const first = activity('call', '2026-01-05');
    const log = [
      ...Array.from({ length: 7 }, () => activity('email', '2026-01-10')),
      first,
      activity('call', '2026-01-06', { revises: first.id }),
      activity('note', '2026-01-07', { deletedAt: at('2026-01-08') }),
      activity('task', '2026-01-07', { dueAt: at('2026-04-01') }),
    ];
    expect(leadScore(person(), log, now).explanation.find((r) => r.key === 'activities')).toEqual({ key: 'activities', points: 10, count: 8 });
  });

  it('gives company details points only for a company with a website and a way to reach it', () => {
    const company = CompanySchema.parse({ id: nextId(), createdAt: 0, updatedAt: 0, name: 'Acme BV', website: 'https://acme.nl', phone: '+31 20 123 4567' });
    const keys = leadScore(person({ companyId: company.id }), [], now, company).explanation.map((r) => r.key);
    expect(keys).toEqual(['company', 'companyDetails']);
    const bare = { ...company, website: undefined };
    expect(leadScore(person({ companyId: company.id }), [], now, bare).score).toBe(5);
  });

  it('never exceeds 100', () => {
    const lead = person({
      title: 'CEO',
      companyName: 'X',
      emails: ['a@x.io'],
      phones: ['1'],
      qualification: { budget: true, authority: true, need: true, timeline: true },
    });
    const company = CompanySchema.parse({ id: nextId(), createdAt: 0, updatedAt: 0, name: 'X', domain: 'x.io', phone: '1' });
    const log = Array.from({ length: 9 }, () => activity('meeting', '2026-03-09'));
    expect(leadScore(lead, log, now, company).score).toBe(100);
  });
});
