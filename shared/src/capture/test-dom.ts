// Test helper (not exported from the package): a DOM built by linkedom, as the CLI does.
import { parseHTML } from 'linkedom';

export function dom(html: string): Document {
  const full = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document as unknown as Document;
}
