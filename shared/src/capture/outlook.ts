import { readMail, type MailLayout } from './mail-dom.ts';
import type { MailMessage } from './message.ts';

/** Outlook on the web's reading pane (outlook.office.com / outlook.live.com); attribute-based selectors first. */
export const OUTLOOK: MailLayout = {
  name: 'outlook',
  message: ['[role="main"] [aria-label="Email message"]', '[role="main"] [data-convid] [role="document"]', '[role="main"] [role="document"]'],
  senderWithEmail: ['[aria-label^="From" i] span[title*="@"]', 'span[title*="@"][title*="<"]', 'button[aria-label^="From" i]', '[data-testid="SenderPersona"]'],
  subject: ['[role="main"] [role="heading"][aria-level="2"]', '[role="main"] [role="heading"]', '#ConversationReadingPaneContainer [role="heading"]'],
  body: ['[aria-label="Message body" i]', 'div[id^="UniqueMessageBody"]', '.allowTextSelection'],
  quoted: ['#divRplyFwdMsg', '#divRplyFwdMsg ~ *', '#appendonsend ~ *', '[id*="divRplyFwdMsg"]', 'blockquote', '.gmail_quote'],
};

/** The open Outlook-on-the-web message, or `{ notice: 'outlook-layout-unrecognised' }`. */
export function readOutlookMessage(doc: ParentNode): MailMessage | { notice: string } {
  return readMail(doc, OUTLOOK);
}
