// Topic suggestions for the expectation and experience topic inputs.
import { fold, tidy } from '../../audit/fold';
import type { JourneyMap } from '../../model/schema';

/** Every distinct topic used in the map's expectations and experiences, first spelling kept, sorted. */
export function distinctTopics(map: Pick<JourneyMap, 'touchpoints'>): string[] {
  const byFold = new Map<string, string>();
  for (const touchpoint of map.touchpoints) {
    for (const { topic } of [...touchpoint.expectations, ...touchpoint.experiences]) {
      const folded = fold(topic);
      if (folded !== '' && !byFold.has(folded)) byFold.set(folded, tidy(topic));
    }
  }
  return [...byFold.values()].sort((a, b) => a.localeCompare(b));
}
