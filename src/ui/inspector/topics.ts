// Topic suggestions for the expectation and experience topic inputs.
import type { JourneyMap } from '../../model/schema';

/** FORMAT.md compares topics after trimming, folding case and collapsing white space. */
export function foldTopic(topic: string): string {
  return topic.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every distinct topic used in the map's expectations and experiences, first spelling kept, sorted. */
export function distinctTopics(map: Pick<JourneyMap, 'touchpoints'>): string[] {
  const byFold = new Map<string, string>();
  for (const touchpoint of map.touchpoints) {
    for (const { topic } of [...touchpoint.expectations, ...touchpoint.experiences]) {
      const fold = foldTopic(topic);
      if (fold !== '' && !byFold.has(fold)) byFold.set(fold, topic.trim().replace(/\s+/g, ' '));
    }
  }
  return [...byFold.values()].sort((a, b) => a.localeCompare(b));
}
