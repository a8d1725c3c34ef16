// Topic operations on a map: rename a topic everywhere, merge one topic into another. Pure; each is
// meant to be one `doc.edit`, so one undo step. Touchpoints that do not use the topic keep their
// object identity (autosave writes only what changed).
import type { Experience, Expectation, JourneyMap, Touchpoint } from '../model/schema';
import { fold, tidy } from './fold';
import { journeyOrder } from './audit';

export const TOPIC_MAX_LENGTH = 120;

function retopic<T extends Expectation | Experience>(list: T[], fromKey: string, to: string): T[] {
  let changed = false;
  const next = list.map((item) => {
    if (item.topic === to || fold(item.topic) !== fromKey) return item;
    changed = true;
    return { ...item, topic: to };
  });
  return changed ? next : list;
}

function retopicMap(map: JourneyMap, fromKey: string, to: string): JourneyMap {
  let changed = false;
  const touchpoints = map.touchpoints.map((touchpoint): Touchpoint => {
    const expectations = retopic(touchpoint.expectations, fromKey, to);
    const experiences = retopic(touchpoint.experiences, fromKey, to);
    if (expectations === touchpoint.expectations && experiences === touchpoint.experiences) return touchpoint;
    changed = true;
    return { ...touchpoint, expectations, experiences };
  });
  return changed ? { ...map, touchpoints } : map;
}

/** Whether `name` can be a topic: 1–120 characters once trimmed and white space collapsed. */
export function isTopicName(name: string): boolean {
  const tidied = tidy(name);
  return tidied.length > 0 && tidied.length <= TOPIC_MAX_LENGTH;
}

/**
 * Gives every expectation and experience on the topic `fromKey` (a folded topic) the name `to`,
 * tidied. Every spelling of the topic becomes the new one. Renaming to the name of another topic
 * merges the two. An invalid name changes nothing.
 */
export function renameTopic(map: JourneyMap, fromKey: string, to: string): JourneyMap {
  if (!isTopicName(to)) return map;
  return retopicMap(map, fromKey, tidy(to));
}

/** The topic as first spelt along the journey, or undefined when no record uses it. */
export function topicSpelling(map: Pick<JourneyMap, 'stages' | 'touchpoints'>, key: string): string | undefined {
  for (const touchpoint of journeyOrder(map)) {
    for (const record of [...touchpoint.expectations, ...touchpoint.experiences]) if (fold(record.topic) === key) return tidy(record.topic);
  }
  return undefined;
}

/**
 * Merges the topic `fromKey` into `intoKey` (both folded): its records take the spelling the
 * target topic first has along the journey; the target's own records are left as they are.
 */
export function mergeTopics(map: JourneyMap, fromKey: string, intoKey: string): JourneyMap {
  if (fromKey === intoKey) return map;
  const into = topicSpelling(map, intoKey);
  return into === undefined ? map : retopicMap(map, fromKey, into);
}
