import { describe, expect, it } from 'vitest';
import { at, person } from '../metrics/test-fixtures.ts';
import { deadLeadReasons, deadLeadSuggestions } from './dead-leads.ts';
import { activity } from './test-activities.ts';

const now = at('2026-03-10');
const lead = person({ source: { kind: 'web', capturedAt: at('2026-01-01') } });

describe('deadLeadReasons', () => {
  it.each([
    ['three unanswered follow-ups', ['call', 'email', 'call'], [{ key: 'noAnswer', followUps: 3 }]],
    ['two unanswered follow-ups', ['call', 'email'], []],
    ['a note is no follow-up', ['call', 'note', 'email'], []],
  ] as const)('%s', (_, kinds, reasons) => {
    const log = kinds.map((kind, i) => activity(kind, `2026-03-0${i + 1}`));
    expect(deadLeadReasons(lead, log, now)).toEqual(reasons);
  });

  it('counts follow-ups only since the lead last answered', () => {
    const log = [
      activity('email', '2026-02-01'),
      activity('email', '2026-02-02'),
      activity('email', '2026-02-03', { direction: 'in' }),
      activity('call', '2026-03-01'),
      activity('email', '2026-03-02'),
    ];
    expect(deadLeadReasons(lead, log, now)).toEqual([]);
    expect(deadLeadReasons(lead, log, now, { maxUnansweredFollowUps: 2 })).toEqual([{ key: 'noAnswer', followUps: 2 }]);
  });

  it('takes a meeting as an answer', () => {
    const log = ['call', 'call', 'call', 'meeting'].map((k, i) => activity(k as 'call', `2026-03-0${i + 1}`));
    expect(deadLeadReasons(lead, log, now)).toEqual([]);
  });

  it('suggests pruning a lead untouched for 30 days, counted from capture when nothing was logged', () => {
    expect(deadLeadReasons(lead, [activity('call', '2026-02-08', { direction: 'in' })], now)).toEqual([{ key: 'inactive', days: 30 }]);
    expect(deadLeadReasons(lead, [activity('call', '2026-02-09', { direction: 'in' })], now)).toEqual([]);
    expect(deadLeadReasons(lead, [], now, { maxIdleDays: 90 })).toEqual([]);
    expect(deadLeadReasons(lead, [], now)).toEqual([{ key: 'inactive', days: 68 }]);
  });

  it('does not call a lead idle while a task for it is still due', () => {
    expect(deadLeadReasons(lead, [activity('task', '2026-01-02', { dueAt: at('2026-03-20') })], now)).toEqual([]);
    expect(deadLeadReasons(lead, [activity('task', '2026-01-02', { dueAt: at('2026-03-01') })], now)).toHaveLength(1);
  });

  it('gives both reasons when both apply', () => {
    const log = ['call', 'email', 'email'].map((k, i) => activity(k as 'call', `2026-01-0${i + 1}`));
    expect(deadLeadReasons(lead, log, now).map((r) => r.key)).toEqual(['noAnswer', 'inactive']);
  });
});

describe('deadLeadSuggestions', () => {
  it('matches activities to people and skips the living and the deleted', () => {
    const active = person({ source: { kind: 'web', capturedAt: at('2026-01-01') } });
    const gone = person({ deletedAt: at('2026-02-01') });
    const suggestions = deadLeadSuggestions([lead, active, gone], [activity('meeting', '2026-03-05', { personId: active.id })], now);
    expect(suggestions).toEqual([{ personId: lead.id, reasons: [{ key: 'inactive', days: 68 }] }]);
  });
});
