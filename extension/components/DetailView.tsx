import { DealDetail } from './DealDetail.tsx';
import { LeadDetail } from './LeadDetail.tsx';
import type { Detail } from './nav.ts';
import { PipelineEditor } from './PipelineEditor.tsx';

/** The view opened over the tabs: a deal, a lead or the stage editor. */
export function DetailView({ detail }: { detail: Detail }) {
  if (detail.kind === 'deal') return <DealDetail key={detail.id} id={detail.id} />;
  if (detail.kind === 'lead') return <LeadDetail key={detail.id} id={detail.id} />;
  return <PipelineEditor key={detail.kind} pipelineId={detail.kind === 'stages' ? detail.pipelineId : undefined} creating={detail.kind === 'new-pipeline'} />;
}
