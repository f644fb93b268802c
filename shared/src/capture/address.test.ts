import { describe, expect, it } from 'vitest';
import { findAddresses } from './address.ts';

describe('findAddresses', () => {
  it.each([
    [['4410 Harbor Road', 'Port Ellis, FL'], [{ street: '4410 Harbor Road', locality: 'Port Ellis', region: 'FL' }]],
    [['Suite 3, 18 Ridge Parkway, Clearwater, MN, USA'], [{ street: '18 Ridge Parkway', locality: 'Clearwater', region: 'MN', country: 'USA' }]],
    [['12 minutes from the border crossing at Lynden, WA'], []],
    [['We ship to Austin, TX'], []],
    [['1400 Smith Street', 'Houston, TX 77002'], [{ street: '1400 Smith Street', locality: 'Houston', region: 'TX', postcode: '77002' }]],
  ])('%j', (lines, addresses) => {
    expect(findAddresses(lines).map((a) => a.address)).toEqual(addresses);
  });
});
