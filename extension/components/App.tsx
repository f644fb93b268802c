import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nContext, makeI18n } from '../hooks/useI18n.ts';
import { afterInteractive } from '../hooks/useInteractive.ts';
import { pickLocale, type MessageKey } from '../i18n/index.ts';
import { OwnerNameContext, useOwnerNames } from '../pipeline/use-members.ts';
import { Board } from './Board.tsx';
import { lazyView } from './lazy-view.tsx';
import { NavContext, type Detail, type Nav, type TabId } from './nav.ts';

const LeadList = lazyView(() => import('./LeadList.tsx').then((m) => m.LeadList));
const TodayView = lazyView(() => import('./TodayView.tsx').then((m) => m.TodayView));
const MetricsView = lazyView(() => import('./MetricsView.tsx').then((m) => m.MetricsView));
const DataView = lazyView(() => import('./DataView.tsx').then((m) => m.DataView));
const CapturePanel = lazyView(() => import('./CapturePanel.tsx').then((m) => m.CapturePanel));
const SettingsPanel = lazyView(() => import('./SettingsPanel.tsx').then((m) => m.SettingsPanel));
const SyncStatusLine = lazyView(() => import('./SyncStatusLine.tsx').then((m) => m.SyncStatusLine));
const DetailView = lazyView<{ detail: Detail }>(() => import('./DetailView.tsx').then((m) => m.DetailView));

const TABS = [
  { id: 'board', label: 'tab.board', View: Board },
  { id: 'leads', label: 'tab.leads', View: LeadList },
  { id: 'today', label: 'tab.today', View: TodayView },
  { id: 'metrics', label: 'tab.metrics', View: MetricsView },
  { id: 'data', label: 'tab.data', View: DataView },
  { id: 'capture', label: 'tab.capture', View: CapturePanel },
  { id: 'settings', label: 'tab.settings', View: SettingsPanel },
] as const satisfies readonly { id: TabId; label: MessageKey; View: (props: object) => unknown }[];

const LAZY = [LeadList, TodayView, MetricsView, DataView, CapturePanel, SettingsPanel, DetailView];
const isTab = (s: string): s is TabId => TABS.some((t) => t.id === s);

/** Settings is a gear, as in most tools: the seven tabs' names in German or Dutch do not fit a side panel's width. */
function GearIcon() {
  return (
    <svg class="tab-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
      <circle cx="12" cy="12" r="3" />
      <path d="M19.4 15a1.65 1.65 0 0 0 .33 1.82l.06.06a2 2 0 1 1-2.83 2.83l-.06-.06a1.65 1.65 0 0 0-1.82-.33 1.65 1.65 0 0 0-1 1.51V21a2 2 0 1 1-4 0v-.09a1.65 1.65 0 0 0-1.08-1.51 1.65 1.65 0 0 0-1.82.33l-.06.06a2 2 0 1 1-2.83-2.83l.06-.06a1.65 1.65 0 0 0 .33-1.82 1.65 1.65 0 0 0-1.51-1H3a2 2 0 1 1 0-4h.09a1.65 1.65 0 0 0 1.51-1.08 1.65 1.65 0 0 0-.33-1.82l-.06-.06a2 2 0 1 1 2.83-2.83l.06.06a1.65 1.65 0 0 0 1.82.33H9a1.65 1.65 0 0 0 1-1.51V3a2 2 0 1 1 4 0v.09a1.65 1.65 0 0 0 1 1.51 1.65 1.65 0 0 0 1.82-.33l.06-.06a2 2 0 1 1 2.83 2.83l-.06.06a1.65 1.65 0 0 0-.33 1.82V9a1.65 1.65 0 0 0 1.51 1H21a2 2 0 1 1 0 4h-.09a1.65 1.65 0 0 0-1.51 1z" />
    </svg>
  );
}

/** A capture that is running or waiting for review takes the rep to the Clip tab. */
function captureWanted(value: unknown): boolean {
  const s = value as { status?: string; startedAt?: number } | null | undefined;
  return !!s && (s.status === 'running' || s.status === 'done' || s.status === 'error') && Date.now() - (s.startedAt ?? 0) < 60_000;
}

export function App({ language }: { language: string }) {
  const i18n = useMemo(() => makeI18n(pickLocale(language)), [language]);
  const [tab, setTab] = useState<TabId>(() => {
    const hash = location.hash.slice(1);
    return isTab(hash) ? hash : 'board';
  });
  const [detail, setDetail] = useState<Detail | null>(null);
  const nav = useMemo<Nav>(() => ({ open: setDetail, close: () => setDetail(null), goTab: (t) => (setDetail(null), setTab(t)) }), []);
  const ownerName = useOwnerNames(i18n.t);
  // The sync status line (and the sync code it loads) comes after the first screen, not before it.
  const [footer, setFooter] = useState(false);

  useEffect(() => {
    const session = browser.storage?.session;
    if (!session) return;
    if (!location.hash) void session.get('capture').then((r: Record<string, unknown>) => captureWanted(r['capture']) && setTab('capture'));
    const onChange = (changes: Record<string, { newValue?: unknown }>) => {
      if (changes['capture'] && captureWanted(changes['capture'].newValue)) nav.goTab('capture');
    };
    session.onChanged.addListener(onChange);
    // Fetch the other views' code once the first screen is up, so switching tabs does not wait for it.
    const cancel = afterInteractive(() => setTimeout(() => LAZY.forEach((v) => void v.preload()), 150), 400);
    return () => {
      session.onChanged.removeListener(onChange);
      cancel();
    };
  }, []);
  useEffect(() => afterInteractive(() => setFooter(true)), []);

  const current = TABS.find((x) => x.id === tab) ?? TABS[0];
  return (
    <I18nContext.Provider value={i18n}>
      <NavContext.Provider value={nav}>
        <OwnerNameContext.Provider value={ownerName}>
        <div class="app" lang={i18n.locale}>
          <nav class="tabs" role="tablist">
            {TABS.map(({ id, label }) => (
              <button key={id} role="tab" aria-selected={id === tab && !detail} class={id === tab ? 'tab active' : 'tab'} onClick={() => nav.goTab(id)} {...(id === 'settings' ? { 'aria-label': i18n.t(label), title: i18n.t(label) } : {})}>
                {id === 'settings' ? <GearIcon /> : i18n.t(label)}
              </button>
            ))}
          </nav>
          <main class={`view-${detail ? detail.kind : tab}`}>{detail ? <DetailView detail={detail} /> : <current.View />}</main>
          {footer && <SyncStatusLine />}
        </div>
        </OwnerNameContext.Provider>
      </NavContext.Provider>
    </I18nContext.Provider>
  );
}
