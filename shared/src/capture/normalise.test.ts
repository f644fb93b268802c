import { describe, expect, it } from 'vitest';
import { canonicalUrl, companyFromEmail, defaultRegion, normaliseEmail, normalisePhone } from './normalise.ts';
import { cleanName, looksLikeName, splitName } from './names.ts';

describe('normalisation', () => {
  it.each([
    ['(312) 867-0110', 'US', '+13128670110'],
    ['030 / 123 456 78', 'DE', '+493012345678'],
    ['+31 (0)20 123 4567', 'US', '+31201234567'],
    ['0191 276 3261', 'GB', '+441912763261'],
    ['713-853-3848 x239', 'US', '+17138533848;ext=239'],
    ['303.333.PAUL', 'US', '+13033337285'],
  ] as const)('phone %s (%s) → %s', (raw, region, e164) => expect(normalisePhone(raw, region)).toBe(e164));

  it.each([
    ['mailto:Jane.Doe@Example.COM?subject=hi', 'jane.doe@example.com'],
    ['not an address', undefined],
  ])('email %s', (raw, out) => expect(normaliseEmail(raw)).toBe(out));

  it('removes tracking parameters and fragments from URLs', () => {
    expect(canonicalUrl('https://WWW.Example.com/p?utm_source=x&id=3&fbclid=y&gclid=z#top')).toBe('https://www.example.com/p?id=3');
  });

  it('guesses a company from the e-mail domain, never from free-mail', () => {
    expect(companyFromEmail('jane@acme-labs.co.uk')).toBe('Acme Labs');
    expect(companyFromEmail('jane@gmail.com')).toBeUndefined();
  });

  it.each([
    ['https://firma.de/impressum', null, 'DE'],
    ['https://example.com/', 'nl-NL', 'NL'],
    ['', null, 'US'],
    ['http://127.0.0.1/contact', 'en-GB', 'GB'],
    ['https://example.com/', 'en-AU', 'AU'],
    ['https://example.org/', 'de-AT', 'AT'],
  ] as const)('default region of %s (%s)', (url, lang, region) => expect(defaultRegion(url, lang)).toBe(region));

  it.each([
    ['Dr. Jane Q. Doe, Ph.D.', 'Jane Q. Doe'],
    ['Doe, Jane', 'Jane Doe'],
    ['Herr Max Mustermann', 'Max Mustermann'],
    ['From Capt. Chuck Eichner', 'Chuck Eichner'],
    ['Rev. Dr. Ann Baker', 'Ann Baker'],
  ])('name %s → %s', (raw, name) => expect(cleanName(raw)).toBe(name));

  it('keeps particles with the family name', () => {
    expect(splitName('Michiel de Jong')).toEqual({ givenName: 'Michiel', familyName: 'de Jong' });
  });

  it.each([
    ['Heidi Steele', true],
    ['Contact Us', false],
    ['Houston, Texas 77002', false],
    // "for" before a name (a caption's dedication) makes no name ("by" is a byline: cleanName drops it).
    ['Pour Michel Vuilermoz', false],
    ['Für Anna Schmidt', false],
    ['Voor Jan de Vries', false],
    ['Door Jan de Vries', true],
    // A collection or an archive named after someone is not them.
    ['Ronnie Barker Collection', false],
  ])('looksLikeName(%s)', (s, yes) => expect(looksLikeName(s)).toBe(yes));
});
