// "Export JSON": a FORMAT.md version 1 document of one map or of every map (a backup).
import type { JourneyMap } from '../model/schema';
import { toDocument } from './importDocument';

export const JSON_MIME = 'application/json';
export const JSON_EXTENSION = '.waymark.json';

/** The document as the file holds it: indented, so it reads and diffs well. */
export function documentText(maps: readonly JourneyMap[], now: string): string {
  return `${JSON.stringify(toDocument([...maps], now), null, 2)}\n`;
}

export function documentBlob(maps: readonly JourneyMap[], now: string): Blob {
  return new Blob([documentText(maps, now)], { type: JSON_MIME });
}
