// Add, rename, recolour, reorder and delete stages. Deleting a stage that has touchpoints asks
// first and moves them to the neighbouring stage; the last stage cannot be deleted.
import { AlignVerticalDistributeStart, ArrowLeft, ArrowRight, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { t } from '../../i18n/en';
import { neighbourStage, updateStage } from '../../model/stages';
import type { Stage } from '../../model/schema';
import { useEditor, useMapSelector } from '../../store/context';
import { addStageAtEnd, arrangeOneStage, deleteStageKeepingCards, moveStageTo } from '../../store/commands';
import { useMapFlowDirection } from '../../canvas/flowDirection';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useGroupedEdit } from '../common/useGroupedEdit';

function StageRow({ stage, index, count, onDelete }: { stage: Stage; index: number; count: number; onDelete: (stage: Stage) => void }) {
  const stores = useEditor();
  const name = useGroupedEdit(`stage:${stage.id}:name`);
  const color = useGroupedEdit(`stage:${stage.id}:color`);
  // "Earlier" points the way the journey runs back: to the right when it runs right to left.
  const alongFlow = useMapFlowDirection() === 'rtl' ? 'flip-x' : undefined;
  const [draft, setDraft] = useState(stage.name);
  const [seen, setSeen] = useState(stage.name);
  if (seen !== stage.name) {
    // The name changed elsewhere (undo): show it.
    setSeen(stage.name);
    setDraft(stage.name);
  }
  return (
    <li className="stage-row">
      <input
        type="color"
        aria-label={`${t.stages.color}: ${stage.name}`}
        value={stage.color ?? '#64748b'}
        onChange={(e) => color.edit((m) => updateStage(m, stage.id, { color: e.target.value }))}
        onBlur={color.done}
      />
      <input
        type="text"
        dir="auto"
        aria-label={`${t.stages.name} ${index + 1}`}
        value={draft}
        maxLength={120}
        aria-invalid={draft.trim() === ''}
        onChange={(e) => {
          setDraft(e.target.value);
          const value = e.target.value.trim();
          if (value) name.edit((m) => updateStage(m, stage.id, { name: value }));
        }}
        onBlur={() => {
          name.done();
          setDraft(stage.name);
        }}
      />
      <button type="button" className="icon" aria-label={`${t.stages.moveLeft}: ${stage.name}`} title={t.stages.moveLeft} disabled={index === 0} onClick={() => moveStageTo(stores, stage.id, index - 1)}>
        <ArrowLeft size={16} aria-hidden className={alongFlow} />
      </button>
      <button type="button" className="icon" aria-label={`${t.stages.moveRight}: ${stage.name}`} title={t.stages.moveRight} disabled={index === count - 1} onClick={() => moveStageTo(stores, stage.id, index + 1)}>
        <ArrowRight size={16} aria-hidden className={alongFlow} />
      </button>
      <button type="button" className="icon" aria-label={`${t.stages.arrange}: ${stage.name}`} title={t.stages.arrangeHint} onClick={() => arrangeOneStage(stores, stage.id)}>
        <AlignVerticalDistributeStart size={16} aria-hidden />
      </button>
      <button type="button" className="icon danger" aria-label={`${t.stages.delete}: ${stage.name}`} title={t.stages.delete} onClick={() => onDelete(stage)}>
        <Trash2 size={16} aria-hidden />
      </button>
    </li>
  );
}

export function StagesPanel() {
  const stores = useEditor();
  const { ui } = stores;
  const stages = useMapSelector((m) => m.stages);
  const [pending, setPending] = useState<Stage | null>(null);

  const requestDelete = (stage: Stage) => {
    if (stages.length === 1) {
      ui.setState({ notice: t.stages.lastStage });
      return;
    }
    setPending(stage);
  };

  const confirmDelete = () => {
    if (!pending) return;
    setPending(null);
    deleteStageKeepingCards(stores, pending.id);
  };

  const pendingCount = useMapSelector((m) => (pending ? m.touchpoints.filter((tp) => tp.stageId === pending.id).length : 0));
  const pendingTarget = useMapSelector((m) => (pending ? neighbourStage(m, pending.id)?.name ?? '' : ''));

  return (
    <section className="panel-section" aria-labelledby="stages-heading">
      <h3 id="stages-heading">{t.stages.heading}</h3>
      <ol className="stage-list">
        {stages.map((stage, index) => (
          <StageRow key={stage.id} stage={stage} index={index} count={stages.length} onDelete={requestDelete} />
        ))}
      </ol>
      <button type="button" onClick={() => addStageAtEnd(stores)}>
        <Plus size={16} aria-hidden /> {t.stages.add}
      </button>
      {pending && (
        <ConfirmDialog title={t.stages.confirmDeleteTitle(pending.name)} confirmLabel={t.common.delete} onConfirm={confirmDelete} onCancel={() => setPending(null)}>
          <p>{pendingCount > 0 ? t.stages.confirmDeleteMove(pendingCount, pendingTarget) : t.stages.confirmDeleteEmpty}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
