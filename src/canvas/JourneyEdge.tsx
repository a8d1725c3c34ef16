// An arrow between touchpoints with an optional label. Double-click the arrow or its label
// to edit the label in place; Enter or leaving the field saves it, Escape cancels.
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo, useState } from 'react';
import { t } from '../i18n/en';
import { setConnectionLabel } from '../model/connections';
import { useEditor, useUi } from '../store/context';
import { detourPath, edgeAnchors, type Rect } from './edgeGeometry';

/** How far beside the column a detour runs: inside the gap between lanes. */
const DETOUR_CLEARANCE = 56;
import type { JourneyEdge as JourneyEdgeType } from './flowAdapters';
import { countRender } from './renderCount';

function rectOf(node: InternalNode | undefined): Rect | null {
  if (!node?.measured.width || !node.measured.height) return null;
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width, height: node.measured.height };
}

function JourneyEdgeView({ id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd }: EdgeProps<JourneyEdgeType>) {
  countRender('edge');
  const { doc, ui } = useEditor();
  const editing = useUi((state) => state.editingConnection === id);
  const [draft, setDraft] = useState('');
  const sourceRect = rectOf(useInternalNode(source));
  const targetRect = rectOf(useInternalNode(target));
  const anchors = sourceRect && targetRect ? edgeAnchors(sourceRect, targetRect) : null;
  const [path, labelX, labelY] =
    data?.detour && sourceRect && targetRect
      ? (({ path: p, labelX: x, labelY: y }) => [p, x, y] as const)(detourPath(sourceRect, targetRect, DETOUR_CLEARANCE))
      : getBezierPath(
          anchors
            ? { sourceX: anchors.sx, sourceY: anchors.sy, sourcePosition: anchors.sourcePosition, targetX: anchors.tx, targetY: anchors.ty, targetPosition: anchors.targetPosition }
            : { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition },
        );
  const label = data?.label;

  const stopEditing = (save: boolean) => {
    if (save && draft.trim() !== (label ?? '')) doc.edit((map) => setConnectionLabel(map, id, draft));
    ui.setState({ editingConnection: null });
  };

  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={selected ? 'edge-selected' : undefined} interactionWidth={24} />
      {(label || editing) && (
        <EdgeLabelRenderer>
          <div className="edge-label nodrag nopan" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {editing ? (
              <input
                autoFocus
                dir="auto"
                aria-label={t.canvas.editLabel}
                placeholder={t.canvas.labelPlaceholder}
                defaultValue={label ?? ''}
                maxLength={300}
                onFocus={(event) => setDraft(event.currentTarget.value)}
                onChange={(event) => setDraft(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') stopEditing(true);
                  if (event.key === 'Escape') stopEditing(false);
                }}
                onBlur={() => stopEditing(true)}
              />
            ) : (
              <button type="button" dir="auto" className="edge-label-text" title={t.canvas.editLabel} onDoubleClick={() => ui.setState({ editingConnection: id })}>
                {label}
              </button>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const JourneyEdge = memo(JourneyEdgeView);
