// A double-click on a card opens its details, and the details panel may open right under the
// pointer: the second click must not land on a control there (it once changed an emotion or
// a vote). Clicks that continue a click sequence begun outside the panel are swallowed before
// they reach it; a double-click begun inside the panel (selecting a word) is left alone.
import { useEffect, type RefObject } from 'react';

const PANEL = '.side-panel';

export function useDoubleClickGuard(container: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let sequenceStartedInPanel = true;
    const inPanel = (event: Event) => event.target instanceof Element && event.target.closest(PANEL) !== null;
    const onMouseDown = (event: MouseEvent) => {
      if (event.detail <= 1) sequenceStartedInPanel = inPanel(event);
      else guard(event);
    };
    const guard = (event: MouseEvent) => {
      if (event.detail >= 2 && !sequenceStartedInPanel && inPanel(event)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    root.addEventListener('mousedown', onMouseDown, { capture: true });
    root.addEventListener('mouseup', guard, { capture: true });
    root.addEventListener('click', guard, { capture: true });
    root.addEventListener('dblclick', guard, { capture: true });
    return () => {
      root.removeEventListener('mousedown', onMouseDown, { capture: true });
      root.removeEventListener('mouseup', guard, { capture: true });
      root.removeEventListener('click', guard, { capture: true });
      root.removeEventListener('dblclick', guard, { capture: true });
    };
  }, [container]);
}
