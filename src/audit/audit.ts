// The expectation audit of FORMAT.md ("Topics and the expectation audit"): a pure function from a
// map to findings. One pass over the touchpoints in journey order groups every message by folded
// topic (a Map), and within a topic by distinct promise; nothing compares messages pairwise, so a
// map of 5,000 touchpoints with 3 messages each is audited in a few milliseconds.
//
// Choices where FORMAT.md leaves room (a CX facilitator's reading):
// - A conflict is reported once per topic, listing each distinct version (promise or message text)
//   and where it is said; per pair would repeat one disagreement many times over.
// - A promise is an interval after unit conversion (quantities.intervalOf: "5-7 days", and "5
//   working days" as 5 to 9 calendar days), with its direction (`better`). Two promises of one
//   direction conflict when their intervals do not overlap ("5 working days" conflicts with "2 days",
//   not with "7 days"; `48 hours` and `2 days` agree); "at most 3 days" and "at least 3 days"
//   conflict. A conflict lists the versions that disagree with at least one other.
// - A message with no typed promise is read (readPromises) unless `readPromise` is false: one
//   duration, one percentage and one amount per currency in its words (the first with a bound such
//   as "within", else the first) count as its promises, marked as read from the text (`fromText`).
//   A typed promise always wins; a version said both typed and read shows the typed promise. A
//   message with neither is compared by its wording, as before.
// - Promises in units that do not convert to each other (days and EUR, EUR and USD) are not
//   comparable, so they are not reported as conflicting; the topic summary says so.
//   "Most favourable" is then taken per group of comparable promises, and an experience is judged
//   only against the promises its unit compares with.
// - A message without a promise conflicts only with another message without a promise (FORMAT.md:
//   "whose messages differ while neither has a promise"); message texts are folded like topics.
// - An experience is judged against the promise it falls shortest of: the most favourable one
//   (lowest where lower is better, highest where higher is better; a range by its less favourable
//   end, what the brand commits to). Broken when worse than that end; exceeded when better than
//   every promise's favourable end; met otherwise (within a range counts as met). With promises of
//   both directions on one topic this still reads "worse than any promise = broken".
// - An experience without a measured result, whose topic has no promise, or whose unit does not
//   compare with its topic's promises, gets no verdict and no finding; the topic summary says why.
// - The finding of a broken promise is about the touchpoint where it was experienced; the
//   touchpoints that made the promise are named with it (`promisedAt`).
import type { Expectation, Experience, JourneyMap, Touchpoint } from '../model/schema';
import { fold, tidy } from './fold';
import { canonical, gapBetween, intervalOf, measure, unitInfo, type TimeUnit, type UnitInfo } from './quantities';
import { promisesInText } from './readPromises';
import {
  FINDING_KINDS, messageKey,
  type Audit, type AuditPromise, type BrokenPromiseFinding, type ConflictFinding, type ConflictVariant, type ExperienceResult,
  type FavourablePromise, type Finding, type FindingKind, type Judged, type Judgement, type MessageRef, type SilentFinding,
  type TopicSummary, type UncoveredPainFinding,
} from './types';

/** Touchpoints in journey order: stage by stage, and within a stage in the map's order. */
export function journeyOrder(map: Pick<JourneyMap, 'stages' | 'touchpoints'>): Touchpoint[] {
  const stageIndex = new Map(map.stages.map((stage, index) => [stage.id, index]));
  const lanes: Touchpoint[][] = map.stages.map(() => []);
  const strays: Touchpoint[] = []; // a stage id that names no stage (never in a valid map)
  for (const touchpoint of map.touchpoints) {
    const index = stageIndex.get(touchpoint.stageId);
    (index === undefined ? strays : (lanes[index] as Touchpoint[])).push(touchpoint);
  }
  return lanes.flat().concat(strays);
}

const NO_PROMISES: readonly AuditPromise[] = [];

/** Units of the audit being run, folded once per spelling. */
const unitCache = new Map<string, UnitInfo>();

/** One distinct promise of a topic (an interval in base units and a direction), and who makes it. */
type PromiseVariant = {
  seq: number;
  messages: MessageRef[];
  promise: AuditPromise;
  lower: boolean;
  min: number;
  max: number;
  timeUnit?: TimeUnit;
};
type PlainVariant = { seq: number; messages: MessageRef[]; message: string };
/** Promises that compare (one dimension), by direction and interval. */
type PromiseGroup = {
  variants: Map<string, PromiseVariant>;
  lowerCount: number;
  higherCount: number;
  /** Lower is better: the smallest less favourable end (max), and the smallest favourable end (min). */
  lowest?: PromiseVariant;
  lowestStart?: PromiseVariant;
  /** Higher is better: the largest less favourable end (min), and the largest favourable end (max). */
  highest?: PromiseVariant;
  highestEnd?: PromiseVariant;
};
type TopicAcc = {
  key: string;
  topic: string;
  messages: MessageRef[];
  /** Promises by dimension (time, or one folded unit), then by distinct promise. */
  groups: Map<string, PromiseGroup>;
  /** Messages without a promise, by folded text. */
  plain: Map<string, PlainVariant>;
  experiences: ExperienceResult[];
};

