// Keyboard shortcuts of the editor. Text fields keep their own (typing Ctrl+Z in a field undoes text).
import { useEffect } from 'react';
import type { EditorStores } from '../../store/context';
import { copySelection, duplicateSelection, paste } from '../../store/editorActions';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function useShortcuts(stores: EditorStores) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
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
