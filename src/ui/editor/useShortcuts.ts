// Keyboard shortcuts of the editor. Text fields keep their own (typing Ctrl+Z in a field undoes text).
// C on a selected card focuses "Add arrow to…" in its details (a new arrow without a mouse).
import { useEffect } from 'react';
import type { EditorStores } from '../../store/context';
import { copySelection, duplicateSelection, paste } from '../../store/commands';
import { requestArrowPicker } from '../../store/uiStore';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function useShortcuts(stores: EditorStores) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || isTyping(event.target)) return;
      if (!(event.ctrlKey || event.metaKey)) {
        // preventDefault: the picker, focused at once, must not take the "c" as a first letter to match.
        if (event.key.toLowerCase() === 'c' && !document.querySelector('dialog[open]') && requestArrowPicker(stores.ui)) event.preventDefault();
        return;
      }
      const key = event.key.toLowerCase();
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      if (key === 'z' && event.shiftKey) run(stores.doc.redo);
      else if (key === 'z') run(stores.doc.undo);
      else if (key === 'y') run(stores.doc.redo);
      else if (key === 'c') run(() => copySelection(stores));
      else if (key === 'v') run(() => paste(stores));
      else if (key === 'd') run(() => duplicateSelection(stores));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [stores]);
}
