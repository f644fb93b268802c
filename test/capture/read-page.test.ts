import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { readPage } from '../../extension/capture/read-page.ts';

const inPage = (html: string, url = 'https://acme.example/contact') => {
  const { document } = parseHTML(html);
  Object.assign(globalThis, { document, location: { href: url } });
};

afterEach(() => {
  delete (globalThis as { document?: unknown }).document;
  delete (globalThis as { location?: unknown }).location;
});

describe('the page reader a capture injects', () => {
  it('copies what the engine reads and leaves out scripts, styles, inline SVG, noscript and comments', () => {
    inPage(`<html lang="de"><head><style>p{color:red}</style><script>var tracker = "spy@ads.example";</script>
      <script type="application/ld+json">{"@type":"Person","name":"Jane Doe"}</script></head>
      <body><!-- build 42 --><svg viewBox="0 0 1 1"><path d="M0 0"/></svg><noscript>Please enable JavaScript</noscript>
      <p>Jane Doe, Head of Sales, jane@acme.example</p><script src="/app.js"></script></body></html>`);
    const copy = readPage(1_000_000);
    expect(copy.url).toBe('https://acme.example/contact');
    expect(copy.truncated).toBe(false);
    expect(copy.html).toContain('<p>Jane Doe, Head of Sales, jane@acme.example</p>');
    expect(copy.html).toContain('"@type":"Person"');
    expect(copy.html).toContain('lang="de"');
    for (const gone of ['spy@ads.example', 'color:red', 'viewBox', 'enable JavaScript', 'build 42', 'app.js']) expect(copy.html).not.toContain(gone);
  });

  it('leaves out inline event handlers but keeps the text that reads like one', () => {
    inPage(`<html><body><a href="/team" onclick="track('team')" onMouseOver='hover()' class=nav>Team</a>
      <button onclick=go()>Go</button><p>Dial one = 1 for sales, onsite = yes</p></body></html>`);
    const { html } = readPage(1_000_000);
    for (const gone of ['track(', 'hover()', 'go()']) expect(html).not.toContain(gone);
    expect(html).toContain('<a href="/team" class="nav">Team</a>');
    expect(html).toContain('Dial one = 1 for sales, onsite = yes');
  });

  it('cuts a page longer than the limit and says so', () => {
    inPage(`<html><body>${'<p>filler text</p>'.repeat(1000)}</body></html>`);
    const copy = readPage(5_000);
    expect(copy.html).toHaveLength(5_000);
    expect(copy.truncated).toBe(true);
  });
});
