// Dot-voting totals and the reset that clears them. Pure.
import type { JourneyMap } from '../model/schema';

export function voteTotals(map: Pick<JourneyMap, 'touchpoints'>): { votes: number; touchpoints: number } {
  let votes = 0;
  let touchpoints = 0;
  for (const touchpoint of map.touchpoints) {
    if ((touchpoint.votes ?? 0) <= 0) continue;
    votes += touchpoint.votes ?? 0;
    touchpoints += 1;
  }
  return { votes, touchpoints };
}

/**
 * The map with no votes on any touchpoint (stored as no `votes` field, as a vote taken away to
 * zero is). Touchpoints without votes keep their identity, and a map without votes is returned
 * as it is, so that resetting nothing is no edit.
 */
export function clearVotes(map: JourneyMap): JourneyMap {
  if (!map.touchpoints.some((touchpoint) => touchpoint.votes !== undefined)) return map;
  return {
    ...map,
    touchpoints: map.touchpoints.map((touchpoint) => {
      if (touchpoint.votes === undefined) return touchpoint;
      const { votes: _votes, ...rest } = touchpoint;
      return rest;
    }),
  };
}
