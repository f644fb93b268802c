import { describe, expect, it } from 'vitest';
import { toE164 } from './phone-e164.ts';

describe('toE164', () => {
  it.each([
    ['(312) 867-0110', 'US', '+13128670110'],
    ['1-800-555-1234', 'US', '+18005551234'],
    ['011 49 30 1234567', 'US', '+49301234567'],
    ['030 1234567', 'DE', '+49301234567'],
    ['+44 20 7946 0958', 'US', '+442079460958'],
    ['020 123 4567', 'NL', '+31201234567'],
    ['06 1234 5678', 'IT', '+390612345678'],
  ])('%s dialled in %s is %s', (raw, region, e164) => {
    expect(toE164(raw, region)?.number).toBe(e164);
  });

  it('rejects impossible lengths and unknown regions', () => {
    expect(toE164('555-0100', 'US')).toBeUndefined();
    expect(toE164('+1 555', 'US')).toBeUndefined();
    expect(toE164('030 1234567', 'XX')).toBeUndefined();
  });
});
