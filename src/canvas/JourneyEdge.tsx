// An arrow between touchpoints with an optional label. Double-click the arrow or its label, or
// press Enter or F2 on a selected arrow (useArrowLabelKeys), to edit the label in place; Enter or
// leaving the field saves it, Escape cancels. Ended from the keyboard, the focus goes back to the arrow.
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo, useRef, useState } from 'react';
import { t } from '../i18n/en';
import { labelConnection } from '../store/commands';
import { useEditor, useUi } from '../store/context';
import { detourPath, edgeAnchors, type Rect } from './edgeGeometry';
import { useFlowDirection } from './flowDirection';

/** How far beside the column a detour runs: inside the gap between lanes. */
const DETOUR_CLEARANCE = 56;
import type { JourneyEdge as JourneyEdgeType } from './flowAdapters';
import { countRender } from './renderCount';
import { useZoomBand } from './useZoomBand';
import { useLocale } from '../i18n/locale';

function rectOf(node: InternalNode | undefined): Rect | null {
  // A card off screen may not be measured yet: its assumed size is close enough for an arrow to it.
  const width = node?.measured.width ?? node?.initialWidth;
  const height = node?.measured.height ?? node?.initialHeight;
  if (!node || !width || !height) return null;
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width, height };
}

function JourneyEdgeView({ id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd }: EdgeProps<JourneyEdgeType>) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  countRender('edge');
  const stores = useEditor();
  const { ui } = stores;
  const editing = useUi((state) => state.editingConnection === id);
  const [draft, setDraft] = useState('');
  /** Set when Enter or Escape ended the edit, so the field's blur on removal does not save again. */
  const endedByKey = useRef(false);
  const sourceRect = rectOf(useInternalNode(source));
  const targetRect = rectOf(useInternalNode(target));
  // A detour goes round on the side the journey runs to.
  const direction = useFlowDirection();
  const anchors = sourceRect && targetRect ? edgeAnchors(sourceRect, targetRect) : null;
  const [path, labelX, labelY] =
    data?.detour && sourceRect && targetRect
      ? (({ path: p, labelX: x, labelY: y }) => [p, x, y] as const)(detourPath(sourceRect, targetRect, DETOUR_CLEARANCE, direction))
      : getBezierPath(
          anchors
            ? { sourceX: anchors.sx, sourceY: anchors.sy, sourcePosition: anchors.sourcePosition, targetX: anchors.tx, targetY: anchors.ty, targetPosition: anchors.targetPosition }
            : { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition },
        );
  const label = data?.label;
  // Far out an arrow is a plain line: its label and arrowhead would be specks.
  const far = useZoomBand() === 'far';

  const stopEditing = (save: boolean) => {
    if (save) labelConnection(stores, id, draft);
    ui.setState({ editingConnection: null });
  };
  /** Enter or Escape in the field: the arrow gets the focus back (Delete, Tab go on from there). */
  const stopEditingByKey = (save: boolean, field: HTMLElement) => {
    const flow = field.closest('.react-flow');
    endedByKey.current = true;
    stopEditing(save);
    requestAnimationFrame(() => flow?.querySelector<SVGGElement>(`.react-flow__edge[data-id="${CSS.escape(id)}"]`)?.focus());
  };

  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={far ? undefined : markerEnd} className={selected ? 'edge-selected' : undefined} interactionWidth={24} />
      {((label && !far) || editing) && (
        <EdgeLabelRenderer>
          <div className="edge-label nodrag nopan" data-connection-id={id} style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {editing ? (
              <input
                autoFocus
                dir="auto"
                aria-label={t.canvas.editLabel}
                placeholder={t.canvas.labelPlaceholder}
                defaultValue={label ?? ''}
                maxLength={300}
                onFocus={(event) => {
                  endedByKey.current = false;
                  setDraft(event.currentTarget.value);
                }}
                onChange={(event) => setDraft(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') stopEditingByKey(true, event.currentTarget);
                  if (event.key === 'Escape') stopEditingByKey(false, event.currentTarget);
                }}
                onBlur={() => {
                  if (!endedByKey.current) stopEditing(true);
                }}
              />
            ) : (
              <button type="button" dir="auto" className="edge-label-text" title={t.canvas.editLabel} onDoubleClick={() => ui.setState({ editingConnection: id })}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter' && event.key !== 'F2') return;
                  event.preventDefault();
                  ui.setState({ editingConnection: id });
                }}
              >
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
