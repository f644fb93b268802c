import { describe, expect, it } from 'vitest';
import { findPhones } from './phones.ts';

describe('findPhones', () => {
  it.each([
    ['Tel: 080-2345-6789', ['080-2345-6789']],
    ['Phone: 555-0123-4567', ['555-0123-4567']],
    ['Booking ref 123-4567-8901 confirmed', []],
    ['Call 212-555-0188', ['212-555-0188']],
    ['Tel. +43 662 4000-0', ['+43 662 4000-0']],
    ['Phone (703) 555 - 0147', ['(703) 555 - 0147']],
    ['Boston, MA 02284-1003', []],
  ])('%s', (line, raws) => {
    expect(findPhones(line, 'US').map((p) => p.raw)).toEqual(raws);
  });

  it.each([
    ['Ph (03) 9443 6444', 'AU', '+61394436444'],
    ['Tel. (0191) 276 3261', 'GB', '+441912763261'],
    ['Telefon (030) 1234567', 'DE', '+49301234567'],
    ['T (020) 123 4567', 'NL', '+31201234567'],
  ] as const)('%s: an area code in brackets (%s)', (line, region, e164) => {
    expect(findPhones(line, region).map((p) => p.value)).toEqual([e164]);
  });
});
