// The Inspector side panel: every field of the selected touchpoint (FORMAT.md, Touchpoint).
// It subscribes only to the selection, the selected touchpoint and the map's stages; sections are
// memoised on their own slice, so typing in one field re-renders only that section (and "Leads to",
// which reads the arrows and the titles of the other touchpoints).
import { useCallback, useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { t } from '../../i18n/en';
import { useEditor, useMapSelector, useUi } from '../../store/context';
import { ActionSection } from './ActionSection';
import { BasicsSection } from './BasicsSection';
import { TouchpointEditorContext } from './context';
import { EmotionField } from './EmotionField';
import { EvidenceSection } from './EvidenceSection';
import { ExpectationSection } from './ExpectationSection';
import { ExperienceSection } from './ExperienceSection';
import { FrictionSection } from './FrictionSection';
import { LeadsToSection } from './LeadsToSection';
import { MetricSection } from './MetricSection';
import { PillarSection } from './PillarSection';
import { distinctTopics } from './topics';
import { createTouchpointEditor } from './touchpointEditor';
import { TrustBreakSection } from './TrustBreakSection';
import { VotesField } from './VotesField';
import './inspector.css';

export function Inspector() {
  const selected = useUi((state) => state.selectedTouchpoints);
  const [only] = selected;
  return (
    <section className="insp" aria-label={t.inspector.label}>
      {selected.size > 1 ? (
        <div className="insp-empty">
          <p className="insp-empty-title">{t.inspector.manySelected(selected.size)}</p>
          <p>{t.inspector.manyHint}</p>
        </div>
      ) : only === undefined ? (
        <NothingSelected />
      ) : (
        <TouchpointForm key={only} id={only} />
      )}
    </section>
  );
}

function NothingSelected() {
  return (
    <div className="insp-empty">
      <p>{t.inspector.noneSelected}</p>
    </div>
  );
}

function TouchpointForm({ id }: { id: string }) {
  const { doc } = useEditor();
  const touchpoint = useMapSelector((map) => map.touchpoints.find((candidate) => candidate.id === id));
  const [topics, setTopics] = useState<string[]>([]);
  const topicsListId = useId();
  // Topic suggestions are read when a topic input gets focus, not subscribed to: the inspector
  // must not re-render on every change elsewhere in the map.
  const refreshTopics = useCallback(() => {
    const next = distinctTopics(doc.store.getState().map);
    setTopics((current) => (current.length === next.length && current.every((topic, i) => topic === next[i]) ? current : next));
  }, [doc]);
  const editor = useMemo(() => createTouchpointEditor(doc, id, topicsListId, refreshTopics), [doc, id, topicsListId, refreshTopics]);
  const form = useRef<HTMLDivElement>(null);
  useFocusTitleWhenNew(id, form);

  if (!touchpoint) return <NothingSelected />;
  return (
    <TouchpointEditorContext value={editor}>
      <div className="insp-form" ref={form}>
        <datalist id={topicsListId}>
          {topics.map((topic) => (
            <option key={topic} value={topic} />
          ))}
        </datalist>
        <BasicsSection
          title={touchpoint.title}
          channel={touchpoint.channel}
          stageId={touchpoint.stageId}
          description={touchpoint.description}
        />
        <div className="insp-section insp-feel">
          <EmotionField value={touchpoint.emotion} />
          <VotesField value={touchpoint.votes ?? 0} />
        </div>
        <LeadsToSection />
        <FrictionSection items={touchpoint.friction} />
        <TrustBreakSection items={touchpoint.trustBreaks} />
        <ExpectationSection items={touchpoint.expectations} />
        <ExperienceSection items={touchpoint.experiences} />
        <MetricSection items={touchpoint.metrics} />
        <PillarSection pillars={touchpoint.pillars} />
        <EvidenceSection items={touchpoint.evidence} />
        <ActionSection items={touchpoint.actions} />
      </div>
    </TouchpointEditorContext>
  );
}

/** A touchpoint just added: its title is focused and selected, ready to be typed over. */
function useFocusTitleWhenNew(id: string, form: RefObject<HTMLDivElement | null>) {
  const { ui } = useEditor();
  const requested = useUi((state) => state.titleFocusRequest === id);
  useEffect(() => {
    if (!requested) return;
    const title = form.current?.querySelector<HTMLInputElement>('.insp-basics input');
    title?.focus();
    title?.select();
    ui.setState({ titleFocusRequest: null });
  }, [requested, form, ui]);
}
