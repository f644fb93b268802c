import { describe, expect, it } from 'vitest';
import { extractCandidates } from './extract.ts';
import { extractHCards } from './h-card.ts';
import { mergeCandidates } from './merge.ts';
import { dom } from './test-dom.ts';

const cards = (html: string) => {
  const doc = dom(html);
  return mergeCandidates(extractHCards(doc, doc, 'https://example.com/')).map((c) => [c.name, c.title, c.company, c.address?.street]);
};

describe('extractHCards', () => {
  it.each([
    [
      'one card, two jobs: each job is a candidate of its own',
      '<div class="vcard"><span class="fn">Jan de Vries</span><ul><li><span class="org">Bakkerij Jansen</span> <span class="title">Eigenaar</span></li><li><span class="org">Dorpsraad Oost</span> <span class="title">Voorzitter</span></li></ul></div>',
      [['Jan de Vries', 'Eigenaar', 'Bakkerij Jansen', undefined], ['Jan de Vries', 'Voorzitter', 'Dorpsraad Oost', undefined]],
    ],
    [
      'a second address is offered apart',
      '<div class="h-card"><span class="p-name">Eva Meier</span><p class="p-adr h-adr"><span class="p-street-address">Hauptstraße 5</span></p><p class="p-adr h-adr"><span class="p-street-address">Ringweg 2</span></p></div>',
      [['Eva Meier', undefined, undefined, 'Hauptstraße 5'], [undefined, undefined, undefined, 'Ringweg 2']],
    ],
    [
      'itemref on the card itself pulls in the organisation',
      '<div class="vcard" itemref="acme-org"><span class="fn">Jane Doe</span></div><p id="acme-org" class="org">Acme Widgets</p>',
      [['Jane Doe', undefined, 'Acme Widgets', undefined]],
    ],
    [
      'an organisation card keeps the role of a résumé job',
      '<div class="h-card"><span class="p-name p-org">Stadtwerke Ulm</span> <span class="p-job-title">Projektleiter</span></div>',
      [['Stadtwerke Ulm', 'Projektleiter', 'Stadtwerke Ulm', undefined]],
    ],
  ])('%s', (_label, html, expected) => {
    expect(cards(html)).toEqual(expected);
  });
});

describe('a card’s suite or floor (extended-address)', () => {
  const html = `<title>Contact</title><p class="adr"><span class="street-address">665 3rd St.</span> <span class="extended-address">Suite 207</span>
    <span class="locality">San Francisco</span>, <span class="region">CA</span> <span class="postal-code">94107</span></p>`;

  it('stays in the address as written, and the page text does not offer the same address again', () => {
    const { candidates } = extractCandidates(dom(html), 'https://example.com/contact');
    expect(candidates.map((c) => c.address)).toEqual([
      { street: '665 3rd St.', locality: 'San Francisco', region: 'CA', postcode: '94107', full: '665 3rd St., Suite 207, San Francisco, CA 94107' },
    ]);
  });
});

describe('a card inside another one', () => {
  it('comes after the card it is part of (an emergency contact marked as a classic agent)', () => {
    const html = `<title>About</title><div class="vcard"><span class="fn">John Doe</span> <span class="title">Owner</span>
      <p>In an emergency: <span class="agent vcard"><span class="fn">Dave Doe</span></span></p></div>`;
    expect(extractCandidates(dom(html), 'https://example.com/about').candidates.map((c) => [c.name, c.title])).toEqual([
      ['John Doe', 'Owner'],
      ['Dave Doe', undefined],
    ]);
  });
});

describe("a post's comments", () => {
  const post = `<title>These weeks in Firefox</title><article class="hentry"><address class="vcard"><a class="url fn" href="/author/mconley/">Mike Conley</a></address><p>News.</p></article>`;
  const comments = `<ol id="comment-list" class="comment-list hfeed"><li class="comment hentry"><h4 class="entry-title vcard"><cite class="author fn">Alan Goodale</cite></h4><p>Thanks!</p></li></ol>`;

  it("leaves the readers' cards out beside the author's", () => {
    expect(extractHCards(dom(post + comments), null, 'https://blog.example/').map((c) => c.name)).toEqual(['Mike Conley']);
  });

  it('reads them when they are all the page has', () => {
    expect(extractHCards(dom(comments), null, 'https://blog.example/').map((c) => c.name)).toEqual(['Alan Goodale']);
  });
});

describe('a card named like a business', () => {
  it('is the business, not a person; a card named after a person stays theirs', () => {
    const html = `<div class="vcard"><span class="fn">Balise Collision Repair</span> <span class="tel">(413) 732-8702</span></div>
      <div class="vcard"><span class="fn">Mike Balise</span></div>`;
    expect(extractHCards(dom(html), null, 'https://balise.example/').map((c) => [c.kind, c.name])).toEqual([
      ['organization', 'Balise Collision Repair'],
      ['person', 'Mike Balise'],
    ]);
  });
});
