import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate.ts';
import type { Person } from '../model/person.ts';
import { findDuplicates } from './dedupe.ts';

const person = (over: Partial<Person>): Person => ({
  id: '0190a0b0-0000-7000-8000-000000000001', createdAt: 0, updatedAt: 0, name: 'Jane Doe', emails: [], phones: [], urls: [], tags: [],
  source: { kind: 'web', capturedAt: 0 }, qualification: { budget: false, authority: false, need: false, timeline: false }, shared: false, ...over,
});
const candidate = (over: Partial<Candidate>): Candidate => ({ kind: 'person', emails: [], phones: [], urls: [], confidence: 0.9, sources: {}, ...over });

describe('findDuplicates', () => {
  it.each([
    ['email', candidate({ emails: ['jane@acme.com'] }), person({ emails: ['Jane@Acme.com'] })],
    ['profile-url', candidate({ urls: ['https://www.linkedin.com/in/janedoe/?utm_source=x'] }), person({ urls: ['https://linkedin.com/in/janedoe'] })],
    ['phone', candidate({ phones: ['+13128670110'] }), person({ phones: ['(312) 867-0110'] })],
    ['name-company', candidate({ name: 'Jane Doe', company: 'Acme Inc.' }), person({ name: 'Doe Jane', companyName: 'Acme' })],
  ] as const)('matches by %s', (reason, c, p) => {
    expect(findDuplicates(c, [p])[0]?.reasons).toContain(reason);
  });

  it("does not take a colleague for the person: a shared company site or switchboard number is no match", () => {
    const anna = person({ name: 'Anna Berg', companyName: 'Acme', urls: ['https://www.acme.de/'], phones: ['+49 30 1234567'] });
    const bob = candidate({ name: 'Bob Kranz', company: 'Acme', urls: ['https://acme.de'], phones: ['+49301234567'] });
    expect(findDuplicates(bob, [anna])).toEqual([]);
    // The same number without a name to contradict it still points at Anna.
    expect(findDuplicates(candidate({ phones: ['+49301234567'] }), [anna])[0]?.reasons).toEqual(['phone']);
    // A home page is nobody's profile, even for the same name.
    expect(findDuplicates(candidate({ name: 'Anna Berg', urls: ['https://acme.de/'] }), [anna])).toEqual([]);
  });

  it('does not match a namesake at another company, nor deleted people', () => {
    expect(findDuplicates(candidate({ name: 'Jane Doe', company: 'Other' }), [person({ companyName: 'Acme' })])).toEqual([]);
    expect(findDuplicates(candidate({ emails: ['jane@acme.com'] }), [person({ emails: ['jane@acme.com'], deletedAt: 1 })])).toEqual([]);
  });
});