function addPromise(topic: TopicAcc, promise: AuditPromise, ref: MessageRef, seq: number) {
  const unit = unitInfo(promise.unit, unitCache);
  const { min, max } = intervalOf(promise.value, promise.to, unit);
  let group = topic.groups.get(unit.dimension);
  if (!group) topic.groups.set(unit.dimension, (group = { variants: new Map(), lowerCount: 0, higherCount: 0 }));
  const lower = promise.better === 'lower';
  const key = `${lower ? 'l' : 'h'}${min}:${max}`;
  let variant = group.variants.get(key);
  if (!variant) {
    variant = { seq, messages: [], promise, lower, min, max };
    if (unit.timeUnit) variant.timeUnit = unit.timeUnit;
    group.variants.set(key, variant);
    // Strict comparisons: on a tie the first promise along the journey stays the reference.
    if (lower) {
      group.lowerCount += 1;
      if (!group.lowest || max < group.lowest.max) group.lowest = variant;
      if (!group.lowestStart || min < group.lowestStart.min) group.lowestStart = variant;
    } else {
      group.higherCount += 1;
      if (!group.highest || min > group.highest.min) group.highest = variant;
      if (!group.highestEnd || max > group.highestEnd.max) group.highestEnd = variant;
    }
  } else if (variant.promise.fromText && !promise.fromText) {
    variant.promise = promise; // said typed somewhere: the version does not rest on the text
  }
  variant.messages.push(ref);
}

function addPlain(topic: TopicAcc, key: string, message: string, ref: MessageRef, seq: number) {
  let variant = topic.plain.get(key);
  if (!variant) topic.plain.set(key, (variant = { seq, messages: [], message: tidy(message) }));
  variant.messages.push(ref);
}

function judge(topic: TopicAcc, experience: Experience): Judgement {
  const actual = experience.actual;
  if (!actual) return { status: 'no-actual' };
  if (topic.groups.size === 0) return { status: 'no-promise', actual };
  const measured = measure(actual.value, actual.unit, unitCache);
  const group = topic.groups.get(measured.dimension);
  if (!group) return { status: 'not-comparable', actual };
  const value = measured.base;
  // The margin by which the experience beats the less favourable end of a promise (negative:
  // falls short). The smallest margin is against the most favourable promise: the lowest of those
  // where lower is better, the highest of those where higher is better.
  let reference = group.lowest;
  let margin = reference ? reference.max - value : Infinity;
  if (group.highest) {
    const other = value - group.highest.min;
    if (!reference || other < margin || (other === margin && group.highest.seq < reference.seq)) {
      reference = group.highest;
      margin = other;
    }
  }
  margin = canonical(margin);
  if (!reference || !Number.isFinite(margin)) return { status: 'not-comparable', actual };
  const judged = (status: Judged['status'], against: PromiseVariant, amount: number): Judged => ({
    status,
    promise: against.promise,
    promisedAt: against.messages,
    actual,
    gap: gapBetween(amount, against.promise.unit, against.timeUnit, measured.timeUnit),
  });
  if (margin < 0) return judged('broken', reference, margin);
  // Exceeded: better than the favourable end of every promise of that direction.
  const best = (reference.lower ? group.lowestStart : group.highestEnd) as PromiseVariant;
  const beyond = canonical(reference.lower ? best.min - value : value - best.max);
  return beyond > 0 ? judged('exceeded', best, beyond) : judged('met', reference, 0);
}

function variantOf(variant: PromiseVariant | PlainVariant): ConflictVariant {
  return 'promise' in variant
    ? { basis: 'promise', promise: variant.promise, messages: variant.messages }
    : { basis: 'message', message: variant.message, messages: variant.messages };
}

/** The versions of one group that disagree with another: other direction, or no overlap. */
function disagreeing(group: PromiseGroup): PromiseVariant[] {
  if (group.variants.size < 2) return [];
  const variants = [...group.variants.values()];
  if (group.lowerCount > 0 && group.higherCount > 0) return variants;
  let smallestMax = Infinity;
  let largestMin = -Infinity;
  for (const variant of variants) {
    if (variant.max < smallestMax) smallestMax = variant.max;
    if (variant.min > largestMin) largestMin = variant.min;
  }
  return variants.filter((variant) => smallestMax < variant.min || largestMin > variant.max);
}

