import { useMemo, useState } from 'preact/hooks';
import { I18nContext, makeI18n } from '../hooks/useI18n.ts';
import { pickLocale, type MessageKey } from '../i18n/index.ts';
import { CapturePanel } from './CapturePanel.tsx';
import { LeadList } from './LeadList.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { SyncStatusLine } from './SyncStatusLine.tsx';

const TABS = [
  { id: 'capture', label: 'tab.capture', View: CapturePanel },
  { id: 'leads', label: 'tab.leads', View: LeadList },
  { id: 'settings', label: 'tab.settings', View: SettingsPanel },
] as const satisfies readonly { id: string; label: MessageKey; View: () => unknown }[];

type TabId = (typeof TABS)[number]['id'];

export function App({ language }: { language: string }) {
  const i18n = useMemo(() => makeI18n(pickLocale(language)), [language]);
  const [tab, setTab] = useState<TabId>(() => (location.hash.slice(1) as TabId) || 'capture');
  const current = TABS.find((x) => x.id === tab) ?? TABS[0];
  return (
    <I18nContext.Provider value={i18n}>
      <div class="app" lang={i18n.locale}>
        <nav class="tabs" role="tablist">
          {TABS.map(({ id, label }) => (
            <button key={id} role="tab" aria-selected={id === tab} class={id === tab ? 'tab active' : 'tab'} onClick={() => setTab(id)}>
              {i18n.t(label)}
            </button>
          ))}
        </nav>
        <main>
          <current.View />
        </main>
        <SyncStatusLine />
      </div>
    </I18nContext.Provider>
  );
}
