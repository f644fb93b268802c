import type { Candidate } from '@pipeclip/shared/capture';
import { describe, expect, it } from 'vitest';
import { draftFromCandidate, draftProblem, personFromDraft } from './from-candidate.ts';

const candidate: Candidate = {
  kind: 'person', name: 'Anna Muster', givenName: 'Anna', familyName: 'Muster', company: 'Muster GmbH', emails: ['anna@muster.de'], phones: [], urls: [],
  address: { street: 'Hauptstraße 1', postcode: '10115', locality: 'Berlin', country: 'Deutschland' }, confidence: 0.9, sources: {},
};
const source = { kind: 'web' as const, url: 'https://muster.de/team' };

describe('personFromDraft', () => {
  it('keeps the structure the engine found when the rep saves the form as it was', () => {
    const person = personFromDraft(draftFromCandidate(candidate), source, 1, candidate);
    expect(person.data).toMatchObject({
      name: 'Anna Muster', givenName: 'Anna', familyName: 'Muster',
      address: { street: 'Hauptstraße 1', postcode: '10115', locality: 'Berlin', country: 'Deutschland', full: 'Hauptstraße 1, 10115 Berlin, Deutschland' },
    });
  });

  it('takes what the rep rewrote as written, without the parts of the old value', () => {
    const draft = { ...draftFromCandidate(candidate), name: 'Anna Schmidt', address: 'Marktplatz 3, 80331 München' };
    const person = personFromDraft(draft, source, 1, candidate).data!;
    expect(person.address).toEqual({ full: 'Marktplatz 3, 80331 München' });
    expect(person.givenName).toBeUndefined();
  });

  it('names the value at fault in the words of the form, not of the schema', () => {
    const draft = { ...draftFromCandidate(candidate), emails: 'anna@muster.de, anna(at)muster.de' };
    const parsed = personFromDraft(draft, source, 1, candidate);
    expect(parsed.success).toBe(false);
    expect(draftProblem(draft, parsed.error!.issues[0]!)).toEqual({ field: 'emails', value: 'anna(at)muster.de' });
    const nameless = personFromDraft({ ...draft, name: '', emails: '' }, source, 1);
    expect(draftProblem(draft, nameless.error!.issues[0]!)).toEqual({ field: 'name' });
  });
});