function conflictOf(topic: TopicAcc, rank: ReadonlyMap<string, number>): ConflictFinding | undefined {
  const versions: Array<PromiseVariant | PlainVariant> = [];
  for (const group of topic.groups.values()) versions.push(...disagreeing(group));
  if (topic.plain.size > 1) versions.push(...topic.plain.values());
  if (versions.length === 0) return undefined;
  versions.sort((a, b) => a.seq - b.seq);
  const touchpoints = new Set<string>();
  for (const version of versions) for (const message of version.messages) touchpoints.add(message.touchpointId);
  const finding: ConflictFinding = {
    kind: 'conflict',
    id: `conflict:${topic.key}`,
    topicKey: topic.key,
    topic: topic.topic,
    variants: versions.map(variantOf),
    touchpointIds: [...touchpoints].sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number)),
  };
  if (versions.some((version) => 'promise' in version && version.promise.fromText)) finding.fromText = true;
  return finding;
}

function favourableOf(topic: TopicAcc): FavourablePromise[] {
  const best: PromiseVariant[] = [];
  for (const group of topic.groups.values()) {
    if (group.lowest) best.push(group.lowest);
    if (group.highest) best.push(group.highest);
  }
  return best.sort((a, b) => a.seq - b.seq).map((v) => ({ promise: v.promise, promisedAt: v.messages }));
}

/** The whole audit of a map. Deterministic: the same map always gives the same findings in the same order. */
export function auditMap(map: Pick<JourneyMap, 'stages' | 'touchpoints'>): Audit {
  unitCache.clear();
  const order = journeyOrder(map);
  const rank = new Map<string, number>();
  for (let i = 0; i < order.length; i++) rank.set((order[i] as Touchpoint).id, i);

  // The same few topics (and messages) are spelt the same way again and again: fold each once.
  const folded = new Map<string, string>();
  const foldOnce = (text: string): string => {
    let key = folded.get(text);
    if (key === undefined) folded.set(text, (key = fold(text)));
    return key;
  };
  const topics = new Map<string, TopicAcc>();
  const topicOf = (text: string): TopicAcc => {
    const key = foldOnce(text);
    let topic = topics.get(key);
    if (!topic) topics.set(key, (topic = { key, topic: tidy(text), messages: [], groups: new Map(), plain: new Map(), experiences: [] }));
    return topic;
  };
  const silent: SilentFinding[] = [];
  const pains: UncoveredPainFinding[] = [];
  const readByMessage = new Map<string, readonly AuditPromise[]>();
  let seq = 0;

  // First pass, along the journey: messages by topic and promise, silence, pain.
  for (const touchpoint of order) {
    const { id, expectations } = touchpoint;
    for (let index = 0; index < expectations.length; index++) {
      const expectation = expectations[index] as Expectation;
      const topic = topicOf(expectation.topic);
      const ref = { touchpointId: id, index };
      topic.messages.push(ref);
      if (expectation.promise) {
        addPromise(topic, expectation.promise, ref, seq++);
        continue;
      }
      const read = expectation.readPromise === false ? NO_PROMISES : promisesInText(expectation.message);
      if (read.length === 0) {
        addPlain(topic, foldOnce(expectation.message), expectation.message, ref, seq++);
        continue;
      }
      for (const promise of read) addPromise(topic, promise, ref, seq++);
      readByMessage.set(messageKey(id, index), read);
    }
    for (const experience of touchpoint.experiences) topicOf(experience.topic); // topics in order of first appearance
    if (expectations.length === 0) silent.push({ kind: 'silent', id: `silent:${id}`, touchpointIds: [id] });
    const friction = touchpoint.friction.filter((f) => f.severity === 'high');
    if ((friction.length > 0 || touchpoint.trustBreaks.length > 0) && !touchpoint.actions.some((a) => a.status === 'open' || a.status === 'doing')) {
      pains.push({ kind: 'uncovered-pain', id: `pain:${id}`, touchpointIds: [id], friction, trustBreaks: touchpoint.trustBreaks });
    }
  }

  // Second pass, now that every promise is known: judge each experience, along the journey.
  const broken: BrokenPromiseFinding[] = [];
  for (const touchpoint of order) {
    const { id, experiences } = touchpoint;
    for (let index = 0; index < experiences.length; index++) {
      const experience = experiences[index] as Experience;
      const topic = topics.get(foldOnce(experience.topic)) as TopicAcc;
      const judgement = judge(topic, experience);
      topic.experiences.push({ touchpointId: id, index, experience, judgement });
      if (judgement.status === 'broken') {
        const finding: BrokenPromiseFinding = {
          kind: 'broken-promise', id: `broken:${id}:${index}`, touchpointIds: [id],
          topicKey: topic.key, topic: topic.topic, experience: { touchpointId: id, index }, judgement: judgement as Judged & { status: 'broken' },
        };
        if (judgement.promise.fromText) finding.fromText = true;
        broken.push(finding);
      }
    }
  }

  const conflicts: ConflictFinding[] = [];
  const summaries: TopicSummary[] = [];
  for (const topic of topics.values()) {
    const conflict = conflictOf(topic, rank);
    if (conflict) conflicts.push(conflict);
    const summary: TopicSummary = {
      key: topic.key,
      topic: topic.topic,
      messages: topic.messages,
      experiences: topic.experiences,
      favourable: favourableOf(topic),
      incomparableUnits: topic.groups.size > 1,
    };
    if (conflict) summary.conflictId = conflict.id;
    summaries.push(summary);
  }
  unitCache.clear();

  const findings: Finding[] = [...conflicts, ...broken, ...silent, ...pains];
  let byMessage: ReturnType<typeof messageIndexes> | undefined;
  return {
    order,
    rank,
    findings,
    counts: countKinds(findings),
    topics: summaries,
    kindsByTouchpoint: kindsOf(findings),
    readByMessage,
    // Built on first use: the canvas and the toolbar never need them.
    get conflictByMessage() {
      return (byMessage ??= messageIndexes(conflicts, broken)).conflictByMessage;
    },
    get brokenByMessage() {
      return (byMessage ??= messageIndexes(conflicts, broken)).brokenByMessage;
    },
  };
}

