// Frames the stage the walk is on: its lane, centred, as large as the screen allows.
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { laneExtent, laneLeft, LANE_HEADER_HEIGHT, LANE_WIDTH, NODE_HEIGHT } from '../model/lanes';
import { useEditor, useUi } from '../store/context';

const WALK_MAX_ZOOM = 1.3;

export function useStageWalk() {
  const { doc } = useEditor();
  const flow = useReactFlow();
  const index = useUi((s) => s.walkStage);
  const presenting = useUi((s) => s.presenting);
  useEffect(() => {
    if (index === null) return;
    const map = doc.store.getState().map;
    const stage = map.stages[index];
    if (!stage) return;
    const inStage = map.touchpoints.filter((tp) => tp.stageId === stage.id);
    const { top } = laneExtent(map);
    const bottom = inStage.reduce((max, tp) => Math.max(max, tp.position.y + NODE_HEIGHT), top + LANE_HEADER_HEIGHT + NODE_HEIGHT);
    // Wait a frame: entering present mode changes the canvas size.
    const frame = requestAnimationFrame(() => {
      const element = document.querySelector('.react-flow');
      const width = element?.clientWidth ?? 1200;
      const height = element?.clientHeight ?? 800;
      const bounds = { x: laneLeft(index), y: top, width: LANE_WIDTH, height: bottom - top + 40 };
      // Large enough to read from the back of the room, small enough to keep the neighbours in view.
      const zoom = Math.min(WALK_MAX_ZOOM, (height * 0.92) / bounds.height, (width * 0.92) / bounds.width);
      // The lane's top just under the header, so the summary strip below stays in view too.
      void flow.setCenter(bounds.x + bounds.width / 2, bounds.y + height / zoom / 2 - 24 / zoom, { zoom, duration: 300 });
    });
    return () => cancelAnimationFrame(frame);
  }, [index, presenting, doc, flow]);
}
