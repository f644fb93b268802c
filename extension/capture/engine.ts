import { candidatesFromMessage, defaultRegion, extractCandidates, readGmailMessage, readOutlookMessage, type CaptureResult, type MailMessage } from '@pipeclip/shared/capture';

type Reader = (doc: ParentNode) => MailMessage | { notice: string };

const MAIL_SITES: [RegExp, string, Reader][] = [
  [/^mail\.google\.com$/, 'gmail', readGmailMessage],
  [/^outlook\.(office|office365|live)\.com$/, 'outlook', readOutlookMessage],
];


const isMessage = (m: MailMessage | { notice: string }): m is MailMessage => !('notice' in m);

/**
 * What a capture reads from a page's document: on a web mail client, the open message (sender, signature of the
 * newest message, subject as the deal title); anywhere else, the page. A mail client whose layout is not
 * recognised says so (so a markup change is visible) and falls back to reading the page.
 */
export function captureDocument(doc: Document, url: string, selection: string | null): CaptureResult {
  const started = performance.now();
  const host = new URL(url).hostname;
  const site = MAIL_SITES.find(([pattern]) => pattern.test(host));
  const notices: string[] = [];
  if (!selection) {
    // On a known mail host use its reader; elsewhere a page that is laid out like one (a saved or test copy).
    for (const [, name, read] of site ? [site] : MAIL_SITES) {
      const message = read(doc);
      if (isMessage(message)) {
        const candidates = candidatesFromMessage(message, defaultRegion(url, doc.documentElement.lang || navigator.language));
        return { url, title: message.subject, candidates, elapsedMs: performance.now() - started, truncated: false, notices: [`mail:${name}`] };
      }
      if (site) notices.push(message.notice);
    }
  }
  const page = extractCandidates(doc, url, selection ? { selection } : {});
  return { ...page, notices: [...notices, ...page.notices] };
}

/** A copy of a page, as the reader injected into its tab returns it. */
export interface PageCopy {
  url: string;
  html: string;
  /** The markup was longer than the reader sends: only its beginning was read. */
  truncated: boolean;
}

/**
 * Runs the engine on a copy of a page, parsed here (no scripts run, nothing is fetched): in an extension
 * document, where the engine stays loaded and its regular expressions compiled from one capture to the next.
 */
export function captureCopy(page: PageCopy, selection: string | null): CaptureResult {
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  const result = captureDocument(doc, page.url, selection);
  return page.truncated ? { ...result, truncated: true } : result;
}