function countKinds(findings: readonly Finding[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  for (const finding of findings) counts[finding.kind] += 1;
  return counts;
}

/**
 * The kinds of finding each touchpoint takes part in, in FINDING_KINDS order (findings come grouped
 * by kind): the touchpoints a finding is about and, for a broken promise, those that made the
 * promise. Touchpoints that made one promise share its `promisedAt` list, walked once.
 */
function kindsOf(findings: readonly Finding[]): Map<string, FindingKind[]> {
  const kindsByTouchpoint = new Map<string, FindingKind[]>();
  const promisers = new Set<readonly MessageRef[]>();
  for (let i = 0; i <= findings.length; i++) {
    const finding = findings[i];
    // The promisers go in once the broken promises are done, before the next kind, so that every
    // list stays in FINDING_KINDS order.
    if (promisers.size > 0 && finding?.kind !== 'broken-promise') {
      for (const refs of promisers) {
        for (const ref of refs) {
          const kinds = kindsByTouchpoint.get(ref.touchpointId);
          if (!kinds) kindsByTouchpoint.set(ref.touchpointId, ['broken-promise']);
          else if (kinds[kinds.length - 1] !== 'broken-promise') kinds.push('broken-promise');
        }
      }
      promisers.clear();
    }
    if (!finding) break;
    if (finding.kind === 'broken-promise') promisers.add(finding.judgement.promisedAt);
    for (const id of finding.touchpointIds) {
      const kinds = kindsByTouchpoint.get(id);
      if (!kinds) kindsByTouchpoint.set(id, [finding.kind]);
      else if (kinds[kinds.length - 1] !== finding.kind) kinds.push(finding.kind);
    }
  }
  return kindsByTouchpoint;
}

function messageIndexes(conflicts: readonly ConflictFinding[], broken: readonly BrokenPromiseFinding[]) {
  const conflictByMessage = new Map<string, ConflictFinding>();
  for (const finding of conflicts) {
    for (const variant of finding.variants) for (const ref of variant.messages) conflictByMessage.set(messageKey(ref.touchpointId, ref.index), finding);
  }
  // Broken promises judged against one promise share its `promisedAt` array: group by it.
  const brokenByPromise = new Map<readonly MessageRef[], BrokenPromiseFinding[]>();
  for (const finding of broken) {
    const group = brokenByPromise.get(finding.judgement.promisedAt);
    if (group) group.push(finding);
    else brokenByPromise.set(finding.judgement.promisedAt, [finding]);
  }
  const brokenByMessage = new Map<string, BrokenPromiseFinding[]>();
  for (const [promisedAt, group] of brokenByPromise) {
    for (const ref of promisedAt) {
      const key = messageKey(ref.touchpointId, ref.index);
      const other = brokenByMessage.get(key); // a message read as two promises (a time and an amount)
      brokenByMessage.set(key, other ? [...other, ...group] : group);
    }
  }
  return { conflictByMessage, brokenByMessage };
}
