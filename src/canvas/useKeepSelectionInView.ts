// When the inspector opens it narrows the canvas; if that hides the touchpoint just selected,
// pan (not zoom) so it stays in view.
import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { useUi } from '../store/context';

export function useKeepSelectionInView(container: RefObject<HTMLElement | null>) {
  const flow = useReactFlow();
  const selected = useUi((s) => s.selectedTouchpoints);
  useEffect(() => {
    if (selected.size !== 1) return;
    const [id] = selected;
    // Wait a frame so the side panel has taken its place.
    const frame = requestAnimationFrame(() => {
      const element = container.current?.querySelector(`.react-flow__node[data-id="${CSS.escape(id as string)}"]`);
      const bounds = container.current?.getBoundingClientRect();
      const node = element?.getBoundingClientRect();
      if (!bounds || !node) return;
      const inView = node.left >= bounds.left && node.right <= bounds.right && node.top >= bounds.top && node.bottom <= bounds.bottom;
      if (inView) return;
      const { x, y, zoom } = flow.getViewport();
      const dx = node.right > bounds.right ? bounds.right - node.right - 40 : node.left < bounds.left ? bounds.left - node.left + 40 : 0;
      const dy = node.bottom > bounds.bottom ? bounds.bottom - node.bottom - 40 : node.top < bounds.top ? bounds.top - node.top + 40 : 0;
      void flow.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [selected, flow, container]);
}
