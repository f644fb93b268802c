import { describe, expect, it } from 'vitest';
import { extractCandidates } from './extract.ts';
import { extractSelection } from './selection.ts';
import { dom } from './test-dom.ts';

const names = (html: string, url = 'https://example.com/') => extractCandidates(dom(html), url).candidates;

describe('extractCandidates', () => {
  it('reads schema.org JSON-LD, microdata and RDFa alike', () => {
    const jsonld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Jane Doe","jobTitle":"CTO","worksFor":{"@type":"Organization","name":"Acme"},"email":"mailto:jane@acme.com"}</script>`;
    const micro = `<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe</span><span itemprop="jobTitle">CTO</span><a itemprop="email" href="mailto:jane@acme.com">mail</a></div>`;
    const rdfa = `<div vocab="https://schema.org/" typeof="Person"><span property="name">Jane Doe</span><span property="jobTitle">CTO</span></div>`;
    for (const html of [jsonld, micro, rdfa]) {
      const [c] = names(html);
      expect(c).toMatchObject({ kind: 'person', name: 'Jane Doe', title: 'CTO' });
    }
  });

  it('reads JSON-LD that a CMS wrapped in CDATA or an HTML comment', () => {
    const json = '{"@context":"https://schema.org","@type":"NewsArticle","author":[{"@type":"Person","name":"Alexandre Hervaud"},{"@type":"Person","name":"Jérémy Piette"}]}';
    for (const wrapped of [`<![CDATA[ ${json} ]]>`, `//<![CDATA[\n${json}\n//]]>`, `<!-- ${json} -->`]) {
      expect(names(`<script type="application/ld+json">${wrapped}</script>`).map((c) => c.name)).toEqual(['Alexandre Hervaud', 'Jérémy Piette']);
    }
  });

  it("takes a post's author, not its readers' comments, unless the comment is all the markup there is", () => {
    const post = '<article itemscope itemtype="https://schema.org/BlogPosting"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Richard Wallis</span></span></article>';
    const comment = '<div itemscope itemtype="https://schema.org/Comment"><p itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jeff Miller</span></p></div>';
    expect(names(post + comment).map((c) => c.name)).toEqual(['Richard Wallis']);
    expect(names(comment).map((c) => c.name)).toEqual(['Jeff Miller']);
  });

  it('reads who a review is about (the provider of the reviewed service), beside the review’s author', () => {
    const review = `<div itemscope itemtype="https://schema.org/Review"><p itemprop="author" itemscope itemtype="https://schema.org/Person">by <span itemprop="name">Lena Vogt</span></p>
      <div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Service"><span itemprop="name">Express freight Hamburg–Rotterdam</span>
        <div itemprop="provider" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Nordwind Logistik GmbH</span> <span itemprop="telephone">+49 40 123456</span></div></div></div>`;
    expect(names(review).map((c) => [c.kind, c.name])).toEqual([
      ['person', 'Lena Vogt'],
      ['organization', 'Nordwind Logistik GmbH'],
    ]);
  });

  it('offers the people of a page before its branches’ nameless cards (an address and a phone)', () => {
    const html = `<title>Our brokers | Hayden Outdoors</title><h2>Our brokers</h2><p>Dan Brunk</p><p>Director of Marketing</p>
      <div class="vcard"><span class="adr"><span class="street-address">1401 Main Street</span>, <span class="locality">Goodland</span>, <span class="region">KS</span></span> <span class="tel">(866) 741-8323</span></div>`;
    const [first, ...rest] = names(html, 'https://haydenoutdoors.example/brokers');
    expect(first).toMatchObject({ kind: 'person', name: 'Dan Brunk', title: 'Director of Marketing' });
    expect(rest.find((c) => c.address?.locality === 'Goodland')).toMatchObject({ kind: 'organization' });
  });

  it("gives the firm's people its one address, and keeps a client's own company when they sign a testimonial", () => {
    const html = `<title>Contact us | Hartley &amp; Finch Solicitors</title><h1>Contact us</h1><p>Hartley &amp; Finch LLP<br>12 Mill Lane<br>Harrogate<br>HG1 2RS</p>
      <p>Email: enquiries@hartleyfinch.co.uk</p><p>Ms Eleanor Hartley, Senior Partner</p><blockquote>“Clear advice, and quick.”</blockquote><p>— Graham Pollard, Pollard Farms Ltd</p>
      <footer>© 2026 Hartley &amp; Finch LLP. Registered in England and Wales.</footer>`;
    const out = names(html, 'https://hartleyfinch.co.uk/contact');
    expect(out.find((c) => c.name === 'Eleanor Hartley')).toMatchObject({ title: 'Senior Partner', company: 'Hartley & Finch LLP' });
    expect(out.find((c) => c.name === 'Eleanor Hartley')?.address).toMatchObject({ street: '12 Mill Lane', postcode: 'HG1 2RS' });
    expect(out.find((c) => c.name === 'Graham Pollard')).toMatchObject({ company: 'Pollard Farms Ltd' });
    expect(out.find((c) => c.name === 'Graham Pollard')?.address).toBeUndefined();
    expect(out.find((c) => c.kind === 'organization')?.address).toMatchObject({ street: '12 Mill Lane', locality: 'Harrogate', postcode: 'HG1 2RS' });
  });

  it("reads a page's numbers in the country of its address when neither the language nor the domain names one", () => {
    const html = `<html lang="en"><head><title>Contact | Hartley &amp; Finch LLP</title></head><body><p>Hartley &amp; Finch LLP<br>12 Mill Lane<br>Harrogate<br>HG1 2RS</p>
      <p>Tel: (01423) 567 890</p><footer>© 2026 Hartley &amp; Finch LLP</footer></body></html>`;
    expect(names(html, 'https://hartleyfinch.com/contact').find((c) => c.kind === 'organization')?.phones).toEqual(['+441423567890']);
  });

  it("takes no link's address for a name or a company", () => {
    const out = names('<div itemscope itemtype="https://schema.org/Organization"><a itemprop="name" href="/">Acme</a></div>');
    expect(out.some((c) => /^https?:/.test(c.name ?? '') || /^https?:/.test(c.company ?? ''))).toBe(false);
  });

  it('reads classic and mf2 h-cards', () => {
    const [a] = names('<div class="vcard"><span class="fn">Jane Doe</span> <span class="org">Acme</span> <span class="tel">+1 415 555 0100</span></div>');
    expect(a).toMatchObject({ name: 'Jane Doe', company: 'Acme', phones: ['+14155550100'] });
    const [b] = names('<a class="h-card" href="https://jane.example/">Jane Doe</a>');
    expect(b).toMatchObject({ name: 'Jane Doe', urls: ['https://jane.example/'] });
  });

  it("offers a marked-up address once, not again as the page's text reads it, unless the text adds a suite", () => {
    const adr = (street: string) =>
      `<title>Bricklayer's Arms</title><p class="h-adr"><span class="p-name">Bricklayer's Arms</span> <span class="p-street-address">${street}</span>, <span class="p-locality">City of London</span>, <span class="p-postal-code">EC2A 3PE</span>, <span class="p-country-name">UK</span></p><p>3 Charlotte Road, Suite 4, City of London EC2A 3PE</p>`;
    const streets = (html: string) => names(html).flatMap((c) => (c.address?.street ? [c.address.street] : []));
    expect(streets(adr('3 Charlotte Road, Suite 4'))).toEqual(['3 Charlotte Road, Suite 4']);
    expect(streets(adr('3 Charlotte Road'))).toHaveLength(2);
  });

  it('finds nobody on a page that only has a title, but keeps a company its page backs up', () => {
    expect(names('<title>Weather</title><p>Sunny, 21 °C.</p>')).toEqual([]);
    expect(names('<title>Acme Widgets</title><p>Call us: +1 415 555 0100</p><p>© 2024 Acme Widgets</p>')).toEqual([expect.objectContaining({ kind: 'organization', name: 'Acme Widgets' })]);
  });

  it("takes no company from an embedded map's copyright notice", () => {
    const out = names('<html><head><title>Maple Dental</title></head><body><p>Call us: +1 415 555 0100</p><div>Map data ©2024 Google</div></body></html>');
    expect(out).toEqual([expect.objectContaining({ kind: 'organization', name: 'Maple Dental' })]);
  });

  it('reads a copyright sign lost to a wrong charset (U+FFFD before the year), but no other replaced character', () => {
    const out = names('<html><head><title>Contact Us</title></head><body><p>Call us: +1 415 555 0100</p><div>\uFFFD 2012 Harbor Town Council</div></body></html>');
    expect(out).toEqual([expect.objectContaining({ kind: 'organization', name: 'Harbor Town Council' })]);
    const quote = names('<html><head><title>Contact Us</title></head><body><p>Call us: +1 415 555 0100</p><div>You\uFFFDll be glad you called. \uFFFD 2012 Harbor Town Council</div></body></html>');
    expect(quote).toEqual([expect.objectContaining({ kind: 'organization', name: 'Harbor Town Council' })]);
  });

  it('lists several people with their own titles on a team page', () => {
    const out = names('<title>Team | Acme Widgets</title><h3>Jane Doe</h3><p>Chief Executive Officer</p><h3>John Smith</h3><p>Sales Manager</p>');
    expect(out.filter((c) => c.kind === 'person').map((c) => [c.name, c.title])).toEqual([
      ['Jane Doe', 'Chief Executive Officer'],
      ['John Smith', 'Sales Manager'],
    ]);
  });

  it('still reads the team when the only markup is a nameless card (a footer phone)', () => {
    const out = names('<title>Team | Acme</title><h3>Jane Doe</h3><p>Chief Executive Officer</p><div class="vcard"><span class="tel">+1 415 555 0100</span></div>');
    expect(out.filter((c) => c.kind === 'person' && c.name).map((c) => [c.name, c.title])).toEqual([['Jane Doe', 'Chief Executive Officer']]);
  });

  it('takes ALL-CAPS names with a known given name, and no section headings for people', () => {
    const out = names('<title>Team | Acme</title><h3>THOMAS BRANDT</h3><p>General Manager</p><h3>Case Studies</h3><p>Karen Holt</p>');
    expect(out.filter((c) => c.kind === 'person').map((c) => c.name)).toEqual(['Thomas Brandt', 'Karen Holt']);
  });

  it('reads one subject from an untitled fragment: a name heading, its title and employer', () => {
    const [c] = names('<p>Dr. Anna Berg<br>Lecturer<br>Northfield College</p><p>Phone: (425) 555-0147</p>');
    expect(c).toMatchObject({ kind: 'person', name: 'Anna Berg', title: 'Lecturer', company: 'Northfield College', phones: ['+14255550147'] });
    const [architect] = names('<h1>Priya Raman</h1><p>Architect</p><p>Phone: (425) 555-0148</p>');
    expect(architect).toMatchObject({ kind: 'person', name: 'Priya Raman', title: 'Architect' });
    const [park] = names('<h1>Lakeview Springs</h1><div>A water park near Denver.</div>');
    expect(park).toMatchObject({ kind: 'organization', name: 'Lakeview Springs' });
    const [org] = names('<h1>Harbor Lights Bakery</h1><p>Fresh bread every morning.</p><p>Phone: 207-555-0199</p>');
    expect(org).toMatchObject({ kind: 'organization', name: 'Harbor Lights Bakery' });
  });

  it('takes the organisation or maker a fragment names under a heading that is no business', () => {
    const [course] = names('<h2>Astronomy</h2><div><a href="/p/1">Northfield University</a></div><div>Course code: C100</div>');
    expect(course).toMatchObject({ kind: 'organization', name: 'Northfield University' });
    const [run] = names('<h1>Autumn 10K</h1><p>The Autumn 10K is sponsored by Riverside Running Club.</p>');
    expect(run).toMatchObject({ kind: 'organization', name: 'Riverside Running Club' });
    const [art] = names('<h1>Evening Lamp</h1><ul><li>Artist: <a href="https://ann.example/">Ann Meyer</a></li><li>Oil on canvas</li></ul>');
    expect(art).toMatchObject({ kind: 'person', name: 'Ann Meyer', urls: ['https://ann.example/'] });
    const [concert] = names('<h1>Spring Concert</h1><p>May 23, 8 PM</p><p>Program: Mozart, Haydn</p><h3>Performers</h3><div>Lakeside Chamber Orchestra</div>');
    expect(concert).toMatchObject({ kind: 'organization', name: 'Lakeside Chamber Orchestra' });
    const [race] = names('<h1>Harbor 5K</h1><p>The Harbor 5K is organized by Coastal Striders.</p>');
    expect(race).toMatchObject({ kind: 'organization', name: 'Coastal Striders', company: 'Coastal Striders' });
    const [talk] = names('<h1>Tide Pools</h1><p>A walk presented by Laura Wells.</p>');
    expect(talk).toMatchObject({ kind: 'person', name: 'Laura Wells' });
    const [radio] = names('<p><a href="https://lakeside.example/">Lakeside Community Radio</a> has a new sponsor: <a href="https://nw.example/">Northwind</a>.</p>');
    expect(radio).toMatchObject({ kind: 'organization', name: 'Lakeside Community Radio', urls: ['https://lakeside.example/'] });
  });

  it("gives a fragment's subject the contacts before a heading naming another business (a department), not those under it", () => {
    const [shop] = names('<div><h1>Corner Bakery</h1><p>Phone: (207) 555-0181</p></div><div><h2>Harbor Pharmacy</h2><p>A department of Corner Bakery.</p><p>Phone: (207) 555-0182</p></div>');
    expect(shop).toMatchObject({ name: 'Corner Bakery', phones: ['+12075550181'] });
    const [potter] = names('<h1>Emma Stone</h1><p>Potter</p><h2>Contact</h2><p>Phone: (207) 555-0183</p>');
    expect(potter).toMatchObject({ name: 'Emma Stone', phones: ['+12075550183'] });
  });

  it("takes a fragment's copyright holder as its subject when nothing else names one, with the profiles named after it", () => {
    const html = '<h1>Trail socks</h1><p>$12 - in stock</p><footer>© 2020 - Northpeak Outfitters<ul><li><a href="https://twitter.com/NorthpeakOutfitters">Twitter</a></li><li><a href="https://shop.example/cart">Cart</a></li></ul></footer>';
    expect(names(html)[0]).toMatchObject({ kind: 'organization', name: 'Northpeak Outfitters', urls: ['https://twitter.com/NorthpeakOutfitters'] });
  });

  it('names the byline author on an article page, not the other names on it', () => {
    const html = '<head><title>News</title><meta property="article:published_time" content="2021-03-03"></head><body><div class="byline">By Peter Vogel March 3, 2021</div><h3>Jane Doe</h3><p>Chief Executive Officer</p></body>';
    expect(names(`<html>${html}</html>`).filter((c) => c.kind === 'person').map((c) => c.name)).toEqual(['Peter Vogel']);
  });

  it('reads a German imprint: managing directors, register and VAT ids, address', () => {
    const html = `<title>Impressum – Nordwind Logistik GmbH</title><p>Nordwind Logistik GmbH<br>Hafenstraße 12<br>20457 Hamburg</p>
      <p>Geschäftsführer: Max Mustermann, Erika Musterfrau</p><p>Registergericht: Amtsgericht Hamburg<br>Registernummer: HRB 123456</p>
      <p>Umsatzsteuer-Identifikationsnummer: DE123456789</p><p>Telefon: 040 1234567</p>`;
    const out = extractCandidates(dom(html), 'https://nordwind-logistik.de/impressum').candidates;
    expect(out.filter((c) => c.kind === 'person').map((c) => c.name)).toEqual(['Max Mustermann', 'Erika Musterfrau']);
    const org = out.find((c) => c.kind === 'organization')!;
    expect(org).toMatchObject({ vatId: 'DE123456789', phones: ['+49401234567'], address: { street: 'Hafenstraße 12', postcode: '20457', locality: 'Hamburg' } });
    expect(org.registerId).toContain('HRB 123456');
  });

  it('reads a Dutch contact page', () => {
    const html = `<title>Contact - Bouwbedrijf Jansen</title><p>Keizersgracht 100<br>1015 CS Amsterdam</p><p>Tel: 020 123 4567</p><p>KvK 12345678 · BTW NL123456789B01</p>`;
    const org = extractCandidates(dom(html), 'https://jansen.nl/contact').candidates.find((c) => c.kind === 'organization')!;
    expect(org).toMatchObject({ phones: ['+31201234567'], registerId: 'KvK 12345678', vatId: 'NL123456789B01', address: { postcode: '1015 CS', locality: 'Amsterdam' } });
  });

  it('reads a Belgian contact page in Dutch: the managing director (zaakvoerder), KBO number and a French-style address', () => {
    const html = `<title>Contact – Brouwerij De Klok</title><p>Brouwerij De Klok BV</p><p>Chaussée de Waterloo 250<br>B-1060 Bruxelles</p>
      <p>Zaakvoerder: Pieter Janssens</p><p>Ondernemingsnummer: 0123.456.789 · BTW BE0123456789</p><p>Tel. +32 2 555 01 23</p>`;
    const out = extractCandidates(dom(html), 'https://deklok.be/contact').candidates;
    expect(out.filter((c) => c.kind === 'person').map((c) => [c.name, c.title])).toEqual([['Pieter Janssens', 'Zaakvoerder']]);
    const org = out.find((c) => c.kind === 'organization')!;
    expect(org).toMatchObject({ registerId: 'KBO 0123.456.789', vatId: 'BE0123456789', phones: ['+3225550123'], address: { street: 'Chaussée de Waterloo 250', postcode: '1060', locality: 'Bruxelles' } });
  });

  it("gives each person on a team page their own e-mail address, and leaves the company's with the company", () => {
    const html = `<title>Our team - Acme Analytics</title><h1>Our team</h1>
      <div><h3>Sarah O'Connor</h3><p>Head of Partnerships</p><a href="mailto:sarah@acme.example">sarah@acme.example</a></div>
      <div><h3>Tom Müller</h3><p>Senior Account Executive</p><a href="mailto:t.mueller@acme.example">t.mueller@acme.example</a></div>
      <footer>Questions? <a href="mailto:hello@acme.example">hello@acme.example</a></footer>`;
    const out = extractCandidates(dom(html), 'https://acme.example/team').candidates;
    expect(out.filter((c) => c.kind === 'person').map((c) => [c.name, c.emails])).toEqual([
      ["Sarah O'Connor", ['sarah@acme.example']],
      ['Tom Müller', ['t.mueller@acme.example']],
    ]);
    expect(out.find((c) => c.kind === 'organization')?.emails).toEqual(['hello@acme.example']);
  });

  it("gives each person on a team page the direct dial on their card, and leaves the switchboard with the company", () => {
    const html = `<html lang="de"><head><title>Team – Nordlicht Software GmbH</title></head><body><h1>Ihre Ansprechpartner</h1>
      <div><h3>Anna Schmidt</h3><p>Leiterin Vertrieb</p><p>Tel. 040 123456-12</p></div>
      <div><h3>Jörg Weber</h3><p>Key Account Manager</p><p>Tel. 040 123456-34</p></div>
      <p>Zentrale: 040 123456-0</p></body></html>`;
    const out = extractCandidates(dom(html), 'https://nordlicht.example/team').candidates;
    expect(out.filter((c) => c.kind === 'person').map((c) => [c.name, c.title, c.phones])).toEqual([
      ['Anna Schmidt', 'Leiterin Vertrieb', ['+494012345612']],
      ['Jörg Weber', 'Key Account Manager', ['+494012345634']],
    ]);
    expect(out.find((c) => c.kind === 'organization')?.phones).toEqual(['+4940123456']);
    // The company beside each person is the page's, and the form says where it came from.
    expect(out.find((c) => c.name === 'Anna Schmidt')).toMatchObject({ company: 'Nordlicht Software GmbH', sources: { company: 'meta' } });
  });

  it('takes the company from a Dutch team page title, not the page name, and a Dutch lawyer for a title', () => {
    const html = `<html lang="nl"><head><title>Ons team | Bakker &amp; De Wit Advocaten</title></head><body><h1>Ons team</h1>
      <ul><li><strong>mr. Eva de Wit</strong><br>Partner, advocaat arbeidsrecht<br>T 020 - 555 12 34</li>
      <li><strong>mr. Thomas Bakker</strong><br>Partner<br>T 020 - 555 12 35</li></ul></body></html>`;
    const people = extractCandidates(dom(html), 'https://bakkerdewit.example/team').candidates.filter((c) => c.kind === 'person');
    expect(people.map((c) => [c.name, c.title, c.company])).toEqual([
      ['Eva de Wit', 'Partner, advocaat arbeidsrecht', 'Bakker & De Wit Advocaten'],
      ['Thomas Bakker', 'Partner', 'Bakker & De Wit Advocaten'],
    ]);
  });

  it("reads a contact named in a sentence with the whole title, and leaves the company's numbers with the company", () => {
    const html = `<html lang="en"><head><title>Contact Us - Redwood Dental Supply</title></head><body><h1>Contact Us</h1>
      <p>Redwood Dental Supply, Inc.<br>2450 Harbor Blvd, Suite 210<br>Costa Mesa, CA 92626</p><p>Main: (714) 555-0100 | Fax: (714) 555-0101</p>
      <p>Sales inquiries: Mike Thompson, Regional Sales Manager, mthompson@redwooddental.example, ext. 214</p></body></html>`;
    const out = extractCandidates(dom(html), 'https://redwooddental.example/contact').candidates;
    expect(out.find((c) => c.kind === 'person')).toMatchObject({ name: 'Mike Thompson', title: 'Regional Sales Manager', emails: ['mthompson@redwooddental.example'], phones: [] });
    expect(out.find((c) => c.kind === 'organization')).toMatchObject({ phones: ['+17145550100'] });
  });

  it("reads a leadership grid: each card's title under a photo named like the person, and its own profile and e-mail links", () => {
    const card = (name: string, title: string, links: string) => `<div class="card"><img src="p.jpg" alt="${name}"><h4>${name}</h4><p>${title}</p>${links}</div>`;
    const html = `<html lang="en"><head><title>Leadership | Cobalt Logistics</title></head><body><h1>Leadership</h1><div class="grid">
      ${card('Maria Gonzalez', 'Chief Executive Officer', '<a href="https://www.linkedin.com/in/mariagonzalez/">LinkedIn</a>')}
      ${card('David Chen', 'VP, Operations', '<a href="https://www.linkedin.com/in/davidchen-ops/">LinkedIn</a><a href="mailto:ops@cobalt.example">Email</a>')}
      ${card("Rachel O'Brien", 'Director of Sales, EMEA', '')}</div><footer>Cobalt Logistics · <a href="mailto:info@cobalt.example">info@cobalt.example</a></footer></body></html>`;
    const out = extractCandidates(dom(html), 'https://cobalt.example/leadership').candidates;
    expect(out.filter((c) => c.kind === 'person').map((c) => [c.name, c.title, c.urls, c.emails])).toEqual([
      ['Maria Gonzalez', 'Chief Executive Officer', ['https://www.linkedin.com/in/mariagonzalez/'], []],
      ['David Chen', 'VP, Operations', ['https://www.linkedin.com/in/davidchen-ops/'], ['ops@cobalt.example']],
      ["Rachel O'Brien", 'Director of Sales, EMEA', [], []],
    ]);
    expect(out.find((c) => c.kind === 'organization')?.emails).toEqual(['info@cobalt.example']);
  });

  it('reads the managing director an imprint names after "represented by"', () => {
    const html = `<title>Impressum - Müller &amp; Söhne GmbH</title><p>Müller &amp; Söhne GmbH<br>Lindenallee 3<br>80331 München</p>
      <p>Vertreten durch den Geschäftsführer Klaus Müller</p><p>Tel.: +49 (0)89 123 456-0</p>`;
    const people = extractCandidates(dom(html), 'https://mueller-soehne.example/impressum').candidates.filter((c) => c.kind === 'person');
    expect(people.map((c) => [c.name, c.title])).toEqual([['Klaus Müller', 'Geschäftsführer']]);
  });

  it('reads the contact person a German or Dutch contact page names, a German number with a short group, a labelled street', () => {
    const de = `<html lang="de"><head><title>Kontakt | Alpenblick Hotel Garmisch</title></head><body><h1>Kontakt</h1>
      <p>Ihr Ansprechpartner: Herr Max Huber (Direktor)</p><p>Alpenblick Hotel GmbH<br>Zugspitzstraße 12<br>82467 Garmisch-Partenkirchen</p>
      <p>Telefon: 08821 / 7 30 40</p></body></html>`;
    expect(extractCandidates(dom(de), 'https://alpenblick.example/kontakt').candidates[0]).toMatchObject({ name: 'Max Huber', title: 'Direktor', phones: ['+49882173040'] });
    const nl = `<html lang="nl"><head><title>Contact - Fietsenwinkel De Spaak</title></head><body><h1>Contact</h1>
      <p>Fietsenwinkel De Spaak<br>Vestigingsadres: Oudegracht 215<br>3511 NL Utrecht</p><p>Contactpersoon: Joost van Leeuwen, eigenaar</p></body></html>`;
    const out = extractCandidates(dom(nl), 'https://despaak.example/contact').candidates;
    expect(out.find((c) => c.kind === 'person')).toMatchObject({ name: 'Joost van Leeuwen', title: 'Eigenaar' });
    expect(out.find((c) => c.kind === 'organization')?.address).toMatchObject({ street: 'Oudegracht 215', postcode: '3511 NL', locality: 'Utrecht' });
  });

  it('parses a selection as a signature', () => {
    const [c] = extractSelection('Jane Doe\nVP Sales\nAcme Inc.\n1 Main Street\nSpringfield, IL 62701\nPhone: (217) 555-0100\nFax: (217) 555-0101\njane@acme.com');
    expect(c).toMatchObject({ name: 'Jane Doe', title: 'VP Sales', company: 'Acme Inc.', emails: ['jane@acme.com'], address: { postcode: '62701', region: 'IL' } });
    expect(c!.phones).toEqual(['+12175550100']);
  });

  it('parses Dutch, German and French selections: pairs of digits, degrees before the name, titles in the language', () => {
    const [nl] = extractSelection('Marieke de Vries | Inkoper\nGroenland Tuinbouw B.V.\nWestlandseweg 40, 2291 PG Wateringen\nM 06 12 34 56 78', 'NL');
    expect(nl).toMatchObject({ name: 'Marieke de Vries', title: 'Inkoper', company: 'Groenland Tuinbouw B.V.', phones: ['+31612345678'] });
    const [de] = extractSelection('Dipl.-Ing. Thomas Wagner\nTechnischer Leiter\nSchwabentec GmbH & Co. KG\nIndustriestraße 7-9\n70565 Stuttgart\nTelefon +49 (0) 711 / 12 34 56-0', 'DE');
    expect(de).toMatchObject({ name: 'Thomas Wagner', title: 'Technischer Leiter', company: 'Schwabentec GmbH & Co. KG', phones: ['+497111234560'] });
    const [fr] = extractSelection('Sophie Laurent\nDirectrice commerciale\nAtelier Lumière SARL\n12 rue de la Paix, 75002 Paris\nTél. : +33 1 42 60 00 00');
    expect(fr).toMatchObject({ name: 'Sophie Laurent', phones: ['+33142600000'], address: { street: '12 rue de la Paix', postcode: '75002', locality: 'Paris' } });
  });
});
