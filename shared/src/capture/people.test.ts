import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { looksLikeName } from './names.ts';
import { looksLikeTitle } from './titles.ts';

const line = (text: string, tag = 'P') => ({ text, block: { nodeName: tag, tagName: tag, children: [] } as unknown as Element });
const people = (...texts: string[]) => findPeople(texts.map((t) => line(t))).map((c) => [c.name, c.title]);

describe('people in page text', () => {
  it.each([
    ['Sales Manager', true],
    ['Head of Sales', true],
    ['Geschäftsführer', true],
    ['Projectleider', true],
    ['Contributor', true],
    ['General Counsel', true],
    ['Vice-President', true],
    ['Support', false],
    ['Executive Team', false],
    ['Technical Support Online', false],
    ['Engage Support Teams', false],
    ['President and', false],
    ['Sr. Legal Specialist', true],
    ['Senior Geologist', true],
    ['Chief Statistician', true],
    ['Call Joe. Then ask for the manager', false],
  ])('a page line %s is a job title: %s', (text, expected) => {
    expect(looksLikeTitle(text, true)).toBe(expected);
  });

  it('does not pair menu entries as a person and a title', () => {
    expect(people('Case Studies', 'Support', 'Sell Used Hardware', 'Executive Team')).toEqual([]);
  });

  it('drops the employer after a title and reads the title before a testimonial', () => {
    expect(people('Lisa Brandt', 'CEO, Northwind Traders')).toEqual([['Lisa Brandt', 'CEO']]);
    expect(people('Karl Jansen', 'Associate Director, Harbor Architects "We loved working with the team on our new offices."')).toEqual([['Karl Jansen', 'Associate Director']]);
    expect(people('— Peter Hansen, Founder')).toEqual([['Peter Hansen', 'Founder']]);
    expect(people('Karen Holt', 'Owner/Broker - Lakeview Realty')).toEqual([['Karen Holt', 'Owner/Broker']]);
  });

  it('reads a German or Dutch title that is capitalised like a name under the name', () => {
    expect(people('Anna Schmidt', 'Leiterin Vertrieb', 'Jörg Weber', 'Key Account Manager')).toEqual([
      ['Anna Schmidt', 'Leiterin Vertrieb'],
      ['Jörg Weber', 'Key Account Manager'],
    ]);
    expect(people('Psychologist Perth', 'Psychotherapist Perth')).toEqual([]);
  });

  it('splits a name run into its title, the department word going with the title', () => {
    expect(people('Kathy Roddy Tutor', 'Heather Madden-Yehlin Hygiene Coordinator/DA', 'Mary Kay Kawelaske Scheduling Coordinator')).toEqual([
      ['Kathy Roddy', 'Tutor'],
      ['Heather Madden-Yehlin', 'Hygiene Coordinator/DA'],
      ['Mary Kay Kawelaske', 'Scheduling Coordinator'],
    ]);
  });

  it('reads the title a bio under a name gives', () => {
    expect(people('Nora Kane', 'Nora Kane is a broker associate with Prairie Land Company. She grew up on a farm near Salina.')).toEqual([['Nora Kane', 'broker associate']]);
    expect(people('Bill Rodgers', 'Bill Rodgers is a ranch owner and broker associate who understands a deal.')).toEqual([['Bill Rodgers', 'ranch owner and broker associate']]);
    expect(people('Dale Voss', 'Dale Voss has been the Director of Marketing for Prairie Land Company since 2009.')).toEqual([['Dale Voss', 'Director of Marketing']]);
    expect(people('Rod Hale', 'Lead Carpenter: Rod Hale has been with the company for nine years and builds most of our decks.')).toEqual([['Rod Hale', 'Lead Carpenter']]);
  });

  it('splits a title off a name line, whether or not a dash separates them', () => {
    expect(people('Susan Marsh Bookkeeper')).toEqual([['Susan Marsh', 'Bookkeeper']]);
    expect(people('Gary Lind- Estimator')).toEqual([['Gary Lind', 'Estimator']]);
  });

  it('reads a name under its role in a table of details', () => {
    expect(people('Published', '12/03/2021', 'Contributor', 'Elena Ruiz')).toEqual([['Elena Ruiz', 'Contributor']]);
  });

  it("reads a testimonial signed on a line of its own, with the signer's company when the line names one", () => {
    const signed = (...texts: string[]) => findPeople(texts.map((t) => line(t))).map((c) => [c.name, c.company]);
    expect(signed('Stops the leaks for good.', '- Aubrey Brand - Brand Plumbing & Mechanical LLC', 'Read More...')).toEqual([['Aubrey Brand', 'Brand Plumbing & Mechanical LLC']]);
    expect(signed('Good for gas lines too.', '- William Fuson - Smithville, Tennessee')).toEqual([['William Fuson', undefined]]);
    expect(signed('Schnell und zuverlässig.', '— Karin Vogel, Vogel Dachbau GmbH')).toEqual([['Karin Vogel', 'Vogel Dachbau GmbH']]);
    expect(signed('- Read more - Testimonials')).toEqual([]);
  });

  it('reads the author who signs a quotation at its end (a testimonial)', () => {
    expect(people('“They fixed our roof in a day and left the yard spotless.” - Karen Holt')).toEqual([['Karen Holt', undefined]]);
    expect(people('“Quick, friendly and fair.” — Read more reviews')).toEqual([]);
  });

  it('takes no corporation or bakery for a person', () => {
    expect(looksLikeName('Lumetra Corporation')).toBe(false);
    expect(looksLikeName('Riverside Bakery')).toBe(false);
    expect(looksLikeName('Laura Corwin')).toBe(true);
  });

  it('takes no CMS account or venue for a person', () => {
    expect(people('Super User', 'Owen Park Theatre')).toEqual([]);
  });

  it('takes no partner venue, festival or page section listed among the staff for a person', () => {
    expect(people('Clara Berg', 'Programme Director', 'Riverside Symphony Orchestra', 'Harbour Film Festival', 'Dean Stadium', 'Housing Section', 'Frequently Asked Questions')).toEqual([
      ['Clara Berg', 'Programme Director'],
    ]);
  });

  it('reads people named with their role in prose when the page lists nobody (en/de/nl)', () => {
    expect(people('Our company was started in 1990. President Mary Olsen is a licensed contractor with over 20 years of experience.')).toEqual([['Mary Olsen', 'President']]);
    expect(people('Die Firma wurde 1998 gegründet. Geschäftsführer Thomas Brandt leitet das Unternehmen seit über zwanzig Jahren.')).toEqual([['Thomas Brandt', 'Geschäftsführer']]);
    expect(people('Ons bedrijf bestaat sinds 1985 en is een familiebedrijf. Eigenaar Willem de Vries is zelf ook installateur.')).toEqual([['Willem de Vries', 'Eigenaar']]);
    expect(people('We handle injury claims across the state. Personal injury attorney J. Mark Palmer has won many awards for his clients.')).toEqual([['J. Mark Palmer', 'Attorney']]);
    expect(people('Our listings cover the whole valley. Ruth Keller is an independent broker serving Summit County since 2004.')).toEqual([['Ruth Keller', 'Broker']]);
  });
});
