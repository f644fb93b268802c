import { browser, type Browser } from 'wxt/browser';
import { captureTab } from '../capture/run.ts';
import { browserText } from './browser-text.ts';

const MENU_ID = 'pipeclip-capture';

/** Opens the side panel (Chrome) or sidebar (Firefox); must run inside the user gesture. */
export function openPanel(tab: Browser.tabs.Tab) {
  const chromeLike = browser as unknown as { sidePanel?: { open(o: { windowId: number }): Promise<void> } };
  const firefoxLike = browser as unknown as { sidebarAction?: { open(): Promise<void> } };
  if (chromeLike.sidePanel && tab.windowId !== undefined) void chromeLike.sidePanel.open({ windowId: tab.windowId }).catch(() => {});
  else void firefoxLike.sidebarAction?.open().catch(() => {});
}

function start(tab: Browser.tabs.Tab | undefined, selection?: string) {
  if (tab?.id === undefined) return;
  openPanel(tab);
  void captureTab(tab.id, selection);
}

/** Toolbar button, context menu and keyboard shortcut all start the same capture of the active tab. */
export function registerCaptureTriggers() {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: browserText('menuClip', 'Clip with Pipeclip'), contexts: ['page', 'selection', 'link'] });
  });
  browser.action.onClicked.addListener((tab) => start(tab));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) start(tab, info.selectionText);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'capture-page') start(tab);
  });
}
