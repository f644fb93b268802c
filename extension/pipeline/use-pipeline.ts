import type { Pipeline } from '@pipeclip/shared';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getDb } from '../db/database.ts';
import { useI18n } from '../hooks/useI18n.ts';
import { useLiveQuery } from '../hooks/useLiveQuery.ts';
import { PIPELINES_KEY, SELECTED_KEY, cachedPipelines, pickPipeline } from './pipeline-cache.ts';

/**
 * The rep's pipelines and the one in view (remembered per device). Creates the default pipeline, with stage
 * names in the rep's language, the first time the side panel opens on an empty database.
 */
export function usePipelines() {
  const { t } = useI18n();
  const [start] = useState(cachedPipelines);
  const read = useLiveQuery(() => getDb().pipelines.toArray(), [], start);
  // The database's answer usually equals the copy the panel started from: keep the same objects then, so
  // the board's queries, keyed by the pipeline, are not started a second time.
  const last = useRef<{ json: string; value: Pipeline[] | undefined }>();
  const json = JSON.stringify(read ?? null);
  if (last.current?.json !== json) last.current = { json, value: read };
  const loaded = last.current.value;
  useEffect(() => {
    if (loaded) localStorage.setItem(PIPELINES_KEY, json);
  }, [loaded]);
  const [selected, setSelected] = useState(() => localStorage.getItem(SELECTED_KEY) ?? '');
  const pipelines = loaded?.filter((p) => !p.deletedAt);
  useEffect(() => {
    if (!pipelines || pipelines.length) return;
    void import('./defaults.ts').then((m) => m.ensureDefaultPipeline(getDb(), t('pipeline.defaultName'), (k) => t(k)));
  }, [pipelines?.length]);
  const current: Pipeline | undefined = pickPipeline(pipelines, selected);
  const select = (id: string) => {
    localStorage.setItem(SELECTED_KEY, id);
    setSelected(id);
  };
  return { pipelines, current, select };
}
