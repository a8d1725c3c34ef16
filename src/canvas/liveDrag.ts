// Where the cards being dragged are, for the people the map is shared with. The canvas only
// announces it; the editor screen provides the sender while the map is shared live.
import { createContext, useContext, useMemo, useRef } from 'react';
import type { DragPosition } from '../sync/presence';

export type SendDrag = (positions: readonly DragPosition[]) => void;

const NO_DRAG: SendDrag = () => undefined;

export const LiveDragContext = createContext<SendDrag>(NO_DRAG);

/** A stable function (the canvas's callbacks depend on it) that reaches the current sender. */
export function useLiveDrag(): SendDrag {
  const send = useRef(useContext(LiveDragContext));
  send.current = useContext(LiveDragContext);
  return useMemo(() => (positions: readonly DragPosition[]) => send.current(positions), []);
}
