import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidatesFromMessage } from './from-message.ts';
import { readGmailMessage } from './gmail.ts';
import { readOutlookMessage } from './outlook.ts';
import { parseAddress, parseMessage } from './message.ts';
import { dom } from './test-dom.ts';

const own = (name: string) => readFileSync(new URL(`../../../test/fixtures-own/${name}`, import.meta.url), 'utf8');

describe('mail readers', () => {
  it('reads the newest Gmail message without its quoted history', () => {
    const m = readGmailMessage(dom(own('gmail.html')));
    expect(m).toMatchObject({ senderName: 'Max Mustermann', senderEmail: 'max.mustermann@nordwind-logistik.de', subject: 'Q3 renewal for Nordwind Logistik' });
    if ('notice' in m) throw new Error(m.notice);
    expect(m.bodyText).not.toContain('could you send');
    const [c] = candidatesFromMessage(m, 'DE');
    expect(c).toMatchObject({ name: 'Max Mustermann', title: 'Leiter Vertrieb', company: 'Nordwind Logistik GmbH', phones: ['+49401234567', '+491712345678'] });
  });

  it('reads the open Outlook message', () => {
    const m = readOutlookMessage(dom(own('outlook.html')));
    expect(m).toMatchObject({ senderName: 'Sanne de Vries', senderEmail: 's.devries@bouwbedrijf-jansen.nl', subject: 'Offerte onderhoudscontract 2025' });
    if ('notice' in m) throw new Error(m.notice);
    expect(m.bodyText).not.toContain('Peter Bakker');
    const [c] = candidatesFromMessage(m, 'NL');
    expect(c).toMatchObject({ name: 'Sanne de Vries', title: 'Projectleider', company: 'Bouwbedrijf Jansen B.V.' });
  });

  it('reports an unrecognised layout', () => {
    expect(readGmailMessage(dom('<p>nothing here</p>'))).toEqual({ notice: 'gmail-layout-unrecognised' });
    expect(readOutlookMessage(dom('<p>nothing here</p>'))).toEqual({ notice: 'outlook-layout-unrecognised' });
  });

  it('does not take the first sender of an inbox list for the open message when no message is open', () => {
    const inbox = '<div role="main"><table><tr><td><span class="yP" email="ann@list.example" name="Ann List">Ann List</span></td><td>Quarterly numbers</td></tr><tr><td><span class="zF" email="bo@list.example" name="Bo">Bo</span></td></tr></table></div>';
    expect(readGmailMessage(dom(inbox))).toEqual({ notice: 'gmail-layout-unrecognised' });
  });

  it('reads a quoted display name before the address without its quotes', () => {
    expect(parseAddress('"Lena Ortiz" <lena@harbor.example>')).toEqual({ name: 'Lena Ortiz', email: 'lena@harbor.example' });
  });

  it('reads the sender from the signature of a body-only message', async () => {
    const m = await parseMessage('Hi Simone,\n\nthe numbers are attached.\n\nBest regards,\nNoam Levi\nHead of Sales, Example GmbH\n+49 30 1234567\n');
    expect(candidatesFromMessage(m, 'DE')[0]).toMatchObject({ name: 'Noam Levi', phones: ['+49301234567'] });
  });
});
