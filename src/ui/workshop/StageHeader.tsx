// Present mode's header: the stage the walk is on, its counts and the expectation messages
// set there, with controls to step through the journey and to leave.
import { ChevronLeft, ChevronRight, X } from 'lucide-react';
import { t } from '../../i18n/en';
import { useEditor, useMapSelector, useUi } from '../../store/context';
import { LensSelect } from './LensSelect';
import { leavePresent, walk } from './workshopActions';

export function StageHeader() {
  const stores = useEditor();
  const index = useUi((s) => s.walkStage);
  const stages = useMapSelector((m) => m.stages);
  const touchpoints = useMapSelector((m) => m.touchpoints);
  const stage = index === null ? undefined : stages[index];
  const inStage = stage ? touchpoints.filter((tp) => tp.stageId === stage.id) : [];
  const friction = inStage.reduce((n, tp) => n + tp.friction.length, 0);
  const trustBreaks = inStage.reduce((n, tp) => n + tp.trustBreaks.length, 0);
  const messages = inStage.flatMap((tp) => tp.expectations.map((e) => ({ ...e, key: `${tp.id}:${e.id}`, where: tp.title })));
  return (
    <header className="stage-header" aria-live="polite">
      <button type="button" className="icon" aria-label={t.workshop.previousStage} title={t.workshop.previousStage} disabled={!stage || index === 0} onClick={() => walk(stores, -1)}>
        <ChevronLeft size={28} aria-hidden />
      </button>
      <div className="stage-header-main">
        {stage ? (
          <>
            <p className="stage-header-step">{t.workshop.stageStep((index ?? 0) + 1, stages.length)}</p>
            <h2 dir="auto" style={{ borderColor: stage.color }}>{stage.name}</h2>
            <p className="stage-header-counts">{t.workshop.stageCounts(inStage.length, friction, trustBreaks, messages.length)}</p>
            {messages.length > 0 && (
              <ul className="stage-header-messages" aria-label={t.workshop.messagesHere}>
                {messages.map((m) => (
                  <li key={m.key}>
                    <strong dir="auto">{m.topic}</strong>: <bdi dir="auto">{m.message}</bdi> <span className="muted">— <bdi dir="auto">{m.where}</bdi></span>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <h2>{t.workshop.walkHint}</h2>
        )}
      </div>
      <button type="button" className="icon" aria-label={t.workshop.nextStage} title={t.workshop.nextStage} disabled={index !== null && index >= stages.length - 1} onClick={() => walk(stores, 1)}>
        <ChevronRight size={28} aria-hidden />
      </button>
      <div className="stage-header-tools">
        <LensSelect />
        <button type="button" onClick={() => leavePresent(stores)}>
          <X size={18} aria-hidden /> {t.workshop.leavePresent}
        </button>
      </div>
    </header>
  );
}
