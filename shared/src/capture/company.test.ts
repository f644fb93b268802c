import { describe, expect, it } from 'vitest';
import { extractCandidates } from './extract.ts';
import { copyrightHolder, legalNameLine, pickCompany, titleParts } from './company.ts';
import { dom } from './test-dom.ts';

describe('company from the page title and copyright line', () => {
  it.each([
    ['Harbor Bakery: About Us', ['Harbor Bakery']],
    ['Contact Us Nordwind', ['Nordwind']],
    ['Kontakt | Bäckerei Kramer', ['Bäckerei Kramer']],
    ['Welkom bij Van Dijk Installaties', ['Van Dijk Installaties']],
    ['The Official Website of Lakeside Zoo - Contact Us', ['Lakeside Zoo']],
    ['Roof Repair and Gutter Cleaning at Summit Roofing Co', ['Summit Roofing Co']],
    ['Lakeside Pets Contact Details', ['Lakeside Pets']],
    ['About Harbor Bakery', ['Harbor Bakery']],
    ['Testimonials | Harbor Bakery', ['Harbor Bakery']],
  ])('%s → %j', (title, parts) => {
    expect(titleParts(title)).toEqual(parts);
  });

  it.each([
    ['© Copyright 2019 - Lakeside Zoo', 'Lakeside Zoo'],
    ['© Copyright ACME', 'ACME'],
    ['Copyright © 2013 Miller Law Firm LLC - Injury Lawyer in Austin', 'Miller Law Firm LLC'],
    ['© Copyright 2014', undefined],
    ['Northwind Traders Inc. © 2015 Privacy Policy', 'Northwind Traders Inc.'],
    ['© 2015 Privacy Policy', undefined],
  ])('%s → %s', (line, holder) => {
    expect(copyrightHolder(line)).toBe(holder);
  });

  it('takes the site name of a "Site - Contact Us" title', () => {
    const doc = dom('<html><head><title>Lakeside Roofing - Contact Us</title></head><body><p>Call 303-555-0123</p></body></html>');
    expect(extractCandidates(doc, 'https://lakeside.example/contact').candidates[0]).toMatchObject({ kind: 'organization', company: 'Lakeside Roofing' });
  });

  it('takes the copyright holder over a page title the text keeps repeating', () => {
    const html = '<html><head><title>Denver Roofing</title></head><body><p>Denver Roofing since 1990.</p><p>Denver Roofing repairs.</p><p>Denver Roofing quotes: 303-555-0123</p><p>© 2020 Summit Roofing LLC</p></body></html>';
    expect(extractCandidates(dom(html), 'https://summit.example/').candidates[0]).toMatchObject({ company: 'Summit Roofing LLC' });
  });

  it('splits a tagline off the logo text', () => {
    const html = '<html><head><title>Contact Us | Miller Law Firm LLC</title></head><body><img class="logo" src="/m.png" alt="Miller Law Firm LLC - Injury Lawyers in Austin"><p>Call 303-555-0123</p></body></html>';
    expect(extractCandidates(dom(html), 'https://miller.example/contact').candidates[0]).toMatchObject({ company: 'Miller Law Firm LLC' });
  });

  it('does not let a slogan containing the name outvote the name', () => {
    expect(pickCompany([{ name: 'Harbor Bakery', weight: 1.5 }, { name: 'Fresh bread every morning from Harbor Bakery in Portland', weight: 1.2 }])).toBe('Harbor Bakery');
    expect(pickCompany([{ name: 'Alinea', weight: 1 }, { name: 'Alinea Restaurant', weight: 0.8 }])).toBe('Alinea Restaurant');
    expect(legalNameLine('Welcome to Harbor Bakery LLC')).toBe('Harbor Bakery LLC');
  });
});
