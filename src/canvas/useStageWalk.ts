// Frames the step the walk is on: the overview (the whole journey, as large as the screen allows)
// or one stage (its lane down to its summary, centred). Framed again when the canvas changes size
// (full screen, a taller header), so the frame always fits the screen it is shown on.
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { useEditor, useUi } from '../store/context';
import { measuredInsights, stageFrame, wholeMapFrame } from './fitMap';
import { useMapFlowDirection } from './flowDirection';
import { fitViewport } from './initialViewport';

/** Large enough to read from the back of the room, small enough to keep the neighbours in view. */
const WALK_MAX_ZOOM = 1.3;
const WALK_MARGIN = 20;
const DURATION = 300;

export function useStageWalk() {
  const { doc, ui } = useEditor();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const index = useUi((s) => s.walkStage);
  const presenting = useUi((s) => s.presenting);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const direction = useMapFlowDirection();
  useEffect(() => {
    if (!presenting) return;
    // Wait a frame: entering present mode changes the canvas size.
    const frame = requestAnimationFrame(() => {
      const map = doc.store.getState().map;
      const screen = { width: flowStore.getState().width, height: flowStore.getState().height };
      if (!screen.width || !screen.height) return;
      const { showInsights } = ui.getState();
      const measured = measuredInsights(flowStore.getState().domNode);
      const bounds =
        index === null || !map.stages[index]
          ? wholeMapFrame(map, showInsights, measured.insights, direction)
          : stageFrame(map, index, showInsights, measured.strip, direction);
      void flow.setViewport(fitViewport(bounds, screen, WALK_MAX_ZOOM, undefined, WALK_MARGIN, direction), { duration: DURATION });
    });
    return () => cancelAnimationFrame(frame);
  }, [index, presenting, width, height, doc, ui, flow, flowStore, direction]);
}
