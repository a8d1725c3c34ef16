// Keys of the workshop: P presents, Esc leaves; while presenting, the arrows (← and → the way the
// journey runs) and PageUp/PageDown (what a presentation clicker sends) walk the journey: the
// overview, then stage by stage. Home goes back to the overview, End to the last stage. While a
// dialog is open, its keys are its own.
import { useEffect } from 'react';
import { flowDirection } from '../../canvas/flowMirror';
import { interfaceDirection } from '../../i18n/locale';
import type { EditorStores } from '../../store/context';
import { enterPresent, leavePresent, walk, walkTo } from './workshopActions';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

const NEXT = new Set(['ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowUp', 'PageUp']);

/** One step on (1), back (-1) or none (0). ← and → follow the way the journey runs on screen: ← is "next" when it runs right to left. */
function walkStep(key: string, stores: EditorStores): 1 | -1 | 0 {
  if (NEXT.has(key)) return 1;
  if (PREVIOUS.has(key)) return -1;
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return 0;
  const forward = flowDirection(stores.doc.store.getState().map.flow, interfaceDirection()) === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  return key === forward ? 1 : -1;
}

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
      } else if (walkStep(event.key, stores) !== 0) {
        event.preventDefault();
        walk(stores, walkStep(event.key, stores));
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
