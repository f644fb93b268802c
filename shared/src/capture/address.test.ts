import { describe, expect, it } from 'vitest';
import { findAddresses, repeatsAddress } from './address.ts';

describe('findAddresses', () => {
  it.each([
    [['4410 Harbor Road', 'Port Ellis, FL'], [{ street: '4410 Harbor Road', locality: 'Port Ellis', region: 'FL' }]],
    [['Suite 3, 18 Ridge Parkway, Clearwater, MN, USA'], [{ street: '18 Ridge Parkway', locality: 'Clearwater', region: 'MN', country: 'USA' }]],
    [['12 minutes from the border crossing at Lynden, WA'], []],
    [['We ship to Austin, TX'], []],
    [['267 Pine Street, Springfield, IL 62701 USA 1.877.555.0100'], [{ street: '267 Pine Street', locality: 'Springfield', region: 'IL', postcode: '62701', country: 'USA' }]],
    [['2211 Orchard Mill Road', 'Fenton MO'], [{ street: '2211 Orchard Mill Road', locality: 'Fenton', region: 'MO' }]],
    [['411 Commerce Pkwy', 'Suite 12 Concord ON L4K 0A8'], [{ street: '411 Commerce Pkwy Suite 12', locality: 'Concord', region: 'ON', postcode: 'L4K 0A8' }]],
    [['600 17th Street', 'Suite 2800 South', 'Denver, CO 80202'], [{ street: '600 17th Street, Suite 2800 South', locality: 'Denver', region: 'CO', postcode: '80202' }]],
    [['Lakeside Tools Inc. 87 West Mill Road Brookfield IN 46142'], [{ street: '87 West Mill Road', locality: 'Brookfield', region: 'IN', postcode: '46142' }]],
    [['1400 Smith Street', 'Houston, TX 77002'], [{ street: '1400 Smith Street', locality: 'Houston', region: 'TX', postcode: '77002' }]],
    [['5 Catoctin Circle SE Leesburg, VA 20175'], [{ street: '5 Catoctin Circle SE', locality: 'Leesburg', region: 'VA', postcode: '20175' }]],
    [['Chapel Hill, NC 27514'], [{ locality: 'Chapel Hill', region: 'NC', postcode: '27514' }]],
    // French conventions (France, Belgium, Luxembourg): the kind of street first, a country letter before the postcode.
    [["Main address: 38 avenue de l'Opéra, F-75002 Paris, France"], [{ street: "38 avenue de l'Opéra", locality: 'Paris', postcode: '75002', country: 'France' }]],
    [['Rue de la Loi 16, 1000 Bruxelles'], [{ street: 'Rue de la Loi 16', locality: 'Bruxelles', postcode: '1000' }]],
    [['Chaussée de Waterloo 250', 'B-1060 Bruxelles'], [{ street: 'Chaussée de Waterloo 250', locality: 'Bruxelles', postcode: '1060' }]],
    [['12 rue Saint-Honoré', '75001 Paris'], [{ street: '12 rue Saint-Honoré', locality: 'Paris', postcode: '75001' }]],
    [['Hauptstraße 5', 'D-10115 Berlin'], [{ street: 'Hauptstraße 5', locality: 'Berlin', postcode: '10115' }]],
    // British and Canadian addresses with the postcode on a line of its own, under the town (and province).
    [['PO Box 306', 'Newcastle upon Tyne', 'NE6 5ZH', 'United Kingdom'], [{ street: 'PO Box 306', locality: 'Newcastle upon Tyne', postcode: 'NE6 5ZH', country: 'United Kingdom' }]],
    [['8765 Cariboo Place', 'Burnaby , British Columbia', 'V3N 4T2'], [{ street: '8765 Cariboo Place', locality: 'Burnaby', region: 'British Columbia', postcode: 'V3N 4T2' }]],
    [['Opening hours', 'Monday to Friday', 'NE6 5ZH'], []],
    // Australian: town, state, four-digit postcode; a level before the street.
    [['493 Charles Street North Perth WA 6006'], [{ street: '493 Charles Street', locality: 'North Perth', region: 'WA', postcode: '6006' }]],
    [['Level 2, 15 Queen Street', 'Melbourne VIC 3000'], [{ street: 'Level 2, 15 Queen Street', locality: 'Melbourne', region: 'VIC', postcode: '3000' }]],
    // British: a unit's number before the street's name, an estate before the town, a county after it, "of" and "upon" in the town.
    [['Unit 29 Malmesbury Road Kingsditch Trading Estate Cheltenham Gloucestershire GL51 9PL'], [{ street: 'Unit 29 Malmesbury Road Kingsditch Trading Estate', locality: 'Cheltenham', region: 'Gloucestershire', postcode: 'GL51 9PL' }]],
    [['3 Charlotte Road, City of London, EC2A 3PE, UK'], [{ street: '3 Charlotte Road', locality: 'City of London', postcode: 'EC2A 3PE', country: 'UK' }]],
    [['Flat 2, 10 Quay Road', 'Newcastle upon Tyne NE1 3DX'], [{ street: 'Flat 2, 10 Quay Road', locality: 'Newcastle upon Tyne', postcode: 'NE1 3DX' }]],
    [['Unit 42, Land of Bargains Shopping Paradise, 12 Highway 101 , Boston , MA, USA'], [{ street: 'Unit 42, Land of Bargains Shopping Paradise, 12 Highway 101', locality: 'Boston', region: 'MA', country: 'USA' }]],
    // A state or province after the town.
    [['Technikerstrasse 21', '6020 Innsbruck Tyrol, Austria'], [{ street: 'Technikerstrasse 21', locality: 'Innsbruck', region: 'Tyrol', postcode: '6020', country: 'Austria' }]],
    [['Stationsplein 8', '5611 AB Eindhoven Noord-Brabant'], [{ street: 'Stationsplein 8', locality: 'Eindhoven', region: 'Noord-Brabant', postcode: '5611 AB' }]],
    [['Hauptstraße 5', '97070 Würzburg'], [{ street: 'Hauptstraße 5', locality: 'Würzburg', postcode: '97070' }]],
    [['The quickest route from the airport takes 20 minutes'], []],
    [['Published 2014 Annual Report'], []],
  ])('%j', (lines, addresses) => {
    expect(findAddresses(lines).map((a) => a.address)).toEqual(addresses);
  });
});

describe('repeatsAddress', () => {
  const known = { street: '3 Charlotte Road', locality: 'City of London', postcode: 'EC2A 3PE', country: 'UK' };
  it.each([
    [{ street: '3 Charlotte Road, City of', locality: 'London', postcode: 'EC2A3PE' }, true],
    [{ street: '3 Charlotte Road Suite 4', locality: 'London', postcode: 'EC2A 3PE' }, false],
    [{ street: '5 Charlotte Road', locality: 'London', postcode: 'EC2A 3PE' }, false],
    [{ street: '3 Charlotte Road', locality: 'London', postcode: 'EC2A 4PE' }, false],
    [{ locality: 'London', postcode: 'EC2A 3PE' }, false],
  ])('%j repeats the markup: %s', (found, repeats) => {
    expect(repeatsAddress(found, known)).toBe(repeats);
  });
  it('takes a suite the markup gives apart (a card’s extended address) as the same address', () => {
    const found = { street: '3 Charlotte Road Suite 4', locality: 'London', postcode: 'EC2A 3PE' };
    expect(repeatsAddress(found, { ...known, full: '3 Charlotte Road, Suite 4, City of London, EC2A 3PE, UK' })).toBe(true);
  });
});
