import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** End-to-end builds may inject into loopback pages without a user gesture (tests cannot click the toolbar). */
const e2e = process.env.PIPECLIP_E2E === '1';

export default defineConfig({
  outDir: process.env.PIPECLIP_OUT_DIR ?? (e2e ? '.output-e2e' : '.output'),
  vite: () => ({ plugins: [preact()], define: { __E2E__: JSON.stringify(e2e) } }),
  manifest: ({ browser }) => ({
    name: 'Pipeclip',
    // The browser's own strings (store text, toolbar tooltip, shortcut, context menu) in the rep's language: public/_locales.
    default_locale: 'en',
    description: '__MSG_extDescription__',
    version: '0.1.0',
    // offscreen: the capture engine reads page copies in an offscreen document (Firefox's background page has a DOM).
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Asked for at runtime only, when the rep wants the side panel's Clip button to work without a toolbar click
    // (extension/capture/access.ts ALL_SITES); without them, Pipeclip reads a page through activeTab alone.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(e2e && { host_permissions: ['http://127.0.0.1/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'capture-page': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandCapture__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'pipeclip@pipeclip.dev', data_collection_permissions: { required: ['none'] } } },
    }),
  }),
});
