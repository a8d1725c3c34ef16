// Where the canvas opens and where "fit view" goes: the whole map, clear of the zoom controls and
// the minimap in the bottom corners, so they never cover the emotion curve under the lanes. The
// first view falls back to the start of the journey (top left; top right when it runs right to
// left) at a readable zoom when the whole map would be shrunk past reading, which helps nobody.
import type { Viewport } from '@xyflow/react';

export const READABLE_ZOOM = 0.5;
const MARGIN = 24;

type Rect = { x: number; y: number; width: number; height: number };
type Size = { width: number; height: number };

/** The room the canvas's own panels take from its bottom corners (their margins included). */
export type Corners = { bottomLeft: Size; bottomRight: Size };

export const NO_CORNERS: Corners = { bottomLeft: { width: 0, height: 0 }, bottomRight: { width: 0, height: 0 } };

/** The canvas's smallest zoom: below it cards are specks (at 0.1 a card is 24 px wide). */
export const MIN_ZOOM = 0.1;

/**
 * The largest zoom (up to `maxZoom`) that shows all of `bounds` with a margin and clear of the
 * corners, centred in the room it is given. The map may sit above the corners (the room is the
 * screen less their height) or between them (the screen less their widths): whichever shows it
 * larger. A map too large to show whole at MIN_ZOOM shows its beginning: the top of its lanes,
 * and the first stages when they are too wide.
 */
export function fitViewport(bounds: Rect, screen: Size, maxZoom = 1, corners: Corners = NO_CORNERS, margin = MARGIN, direction: 'ltr' | 'rtl' = 'ltr'): Viewport {
  const above = { x: 0, y: 0, width: screen.width, height: screen.height - Math.max(corners.bottomLeft.height, corners.bottomRight.height) };
  const between = { x: corners.bottomLeft.width, y: 0, width: screen.width - corners.bottomLeft.width - corners.bottomRight.width, height: screen.height };
  const zoomIn = (room: Rect) => Math.max(Math.min((room.width - 2 * margin) / bounds.width, (room.height - 2 * margin) / bounds.height, maxZoom), MIN_ZOOM);
  const room = zoomIn(above) >= zoomIn(between) ? above : between;
  const zoom = zoomIn(room);
  // Too large: show the beginning, which is at the right end when the journey runs right to left.
  const place = (start: number, roomSize: number, from: number, size: number, atEnd = false) =>
    size * zoom <= roomSize - 2 * margin
      ? start + (roomSize - size * zoom) / 2 - from * zoom
      : atEnd ? start + roomSize - margin - (from + size) * zoom : start + margin - from * zoom;
  return { zoom, x: place(room.x, room.width, bounds.x, bounds.width, direction === 'rtl'), y: place(room.y, room.height, bounds.y, bounds.height) };
}

export function initialViewport(bounds: Rect, screen: Size, maxZoom = 1, corners: Corners = NO_CORNERS, direction: 'ltr' | 'rtl' = 'ltr'): Viewport {
  const fit = fitViewport(bounds, screen, maxZoom, corners, MARGIN, direction);
  if (fit.zoom >= READABLE_ZOOM) return fit;
  const x = direction === 'rtl' ? screen.width - MARGIN - (bounds.x + bounds.width) * READABLE_ZOOM : MARGIN - bounds.x * READABLE_ZOOM;
  return { zoom: READABLE_ZOOM, x, y: MARGIN - bounds.y * READABLE_ZOOM };
}
