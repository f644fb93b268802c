import { describe, expect, it } from 'vitest';
import { candidatesFromMessage } from './from-message.ts';
import { findPhones } from './phones.ts';
import { splitThread } from './quotes.ts';
import { findSignature, parseSignature } from './signature.ts';

const sender = (body: string, region: 'US' | 'DE' | 'NL' = 'US') => candidatesFromMessage({ bodyText: body }, region)[0];

describe('signature blocks', () => {
  it('finds a signature followed by attachments and a disclaimer', () => {
    const body = [
      'Please find the draft attached.',
      '',
      'Maria Lopez',
      'Senior Counsel, Commercial Operations',
      'Harbor Freight Lines',
      'Two Harbor Road - Building 4, Room 12',
      'Portland, OR 97201',
      '(503) 555-0142 (phone)',
      '(503) 555-0143 (fax)',
      '',
      ' - draft_v2.doc',
      '',
      'This message is confidential. If you are not the intended recipient, please delete it.',
    ].join('\n');
    expect(sender(body)).toMatchObject({
      name: 'Maria Lopez',
      title: 'Senior Counsel, Commercial Operations',
      company: 'Harbor Freight Lines',
      phones: ['+15035550142'],
      address: { locality: 'Portland', region: 'OR', postcode: '97201', street: 'Two Harbor Road - Building 4, Room 12' },
    });
  });

  it('takes the contact block a message gives above its text when the message is signed with the same first name', () => {
    const body = ['Peter,', '', 'My details:', '', 'Vincent Kramer', 'Managing Director - Research', 'Northwind Energy Corp.', '1400 Smith Street', 'Houston, TX 77002', 'Phone: (713) 555 3848', '', 'Yes, it will be an interesting summer here.', '', 'Vince'].join('\n');
    expect(sender(body)).toMatchObject({ name: 'Vincent Kramer', title: 'Managing Director - Research', company: 'Northwind Energy Corp.', phones: ['+17135553848'] });
    // Signed by someone else, the block is a contact passed on, not the sender's signature.
    expect(sender(body.replace(/Vince$/, 'Anna'))).not.toMatchObject({ name: 'Vincent Kramer' });
  });

  it('reads an abbreviated title and a profession as the title, the employer under them as the company', () => {
    expect(sender(['See you then.', '', 'Stephanie Pauls', 'Sr. Legal Specialist', 'Northwind Energy Corp.', 'ph: 713.555.3249'].join('\n'))).toMatchObject({ title: 'Sr. Legal Specialist', company: 'Northwind Energy Corp.' });
    expect(sender(['Worth a look.', '', 'Ryan F. Rupp', 'Senior Geologist', 'West Texas Geoscience', '396 West Greens Road', 'Houston, Texas 77067'].join('\n'))).toMatchObject({ title: 'Senior Geologist', company: 'West Texas Geoscience' });
  });

  it('reads a family name that is also a noun, and a department line, inside the signature', () => {
    expect(sender(['Please help as much as you can.', '', 'Louise Kitchen', 'Chief Operating Officer', 'Northwind Americas', 'Tel:  713 555 3488'].join('\n'))).toMatchObject({ name: 'Louise Kitchen', title: 'Chief Operating Officer', company: 'Northwind Americas' });
    expect(sender(['Please advise.  Thanks, Deb', '', '', 'Deb Korkmaz', 'Northwind Energy Corp.', 'NWE Legal Dept.', '1400 Smith Street, Room 3819', 'Houston, TX  77002', 'Phone:  713-555-5448'].join('\n'))).toMatchObject({ name: 'Deb Korkmaz', company: 'Northwind Energy Corp.' });
  });

  it('reads a German signature: the name as it is spelled there, and an address led by a preposition', () => {
    const c = candidatesFromMessage({ senderName: 'Stefan Krueger', senderEmail: 'stefan.krueger@hansewerk.example', bodyText: ['anbei unser Angebot.', '', 'Mit freundlichen Grüßen', '', 'Dr. Stefan Krüger', 'Leiter Einkauf', 'Hansewerk Maschinenbau GmbH', 'Am Sandtorkai 41 | 20457 Hamburg', 'Tel.: +49 40 3890 1120'].join('\n') }, 'DE')[0];
    expect(c).toMatchObject({ name: 'Stefan Krüger', title: 'Leiter Einkauf', address: { street: 'Am Sandtorkai 41', postcode: '20457', locality: 'Hamburg' } });
  });

  it("reads a signature's numbers in the country its international number names, whatever the reader's region", () => {
    const c = sender(['Zie bijgaand de offerte.', '', 'Met vriendelijke groet,', '', 'Pieter Jansen', 'Projectleider', 'Van Dijk Bouw B.V.', 'T +31 (0)33 465 22 10 | M 06 12 34 56 78'].join('\n'), 'US');
    expect(c!.phones).toEqual(['+31334652210', '+31612345678']);
  });

  it('reads an Australian signature: its address and local numbers in Australia, whatever the reader\'s region', () => {
    const c = sender(['Thanks for the quick reply.', '', 'Regards,', 'Kaye Barr', 'Psychologist', 'Level 2, 15 Queen Street', 'Melbourne VIC 3000', 'Ph (03) 9443 6444'].join('\n'), 'US');
    expect(c).toMatchObject({ name: 'Kaye Barr', title: 'Psychologist', phones: ['+61394436444'] });
    expect(c!.address).toMatchObject({ street: 'Level 2, 15 Queen Street', locality: 'Melbourne', region: 'VIC', postcode: '3000' });
  });

  it('reads a British signature: title and company on one line, numbers in the country its postcode names', () => {
    const c = sender(['Can we talk Thursday?', '', 'Kind regards,', 'James Whitfield', 'Head of Procurement | Northbridge Foods Ltd', 'Unit 4, Riverside Park, Leeds LS10 1AB', 'Tel: 0113 496 0123 | Mob: 07700 900123'].join('\n'), 'US');
    expect(c).toMatchObject({ name: 'James Whitfield', title: 'Head of Procurement', company: 'Northbridge Foods Ltd', phones: ['+441134960123', '+447700900123'] });
  });

  it('reads a German signature signed on the company\'s behalf (i.A.) with a two-word street, and a Dutch one with the company in its footer', () => {
    const de = candidatesFromMessage({ bodyText: ['Anbei die Unterlagen.', '', 'Mit freundlichen Grüßen', 'i.A. Julia Becker', 'Vertriebsinnendienst', '', 'Rheinland Etiketten GmbH', 'Kölner Str. 120', '50859 Köln', 'Tel. 0221 / 98 76 54-21'].join('\n') }, 'DE')[0];
    expect(de).toMatchObject({ name: 'Julia Becker', title: 'Vertriebsinnendienst', company: 'Rheinland Etiketten GmbH', address: { street: 'Kölner Str. 120', postcode: '50859' } });
    const nl = candidatesFromMessage({ bodyText: ['Hierbij de gegevens.', '', 'Met vriendelijke groet,', '', 'Sanne Bakker', 'Accountmanager Zakelijk', '', 'T: 010 - 244 55 66', '', 'Havenlogistiek Rotterdam B.V. | Waalhaven 19 | 3089 JH Rotterdam'].join('\n') }, 'NL')[0];
    expect(nl).toMatchObject({ name: 'Sanne Bakker', title: 'Accountmanager Zakelijk', company: 'Havenlogistiek Rotterdam B.V.', phones: ['+31102445566'] });
  });

  it('reads an American signature with title and company on the name line, "Title at Company", and a bare domain as the site', () => {
    expect(sender(['Sounds good.', '', 'Best,', 'Jessica Park | Senior Account Executive | Brightline Media', 'o: 212.555.0147 | c: 917.555.0199', 'brightline.com'].join('\n'))).toMatchObject({ name: 'Jessica Park', title: 'Senior Account Executive', company: 'Brightline Media', urls: ['http://brightline.com/'] });
    expect(sender(['Thanks!', '', 'Priya Nair', 'Head of Growth at Finch Health', 'finchhealth.io | LinkedIn'].join('\n'))).toMatchObject({ name: 'Priya Nair', title: 'Head of Growth', company: 'Finch Health', urls: ['http://finchhealth.io/'] });
  });

  it('reads sparse signatures with a blank line between every line', () => {
    const body = 'Thanks for the call today.\n\n--\n\nPeter Hansen\n\nAccount Manager\n\nt. 212-555-0188\n\nwww.example.org';
    expect(sender(body)).toMatchObject({ name: 'Peter Hansen', title: 'Account Manager', phones: ['+12125550188'] });
  });

  it('reads a signature without contact lines above a closing rule', () => {
    const body = 'Can you send me the figures by Friday?\n\nThanks.\n\nNora Blake\nVice President\nLakeshore Freight Inc.\n\n  _____  \n';
    expect(sender(body)).toMatchObject({ name: 'Nora Blake', title: 'Vice President', company: 'Lakeshore Freight Inc.' });
  });

  it('reads German and Dutch signatures after their sign-offs', () => {
    const de = 'Anbei das Angebot.\n\nMit besten Grüßen\n\nKlaus Weber\nVertriebsleiter\nMüller Maschinenbau GmbH\nIndustriestraße 7\n70565 Stuttgart\nTel. +49 711 123456';
    expect(sender(de, 'DE')).toMatchObject({ name: 'Klaus Weber', title: 'Vertriebsleiter', company: 'Müller Maschinenbau GmbH', address: { postcode: '70565', locality: 'Stuttgart' } });
    const nl = 'Zie de bijlage.\n\nMet hartelijke groet,\n\nAnouk de Boer\nProjectleider\nVan Dijk Installaties B.V.\nT: 030 123 4567';
    expect(sender(nl, 'NL')).toMatchObject({ name: 'Anouk de Boer', title: 'Projectleider', company: 'Van Dijk Installaties B.V.', phones: ['+31301234567'] });
  });

  it('ends the newest message at a Lotus Notes quote header', () => {
    const body = 'Sounds good.\n\nAnna\n\n\n\nJohn Miller\n03/23/2001 06:19 AM\nTo: Anna Berg/HOU/ECT@ECT\ncc:\nSubject: Dinner\n\nAre you free on Thursday?';
    expect(splitThread(body)[0]!.join('\n')).not.toContain('John Miller');
  });

  it('takes the quoted signature of the same sender to complete the newest message', () => {
    const body = 'Yes, see below.\n\nAnna\n\n-----Original Message-----\nFrom: Anna Berg\nSent: Monday, May 1, 2000 9:00 AM\nTo: Tom\nSubject: Q\n\nCan we meet?\n\nAnna Berg\nDirector of Research\n(713) 555-0110';
    expect(candidatesFromMessage({ bodyText: body, senderName: 'Anna Berg' }, 'US')[0]).toMatchObject({ name: 'Anna Berg', title: 'Director of Research', phones: ['+17135550110'] });
  });

  it('ends a quoted message at a column-style Lotus Notes header and keeps its first-name signature', () => {
    const body = [
      'Fine by me.', '', 'Tom', '', 'Lena.Vogt@example.org wrote:', '', '> Tom -', '>', '> Please review the draft.', '>', '> Lena',
      '> Senior Counsel', '> Phone:     713-555-0140', '>', '>                     Tom Reed', '>                     <tom.reed@acme.example>      To:     Lena.Vogt@example.org',
      '>                     05/01/2001           Subject:     Draft', '>', '>     Lena, any news?',
    ].join('\n');
    const quoted = candidatesFromMessage({ bodyText: body, senderName: 'Tom Reed' }, 'US')[1];
    expect(quoted).toMatchObject({ name: 'Lena', title: 'Senior Counsel', phones: ['+17135550140'] });
  });

  it('splits a brand or an acronym after the title off as the company, not a department', () => {
    expect(parseSignature(['Jane Doe', 'CTO, BrightPath', 'jane@brightpath.example'], 'US')).toMatchObject({ title: 'CTO', company: 'BrightPath' });
    expect(parseSignature(['Jane Doe', 'Senior Counsel, NWS', 'Phone: 713-555-0101'], 'US')).toMatchObject({ title: 'Senior Counsel', company: 'NWS' });
    expect(parseSignature(['Jane Doe', 'Specialist, Gas Settlements', 'Phone: 713-555-0101'], 'US')).toMatchObject({ title: 'Specialist, Gas Settlements' });
  });

  it('takes no line of prose for the company', () => {
    expect(parseSignature(['Jane Doe', 'loans from your bank, then a debt swap', 'jane@harbor.example'], 'US')?.company).toBeUndefined();
    expect(parseSignature(['Jane Doe', 'Harbor Savings Bank', 'jane@harbor.example'], 'US')?.company).toBe('Harbor Savings Bank');
  });

  it('takes no phones from a block that lists many (a directory, not a signature)', () => {
    const list = ['Front desk: 713-555-0101', 'Parking: 713-555-0102', 'Security: 713-555-0103', 'IT help: 713-555-0104', 'Travel: 713-555-0105', 'Mail room: 713-555-0106'];
    expect(parseSignature(list, 'US')?.phones ?? []).toEqual([]);
    expect(parseSignature(['Jane Doe', 'Office: 713-555-0101', 'Mobile: 713-555-0102'], 'US')?.phones).toEqual(['+17135550101', '+17135550102']);
  });

  it('does not read dates in quote headers as phone numbers', () => {
    expect(findPhones('on 01/24/2001 10:13:44 AM', 'US')).toEqual([]);
    expect(findSignature(['Jane Doe <jane@x.com> on 01/24/2001 10:13:44 AM', 'To: Tom'])).toBeUndefined();
  });
});
