// Creating and describing whole maps. Pure: callers pass ids and time so results are reproducible.
import { newId } from './ids';
import { sameValue } from './sameValue';
import type { JourneyMap, Persona, Stage } from './schema';

export const DEFAULT_STAGE_NAMES = ['Awareness', 'Consideration', 'Purchase', 'Delivery', 'Support'] as const;
export const STAGE_COLORS = ['#4f7cff', '#8a5cf6', '#f59e0b', '#ef4444', '#10b981', '#0ea5e9', '#ec4899', '#64748b'];

/** A stage's colour; stages without one (the format makes it optional) take the palette's by position. */
export function stageColor(stage: Stage, index: number): string {
  return stage.color ?? (STAGE_COLORS[index % STAGE_COLORS.length] as string);
}

export function defaultStages(): Stage[] {
  return DEFAULT_STAGE_NAMES.map((name, index) => ({ id: newId(), name, color: STAGE_COLORS[index] }));
}

export function createMap(title: string, now: string, stages: Stage[] = defaultStages()): JourneyMap {
  return { id: newId(), title, createdAt: now, updatedAt: now, stages, touchpoints: [], connections: [] };
}

export type MapInfoPatch = { title?: string; description?: string; persona?: Persona | undefined };

/**
 * Title, description and persona. Empty optional text is removed rather than stored as "".
 * The same map when nothing changes.
 */
export function updateMapInfo(map: JourneyMap, patch: MapInfoPatch): JourneyMap {
  const next: JourneyMap = { ...map, ...patch };
  if (next.description === '' || next.description === undefined) delete next.description;
  if (next.persona === undefined) delete next.persona;
  else if (next.persona.description === '') next.persona = { name: next.persona.name };
  const same = next.title === map.title && next.description === map.description && sameValue(next.persona, map.persona);
  return same ? map : next;
}

/** Which way the stages run on screen (FORMAT.md `flow`); `undefined` follows the interface language. */
export function setMapFlow(map: JourneyMap, flow: JourneyMap['flow']): JourneyMap {
  if (map.flow === flow) return map;
  const next: JourneyMap = { ...map, flow };
  if (flow === undefined) delete next.flow;
  return next;
}

/** A copy with a fresh map id; touchpoint and connection ids stay (they are only unique per map). */
export function duplicateMap(map: JourneyMap, title: string, now: string): JourneyMap {
  return { ...structuredClone(map), id: newId(), title, createdAt: now, updatedAt: now };
}

export type MapSummary = {
  id: string;
  title: string;
  personaName?: string;
  stageCount: number;
  touchpointCount: number;
  updatedAt: string;
};

/** FORMAT.md: a title is 1–300 characters. */
export const MAX_TITLE_LENGTH = 300;

/**
 * `decorate(title)` ("Title (copy)", "Title (imported 2 Dec)"), shortening the original title
 * with an ellipsis when the result would be longer than a title may be.
 */
export function decoratedTitle(title: string, decorate: (title: string) => string): string {
  const full = decorate(title);
  if (full.length <= MAX_TITLE_LENGTH) return full;
  const chars = Array.from(title);
  const overflow = full.length - MAX_TITLE_LENGTH;
  // Drop whole code points (never half a surrogate pair) until it fits.
  let kept = chars.length;
  let removed = 0;
  while (kept > 1 && removed < overflow + 1) {
    kept -= 1;
    removed += chars[kept]?.length ?? 0;
  }
  return decorate(`${chars.slice(0, kept).join('').trimEnd()}…`);
}
