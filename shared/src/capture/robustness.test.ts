import { describe, expect, it } from 'vitest';
import { clean } from './clean.ts';
import { extractCandidates } from './extract.ts';
import { candidatesFromMessage } from './from-message.ts';
import { parseMessage } from './message.ts';
import { dom } from './test-dom.ts';

describe('bad input never crashes or hangs', () => {
  it('a 10 MB page stays within the time budget', () => {
    const row = '<div><p>Jane Doe</p><p>Sales Manager</p><p>Call (312) 867-0110 or mail jane@example.com</p></div>';
    const doc = dom(row.repeat(Math.ceil(10_000_000 / row.length)));
    const started = performance.now();
    const result = extractCandidates(doc, 'https://example.com/', { budgetMs: 50 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.candidates.length > 0 || result.truncated).toBe(true);
  }, 30_000); // building the 10 MB DOM in linkedom is slow on a busy machine; only extraction is timed

  it('a page longer than the text walk reads says it was read in part, even when the clock did not run out', () => {
    const filler = `<p>${'Lorem ipsum dolor sit amet. '.repeat(40)}</p>`;
    const doc = dom(`<p>Jane Doe, jane@example.com</p>${filler.repeat(Math.ceil(600_000 / filler.length))}<p>Contact: john@example.com</p>`);
    const result = extractCandidates(doc, 'https://example.com/', { budgetMs: 60_000 });
    expect(result.truncated).toBe(true);
    expect(result.candidates.flatMap((c) => c.emails ?? [])).toContain('jane@example.com');
  }, 30_000);

  it('a DOM nested 5,000 deep', () => {
    const html = '<div>'.repeat(5000) + 'Jane Doe, CEO' + '</div>'.repeat(5000);
    expect(() => extractCandidates(dom(html), 'https://example.com/')).not.toThrow();
  });

  it('malformed JSON-LD is skipped, the rest still read', () => {
    const html = '<script type="application/ld+json">{"@type":"Person", name: broken</script><script type="application/ld+json">{"@type":"Person","name":"Jane Doe"}</script>';
    expect(extractCandidates(dom(html), '').candidates.map((c) => c.name)).toContain('Jane Doe');
  });

  it('binary and truncated .eml', async () => {
    const binary = new Uint8Array(200_000).map((_, i) => (i * 7919) % 256);
    await expect(parseMessage(binary).then((m) => candidatesFromMessage(m))).resolves.toBeInstanceOf(Array);
    const truncated = 'From: "Jane Doe" <jane@example.com>\r\nSubject: Hi\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nHello Bo';
    const m = await parseMessage(truncated);
    expect(m.senderEmail).toBe('jane@example.com');
  });

  it('hostile strings: markup, RTL overrides, formula prefixes stay inert text', () => {
    const html = '<h3>Jane \u202EeoD\u202C</h3><p>=HYPERLINK("http://evil")</p><p>Contact: <b>&lt;img src=x onerror=alert(1)&gt;</b> jane@example.com</p>';
    const out = extractCandidates(dom(html), 'https://example.com/').candidates;
    for (const c of out) for (const v of [c.name, c.title, c.company]) expect(v ?? '').not.toMatch(/[\u202A-\u202E<>]/);
  });

  it('a page that escaped its text twice reads as written, and an escaped direction override is still removed', () => {
    const html = '<div class="h-card"><span class="p-name">Bakker &amp;amp; De Wit</span> <span class="p-org">Bakker &amp;amp; De Wit Advocaten</span></div>';
    const [card] = extractCandidates(dom(html), 'https://example.com/contact').candidates;
    expect(card).toMatchObject({ name: 'Bakker & De Wit', company: 'Bakker & De Wit Advocaten' });
    expect(clean('Acme &#8238;Widgets&#8236; LLC')).toBe('Acme Widgets LLC');
  });

  it('the budget truncates later sources instead of running on', () => {
    let t = 0;
    const result = extractCandidates(dom('<p>Jane Doe</p>'), '', { budgetMs: 5, now: () => (t += 10) });
    expect(result.truncated).toBe(true);
  });
});
