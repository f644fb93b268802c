import { browser } from 'wxt/browser';

const LABELS: Record<string, string> = { en: 'Clip with Pipeclip', de: 'Mit Pipeclip erfassen', nl: 'Vastleggen met Pipeclip' };

/**
 * The Clip button on Gmail and Outlook on the web, registered only when the rep opts in (Settings). It reads
 * nothing itself: a click asks the background for the same capture as the toolbar button, which reads the open
 * message then. It lives in a shadow root, so the mail site's styles and scripts neither restyle nor find it.
 */
export default defineUnlistedScript(() => {
  if (document.getElementById('pipeclip-mail-button')) return;
  const host = document.createElement('div');
  host.id = 'pipeclip-mail-button';
  const root = host.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = LABELS[navigator.language.slice(0, 2)] ?? LABELS['en']!;
  const style = document.createElement('style');
  style.textContent = `button{position:fixed;right:20px;bottom:20px;z-index:2147483647;font:600 13px system-ui,sans-serif;
    padding:8px 14px;border:0;border-radius:18px;background:#1f5fbf;color:#fff;box-shadow:0 2px 8px rgba(0,0,0,.25);cursor:pointer}
    button:hover{background:#174a96}button:focus-visible{outline:3px solid #9cc2ff;outline-offset:2px}`;
  button.addEventListener('click', () => void browser.runtime.sendMessage({ type: 'capture' }));
  root.append(style, button);
  document.documentElement.append(host);
});
