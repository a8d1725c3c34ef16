// An arrow's label from the keyboard. Tab reaches an arrow and Enter selects it (React Flow's
// own keys); then Enter or F2 opens its label field in place (F2 at once, selecting it too).
// An arrow selected with the mouse takes Enter or F2 the same way while the focus is on the
// canvas. Delete removes a selected arrow (React Flow's delete key, set on the canvas).
import { useEffect, type RefObject } from 'react';
import { useEditor } from '../store/context';
import { selectTouchpoints } from '../store/uiStore';

function isTyping(target: Element): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName));
}

export function useArrowLabelKeys(container: RefObject<HTMLElement | null>) {
  const { ui } = useEditor();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.key !== 'Enter' && event.key !== 'F2') || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (!target || isTyping(target)) return;
      const state = ui.getState();
      if (state.presenting || state.editingConnection !== null) return;
      const arrow = target.closest('.react-flow__edge');
      let id: string | null = null;
      if (arrow && container.current?.contains(arrow)) {
        id = arrow.getAttribute('data-id');
        // The first Enter on an arrow selects it (React Flow); the next one edits its label.
        if (event.key === 'Enter' && !(id !== null && state.selectedConnections.has(id))) return;
      } else if (
        (target === document.body || (container.current?.contains(target) && !target.closest('.react-flow__node'))) &&
        state.selectedConnections.size === 1 &&
        state.selectedTouchpoints.size === 0
      ) {
        [id = null] = state.selectedConnections;
      }
      if (id === null) return;
      event.preventDefault();
      event.stopPropagation();
      if (!state.selectedConnections.has(id) || state.selectedConnections.size > 1) selectTouchpoints(ui, [], [id]);
      ui.setState({ editingConnection: id });
    };
    // Capture: before React Flow's own Enter on the arrow, and reading the selection as it was.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [ui, container]);
}
