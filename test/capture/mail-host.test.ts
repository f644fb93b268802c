import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { captureDocument } from '../../extension/capture/engine.ts';

const doc = (body: string) => parseHTML(`<!DOCTYPE html><html lang="en"><head><title>Inbox</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('captureDocument on a web mail client', () => {
  it('says the mail layout was not recognised when no message is open, and reads the page instead', () => {
    const inbox = doc('<div role="main"><span class="yP" email="ann@list.example" name="Ann List">Ann List</span> Quarterly numbers</div>');
    const result = captureDocument(inbox, 'https://mail.google.com/mail/u/0/#inbox', null);
    expect(result.notices).toContain('gmail-layout-unrecognised');
    expect(result.candidates.some((c) => c.name === 'Ann List' && c.sources['name'] === 'email-header')).toBe(false);
  });

  it('reads the open message on a mail host', () => {
    const open = doc('<div class="adn" data-message-id="m1"><h3 class="iw"><span class="gD" email="lena@harbor.example" name="Lena Ortiz">Lena Ortiz</span></h3><div class="a3s">Hello,<br>best regards<br>Lena Ortiz<br>Head of Sales</div></div>');
    const result = captureDocument(open, 'https://mail.google.com/mail/u/0/#inbox/abc', null);
    expect(result.notices).toEqual(['mail:gmail']);
    expect(result.candidates[0]).toMatchObject({ name: 'Lena Ortiz', emails: ['lena@harbor.example'] });
  });
});
