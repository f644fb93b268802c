import { clean } from './clean.ts';
import { cleanName, looksLikeName } from './names.ts';

const AUTHOR_META =
  'meta[name="author" i], meta[property="article:author" i], meta[name="dc.creator" i], meta[property="dc:creator" i], meta[name="dcterms.creator" i], meta[name="byl" i], meta[name="sailthru.author" i], meta[name="parsely-author" i]';

const metaContent = (doc: ParentNode, selector: string) => clean(doc.querySelector(selector)?.getAttribute('content'), 200) || undefined;

/** Page metadata useful for capture: site name (weak company evidence), author, language. */
export interface PageMeta {
  siteName?: string;
  author?: string;
  lang?: string;
}

export function readMeta(page: Document): PageMeta {
  // <meta> lives in <head>: searching there keeps a 10 MB body out of these lookups.
  const doc: ParentNode = page.head?.querySelector('meta') ? page.head : page;
  // Every author-ish <meta>, most specific first: the first that reads like a person wins (several DC.Creator are common).
  const authors = Array.from(doc.querySelectorAll(AUTHOR_META))
    .map((m) => clean(m.getAttribute('content'), 200))
    .filter((a) => a && !/^(https?:|@)/i.test(a));
  const author = authors.find((a) => looksLikeName(cleanName(a)) || /^[^\p{Script=Latin}\d]{2,10}$/u.test(a)) ?? authors[0];
  return {
    siteName: metaContent(doc, 'meta[property="og:site_name" i]') ?? metaContent(doc, 'meta[name="application-name" i]'),
    author,
    lang: page.documentElement?.getAttribute('lang') ?? undefined,
  };
}
