// Present mode's header: the step the walk is on (the overview of the whole journey, then each
// stage with its counts and the expectation messages set there), the controls to step through
// it, and the workshop's tools: the lens, dot-voting, votes and legend, reset votes, leave.
import { ChevronLeft, ChevronRight, ListOrdered, X } from 'lucide-react';
import { useMemo } from 'react';
import { tidy } from '../../audit/fold';
import { t } from '../../i18n/en';
import type { JourneyMap } from '../../model/schema';
import { useEditor, useMapSelector, useUi } from '../../store/context';
import { isFirstStep, isLastStep } from '../../workshop/walk';
import { useMapFlowDirection } from '../../canvas/flowDirection';
import { LensSelect } from './LensSelect';
import { ResetVotes } from './ResetVotes';
import { VotingToggle } from './VotingToggle';
import { leavePresent, walk } from './workshopActions';

function counts(touchpoints: JourneyMap['touchpoints']) {
  return {
    friction: touchpoints.reduce((n, tp) => n + tp.friction.length, 0),
    trustBreaks: touchpoints.reduce((n, tp) => n + tp.trustBreaks.length, 0),
    messages: touchpoints.flatMap((tp) => tp.expectations.map((e) => ({ ...e, key: `${tp.id}:${e.id}`, where: tp.title }))),
  };
}

function Overview() {
  const title = useMapSelector((m) => m.title);
  const stages = useMapSelector((m) => m.stages);
  const touchpoints = useMapSelector((m) => m.touchpoints);
  const all = useMemo(() => counts(touchpoints), [touchpoints]);
  return (
    <>
      <p className="stage-header-step">{t.workshop.overview}</p>
      <h2 className="is-overview"><bdi dir="auto">{title || t.common.untitled}</bdi></h2>
      <p className="stage-header-counts">{t.workshop.overviewCounts(stages.length, touchpoints.length, all.friction, all.trustBreaks)}</p>
      <p className="stage-header-hint">{t.workshop.walkHint}</p>
    </>
  );
}

function Stage({ index }: { index: number }) {
  const stages = useMapSelector((m) => m.stages);
  const touchpoints = useMapSelector((m) => m.touchpoints);
  const stage = stages[index];
  const here = useMemo(() => touchpoints.filter((tp) => tp.stageId === stage?.id), [touchpoints, stage]);
  const inStage = useMemo(() => counts(here), [here]);
  if (!stage) return null;
  return (
    <>
      <p className="stage-header-step">{t.workshop.stageStep(index + 1, stages.length)}</p>
      <h2 style={{ borderColor: stage.color }}><bdi dir="auto">{stage.name}</bdi></h2>
      <p className="stage-header-counts">{t.workshop.stageCounts(here.length, inStage.friction, inStage.trustBreaks, inStage.messages.length)}</p>
      {inStage.messages.length > 0 && (
        <ul className="stage-header-messages" aria-label={t.workshop.messagesHere}>
          {inStage.messages.map((m) => (
            <li key={m.key}>
              <strong dir="auto">{tidy(m.topic)}</strong>: <bdi dir="auto">{m.message}</bdi> <span className="muted">— <bdi dir="auto">{m.where}</bdi></span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function StageHeader() {
  const stores = useEditor();
  const index = useUi((s) => s.walkStage);
  const panel = useUi((s) => s.panel);
  const stageCount = useMapSelector((m) => m.stages.length);
  const onStage = index !== null && index < stageCount;
  const previous = index === 0 ? t.workshop.backToOverview : t.workshop.previousStage;
  // The walk goes the way the journey runs: "next" points left when it runs right to left.
  // The buttons sit in that order too.
  const flow = useMapFlowDirection();
  const alongFlow = flow === 'rtl' ? 'flip-x' : undefined;
  return (
    <header className="stage-header">
      <div className="stage-header-steps" role="group" aria-label={t.workshop.stepsLabel} dir={flow}>
        <button type="button" className="icon" aria-label={previous} title={previous} disabled={isFirstStep(index, stageCount)} onClick={() => walk(stores, -1)}>
          <ChevronLeft size={28} aria-hidden className={alongFlow} />
        </button>
        <button type="button" className="icon" aria-label={t.workshop.nextStage} title={t.workshop.nextStage} disabled={isLastStep(index, stageCount)} onClick={() => walk(stores, 1)}>
          <ChevronRight size={28} aria-hidden className={alongFlow} />
        </button>
      </div>
      <div className="stage-header-main" aria-live="polite">
        {onStage ? <Stage index={index} /> : <Overview />}
      </div>
      <div className="stage-header-tools" role="group" aria-label={t.workshop.presentTools}>
        <LensSelect />
        <VotingToggle />
        <button type="button" aria-pressed={panel === 'votes'} onClick={() => stores.ui.setState({ panel: panel === 'votes' ? null : 'votes' })}>
          <ListOrdered size={18} aria-hidden /> {t.workshop.workshopPanel}
        </button>
        <ResetVotes />
        <button type="button" onClick={() => leavePresent(stores)}>
          <X size={18} aria-hidden /> {t.workshop.leavePresent}
        </button>
      </div>
    </header>
  );
}
