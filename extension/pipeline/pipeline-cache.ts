import type { Pipeline } from '@pipeclip/shared';

/** localStorage keys: the pipeline in view on this device, and the pipelines as last read from the database. */
export const SELECTED_KEY = 'pipeclip.pipeline';
export const PIPELINES_KEY = 'pipeclip.pipelines';

/** Deals per board column in the first page (more load on scroll). */
export const BOARD_PAGE = 40;

/** The pipelines as last seen on this device, so the board's queries can start before the database answers. */
export function cachedPipelines(): Pipeline[] | undefined {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(PIPELINES_KEY) ?? 'null');
    return Array.isArray(list) && list.length ? (list as Pipeline[]) : undefined;
  } catch {
    return undefined;
  }
}

/** The pipeline in view: the one chosen on this device, else the first that is not deleted. */
export function pickPipeline(pipelines: Pipeline[] | undefined, selected: string | null): Pipeline | undefined {
  const live = pipelines?.filter((p) => !p.deletedAt);
  return live?.find((p) => p.id === selected) ?? live?.[0];
}

/** What the board's columns depend on: a first screen read for another shape of the pipeline is not used. */
export const pipelineShape = (p: Pipeline) => `${p.id}:${p.updatedAt}:${p.stages.map((s) => s.id).join(',')}`;
