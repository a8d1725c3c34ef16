// Other people on the canvas, as one generated stylesheet (like the lenses): each card someone has
// selected is outlined in their colour with their name on it, and a card someone is dragging
// moves with their pointer (its arrows follow on drop, when the move reaches the document). No
// card re-renders for it.
import { useMemo } from 'react';
import { useMapFlowDirection } from '../../canvas/flowDirection';
import { toView } from '../../canvas/flowMirror';
import { NODE_WIDTH } from '../../model/lanes';
import { presenceCss } from '../../sync/presence';
import { useLiveShareContext } from './useLiveShare';

export function PresenceStyles() {
  const live = useLiveShareContext();
  const direction = useMapFlowDirection();
  const peers = live?.peers;
  const css = useMemo(() => {
    if (!peers || peers.length === 0) return '';
    const inView = peers.map((peer) => ({ ...peer, drag: peer.drag.map((move) => ({ ...move, ...toView(move, NODE_WIDTH, direction) })) }));
    return presenceCss('.editor-canvas', inView);
  }, [peers, direction]);
  return css ? <style data-testid="presence-styles">{css}</style> : null;
}
