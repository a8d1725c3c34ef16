// Centres the canvas on touchpoints when something asks for it (a click on an audit finding).
import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../model/lanes';
import { useUi } from '../store/context';

const OPTIONS = { duration: 400, padding: 0.25, maxZoom: 1, minZoom: 0.1 };

export function useFocusRequest() {
  const flow = useReactFlow();
  const store = useStoreApi();
  const request = useUi((s) => s.focusRequest);
  useEffect(() => {
    if (!request || request.ids.length === 0) return;
    // Two frames: a side panel that opens with the selection has taken its width by then, and this
    // animation replaces the small pan that keeps a new selection in view.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        // Cards off screen were never drawn (only visible elements are), so may have no measured size.
        const nodes = request.ids.map((id) => flow.getInternalNode(id)).filter((node) => node !== undefined);
        if (nodes.length === 0) return;
        if (nodes.every((node) => node.measured.width && node.measured.height)) {
          void flow.fitView({ ...OPTIONS, nodes: nodes.map((node) => ({ id: node.id })) });
          return;
        }
        let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
        for (const node of nodes) {
          const { x, y } = node.internals.positionAbsolute;
          left = Math.min(left, x);
          top = Math.min(top, y);
          right = Math.max(right, x + (node.measured.width ?? NODE_WIDTH));
          bottom = Math.max(bottom, y + (node.measured.height ?? NODE_HEIGHT));
        }
        const { width, height } = store.getState();
        const viewport = getViewportForBounds({ x: left, y: top, width: right - left, height: bottom - top }, width, height, OPTIONS.minZoom, OPTIONS.maxZoom, OPTIONS.padding);
        void flow.setViewport(viewport, { duration: OPTIONS.duration });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [request, flow, store]);
}
