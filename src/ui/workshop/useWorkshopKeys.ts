// Keys of the workshop: P presents, Esc leaves; while presenting, the arrows and PageUp/PageDown
// (what a presentation clicker sends) walk the journey stage by stage.
import { useEffect } from 'react';
import type { EditorStores } from '../../store/context';
import { enterPresent, leavePresent, walk } from './workshopActions';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

export function useWorkshopKeys(stores: EditorStores) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const { presenting } = stores.ui.getState();
      if (!presenting) {
        if (event.key === 'p' || event.key === 'P') {
          event.preventDefault();
          enterPresent(stores);
        }
        return;
      }
      if (event.key === 'Escape' || event.key === 'p' || event.key === 'P') {
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        leavePresent(stores);
      } else if (NEXT.has(event.key)) {
        event.preventDefault();
        walk(stores, 1);
      } else if (PREVIOUS.has(event.key)) {
        event.preventDefault();
        walk(stores, -1);
      } else if (event.key === 'Home') {
        event.preventDefault();
        stores.ui.setState({ walkStage: 0 });
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
