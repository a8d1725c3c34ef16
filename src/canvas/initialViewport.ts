// Where the canvas opens: the whole map when it fits at a readable zoom; otherwise the start of
// the journey (top left) at that zoom, since a map shrunk past reading helps nobody.
import type { Viewport } from '@xyflow/react';

export const READABLE_ZOOM = 0.5;
const MARGIN = 24;

type Rect = { x: number; y: number; width: number; height: number };

export function initialViewport(bounds: Rect, screen: { width: number; height: number }, maxZoom = 1): Viewport {
  const fit = Math.min((screen.width - 2 * MARGIN) / bounds.width, (screen.height - 2 * MARGIN) / bounds.height, maxZoom);
  if (fit >= READABLE_ZOOM) {
    return {
      zoom: fit,
      x: (screen.width - bounds.width * fit) / 2 - bounds.x * fit,
      y: (screen.height - bounds.height * fit) / 2 - bounds.y * fit,
    };
  }
  return { zoom: READABLE_ZOOM, x: MARGIN - bounds.x * READABLE_ZOOM, y: MARGIN - bounds.y * READABLE_ZOOM };
}
