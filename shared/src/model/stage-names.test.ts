import { describe, expect, it } from 'vitest';
import { stageDisplayName } from './stage-names.ts';

describe('stageDisplayName', () => {
  it("shows a default stage in the reader's language, whichever language created it", () => {
    expect(stageDisplayName({ id: 'proposal', name: 'Angebot & Verhandlung' }, 'nl')).toBe('Offerte & onderhandeling');
    expect(stageDisplayName({ id: 'won', name: 'Gewonnen' }, 'en')).toBe('Closed won');
    expect(stageDisplayName({ id: 'lead', name: 'Lead generation' }, 'de')).toBe('Lead-Generierung');
  });

  it('keeps the name a team gave a stage, and any stage that is not a default one', () => {
    expect(stageDisplayName({ id: 'proposal', name: 'Offer sent' }, 'de')).toBe('Offer sent');
    expect(stageDisplayName({ id: 'st-7', name: 'Lead generation' }, 'de')).toBe('Lead generation');
  });
});
