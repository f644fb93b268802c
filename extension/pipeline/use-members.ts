import { createContext } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import type { I18n } from '../hooks/useI18n.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import { firstScreenMembers } from './first-screen.ts';
import { ownerLabel, readMembers } from './members.ts';

/** The name to show for an owner id (a member's name, "you", "Unassigned", or a short id). */
export type OwnerName = (ownerId: string | undefined) => string;

export const OwnerNameContext = createContext<OwnerName>((id) => id ?? '');
export const useOwnerName = () => useContext(OwnerNameContext);

/**
 * The owner names for the whole side panel, from the stored member directory; the directory is refreshed from
 * the team server a moment after the first screen is up (the fetch code and schema load only then).
 */
export function useOwnerNames(t: I18n['t']): OwnerName {
  // Until the live query answers, the names the boot script read with the first screen.
  const directory = useLiveQuery(() => readMembers(getDb()), [], firstScreenMembers());
  useEffect(() => {
    const abort = new AbortController();
    const timer = setTimeout(() => {
      void import('./members-fetch.ts').then((m) => (abort.signal.aborted ? undefined : m.keepMembersFresh(getDb(), abort.signal)));
    }, 1000);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, []);
  return useMemo(() => {
    const words = { unassigned: t('list.unassigned'), me: (name: string) => t('owner.me', { name }), unknown: (id: string) => t('owner.unknown', { id }) };
    return (id: string | undefined) => ownerLabel(directory, id, words);
  }, [directory, t]);
}
