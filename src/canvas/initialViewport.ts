// Where the canvas opens and where "fit view" goes: the whole map, clear of the zoom controls and
// the minimap in the bottom corners, so they never cover the emotion curve under the lanes. The
// first view falls back to the start of the journey (top left) at a readable zoom when the whole
// map would be shrunk past reading, which helps nobody.
import type { Viewport } from '@xyflow/react';

export const READABLE_ZOOM = 0.5;
const MARGIN = 24;

type Rect = { x: number; y: number; width: number; height: number };
type Size = { width: number; height: number };

/** The room the canvas's own panels take from its bottom corners (their margins included). */
export type Corners = { bottomLeft: Size; bottomRight: Size };

export const NO_CORNERS: Corners = { bottomLeft: { width: 0, height: 0 }, bottomRight: { width: 0, height: 0 } };

/**
 * The largest zoom (up to `maxZoom`) that shows all of `bounds` with a margin and clear of the
 * corners, centred in the room it is given. The map may sit above the corners (the room is the
 * screen less their height) or between them (the screen less their widths): whichever shows it
 * larger.
 */
export function fitViewport(bounds: Rect, screen: Size, maxZoom = 1, corners: Corners = NO_CORNERS, margin = MARGIN): Viewport {
  const above = { x: 0, y: 0, width: screen.width, height: screen.height - Math.max(corners.bottomLeft.height, corners.bottomRight.height) };
  const between = { x: corners.bottomLeft.width, y: 0, width: screen.width - corners.bottomLeft.width - corners.bottomRight.width, height: screen.height };
  const zoomIn = (room: Rect) => Math.max(Math.min((room.width - 2 * margin) / bounds.width, (room.height - 2 * margin) / bounds.height, maxZoom), 0.01);
  const room = zoomIn(above) >= zoomIn(between) ? above : between;
  const zoom = zoomIn(room);
  return {
    zoom,
    x: room.x + (room.width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: room.y + (room.height - bounds.height * zoom) / 2 - bounds.y * zoom,
  };
}

export function initialViewport(bounds: Rect, screen: Size, maxZoom = 1, corners: Corners = NO_CORNERS): Viewport {
  const fit = fitViewport(bounds, screen, maxZoom, corners);
  if (fit.zoom >= READABLE_ZOOM) return fit;
  return { zoom: READABLE_ZOOM, x: MARGIN - bounds.x * READABLE_ZOOM, y: MARGIN - bounds.y * READABLE_ZOOM };
}
