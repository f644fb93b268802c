import { browser } from 'wxt/browser';

/** Gmail and Outlook on the web: where a rep may opt in to a Clip button of Pipeclip's own. */
export const MAIL_SITES = ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'];

/** The end-to-end build's mail sites: the fixture pages it serves on loopback (granted at install, no prompt). */
const sites = () => (__E2E__ ? ['http://127.0.0.1/*'] : MAIL_SITES);

const SCRIPT_ID = 'pipeclip-mail-button';

/** Whether the rep opted in: the button's script is registered with the browser. */
export async function mailButtonEnabled(): Promise<boolean> {
  return (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
}

/**
 * Opts in or out. Opting in asks the browser for the mail sites (call it from the rep's click: the browser shows
 * its prompt only then) and registers the button's small script there; until then nothing of Pipeclip runs on
 * those sites. Opting out unregisters it and gives the sites back. Resolves with the state afterwards.
 */
export async function setMailButton(on: boolean): Promise<boolean> {
  if (!on) {
    if (await mailButtonEnabled()) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (!__E2E__) await browser.permissions.remove({ origins: sites() }).catch(() => false);
    return false;
  }
  // Asked before anything else awaits: the browser takes the request only inside the rep's click.
  if (!(await browser.permissions.request({ origins: sites() }))) return mailButtonEnabled();
  if (!(await mailButtonEnabled())) {
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches: sites(), js: ['/mail-button.js'], runAt: 'document_idle', persistAcrossSessions: true }]);
  }
  return true;
}
