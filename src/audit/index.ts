// The expectation audit: pure functions from a map to findings (no React, no storage).
// The exports (CSV, Markdown) are not re-exported here: the UI loads them on demand.
import type { JourneyMap } from '../model/schema';
import { auditMap } from './audit';
import type { Audit } from './types';

export { auditMap, journeyOrder } from './audit';
export {
  amountText, exportFileName, gapText, judgementParts, judgementText, metricName, promiseAmountText, promiseText, readingText, reasonText, valueText, variantTexts,
} from './describe';
export { fold, tidy } from './fold';
export { auditMarks, type AuditMark } from './marks';
export { calendarDays, canonical, measure, timeUnitOf, TIME_UNITS, workingDaysAtMost, type Gap, type TimeUnit } from './quantities';
export {
  promiseOfReading, promisesInText, quantityOfReading, readingsInText, readPromises, type BoundKind, type PromiseReading, type ReadDurationUnit, type ReadKind,
} from './readPromises';
export {
  lowerIsBetter, offTarget, priorities, PRIORITY_POINTS, scoreTouchpoint, TOP_PRIORITIES, topPriorities, topPriorityIds, type Priority, type PriorityReason,
} from './priorities';
export { isTopicName, mergeTopics, renameTopic, topicSpelling, TOPIC_MAX_LENGTH } from './topicOps';
export * from './types';

const cache = new WeakMap<JourneyMap, Audit>();

/**
 * The audit of this map object, computed once: the canvas, the toolbar and the audit panel all
 * ask for it after each change, and only the first asker pays.
 */
export function cachedAudit(map: JourneyMap): Audit {
  let audit = cache.get(map);
  if (!audit) cache.set(map, (audit = auditMap(map)));
  return audit;
}
