// The geometry of an exported PNG: the whole map plus a margin and a title, drawn at 2× and
// scaled down so that no side exceeds 8192 px (beyond that, browsers and slide tools struggle).
import type { JourneyMap } from '../model/schema';

export const PNG_PIXEL_RATIO = 2;
export const PNG_MAX_SIDE = 8192;
/** Margin around the map's bounds, in canvas units. */
export const PNG_PADDING = 48;
/** Narrow maps still get a slide-shaped page, so the title has room. */
export const PNG_MIN_WIDTH = 960;
export const PNG_BACKGROUND = '#ffffff';

/** The pixel ratio for a page of `width` × `height` CSS pixels: 2, or less when a side would pass 8192. */
export function pngPixelRatio(width: number, height: number, preferred = PNG_PIXEL_RATIO, maxSide = PNG_MAX_SIDE): number {
  if (!(width > 0 && height > 0)) return preferred;
  return Math.min(preferred, maxSide / width, maxSide / height);
}

/** The pixel size of the image the canvas produces (it truncates fractions). */
export function pngPixelSize(width: number, height: number, ratio: number): { width: number; height: number } {
  return { width: Math.floor(width * ratio), height: Math.floor(height * ratio) };
}

/** The page around the map's bounds. */
export function pageSize(bounds: { width: number; height: number }): { width: number; height: number } {
  return { width: Math.max(Math.ceil(bounds.width) + 2 * PNG_PADDING, PNG_MIN_WIDTH), height: Math.ceil(bounds.height) + 2 * PNG_PADDING };
}

/** The title grows with the page so that it stays readable when a wide map is shrunk onto a slide. */
export function titleFontSize(pageWidth: number): number {
  return Math.round(Math.min(160, Math.max(36, pageWidth / 40)));
}

/** Every piece of user text the picture shows, to pick the font slices it needs. */
export function textOfMap(map: JourneyMap): string {
  return [
    map.title,
    map.persona?.name ?? '',
    ...map.stages.map((stage) => stage.name),
    ...map.touchpoints.map((touchpoint) => touchpoint.title),
    ...map.connections.map((connection) => connection.label ?? ''),
  ].join('\n');
}
