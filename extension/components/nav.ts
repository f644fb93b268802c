import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type TabId = 'board' | 'leads' | 'today' | 'metrics' | 'data' | 'capture' | 'settings';
/** A view opened over the tabs: a deal, a lead, or the stage editor. */
export type Detail = { kind: 'deal'; id: string } | { kind: 'lead'; id: string } | { kind: 'stages'; pipelineId?: string } | { kind: 'new-pipeline' };

export interface Nav {
  open(detail: Detail): void;
  close(): void;
  goTab(tab: TabId): void;
}

export const NavContext = createContext<Nav>({ open() {}, close() {}, goTab() {} });
export const useNav = () => useContext(NavContext);
