// Level of detail: how much of a card the canvas draws at a zoom. Far away a card is a tinted
// block with its title; in the middle it gains its badges; near, it is the whole card. A node
// reads its band through a selector, so it re-renders only when the zoom crosses a band.
export type ZoomBand = 'far' | 'middle' | 'near';

/** Below this zoom cards are blocks: at fit view of a large map their text is unreadable anyway. */
export const FAR_BELOW = 0.4;
/** Below this zoom a card shows its title and badges, without icons, handles drawn or buttons. */
export const MIDDLE_BELOW = 0.65;

export function zoomBand(zoom: number): ZoomBand {
  if (zoom < FAR_BELOW) return 'far';
  if (zoom < MIDDLE_BELOW) return 'middle';
  return 'near';
}
