// Keys of the workshop: P presents, Esc leaves; while presenting, the arrows and PageUp/PageDown
// (what a presentation clicker sends) walk the journey: the overview, then stage by stage. Home
// goes back to the overview, End to the last stage. While a dialog is open, its keys are its own.
import { useEffect } from 'react';
import type { EditorStores } from '../../store/context';
import { enterPresent, leavePresent, walk, walkTo } from './workshopActions';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

export function useWorkshopKeys(stores: EditorStores) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      // Space on a focused button presses it (the voting toggle, say); it walks only from elsewhere.
      if (event.key === ' ' && event.target instanceof Element && event.target.closest('button, a[href], summary')) return;
      const { presenting } = stores.ui.getState();
      if (!presenting) {
        if (event.key === 'p' || event.key === 'P') {
          event.preventDefault();
          enterPresent(stores);
        }
        return;
      }
      if (event.key === 'Escape' || event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        leavePresent(stores);
      } else if (NEXT.has(event.key)) {
        event.preventDefault();
        walk(stores, 1);
      } else if (PREVIOUS.has(event.key)) {
        event.preventDefault();
        walk(stores, -1);
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        walkTo(stores, event.key === 'Home' ? 'overview' : 'last');
      }
    };
    // Leaving full screen with the browser's own Esc also leaves present mode.
    const onFullscreenChange = () => {
      if (!document.fullscreenElement && stores.ui.getState().presenting) leavePresent(stores);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      // Leaving the editor while presenting (the browser's Back) must not leave the library in full screen.
      if (stores.ui.getState().presenting) leavePresent(stores);
    };
  }, [stores]);
}
