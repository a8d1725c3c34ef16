// What the audit derives from a map. Everything here is computed, never stored.
import type { Experience, Friction, Quantity, Touchpoint, TrustBreak } from '../model/schema';
import type { Gap } from './quantities';

export const FINDING_KINDS = ['conflict', 'broken-promise', 'silent', 'uncovered-pain'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** One expectation message: the touchpoint and the message's index in its `expectations`. */
export type MessageRef = { touchpointId: string; index: number };
/** One experience: the touchpoint and the experience's index in its `experiences`. */
export type ExperienceRef = { touchpointId: string; index: number };

/**
 * A promise as the audit compares it: a typed promise as it is, or one read from the message text
 * (readPromises). Either is an interval once converted (quantities.intervalOf).
 */
export type AuditPromise = Quantity & {
  /** The upper end when the text gives a range ("5-7 working days": value 5, to 7). */
  to?: number;
  /** Read from the message text, not typed: no typed promise on any message that makes it. */
  fromText?: true;
};

/** One version of what a topic's messages say: a promise, or the text of messages without one. */
export type ConflictVariant =
  | { basis: 'promise'; promise: AuditPromise; messages: MessageRef[] }
  | { basis: 'message'; message: string; messages: MessageRef[] };

type FindingBase = {
  /** Stable across edits that do not change what the finding is about. */
  id: string;
  /** The touchpoints the finding is about, in journey order; a click on the finding selects them. */
  touchpointIds: string[];
};

/**
 * One finding per topic whose messages disagree, with each version and where it is said.
 * `fromText`: one of the versions is a promise read from the message text.
 */
export type ConflictFinding = FindingBase & { kind: 'conflict'; topicKey: string; topic: string; variants: ConflictVariant[]; fromText?: true };

export type Judged = {
  status: 'broken' | 'met' | 'exceeded';
  /** The promise the experience is judged against (the most favourable one), as first written. */
  promise: AuditPromise;
  /** Every message making that promise. */
  promisedAt: MessageRef[];
  actual: { value: number; unit: string };
  /** How far the experience is from the promise (0 when met). */
  gap: Gap;
};

export type Judgement =
  | Judged
  | { status: 'no-actual' }
  | { status: 'no-promise'; actual: { value: number; unit: string } }
  | { status: 'not-comparable'; actual: { value: number; unit: string } };

export type BrokenPromiseFinding = FindingBase & {
  kind: 'broken-promise';
  topicKey: string;
  topic: string;
  experience: ExperienceRef;
  judgement: Judged & { status: 'broken' };
  /** The promise broken was read from the message text. */
  fromText?: true;
};

export type SilentFinding = FindingBase & { kind: 'silent' };

export type UncoveredPainFinding = FindingBase & { kind: 'uncovered-pain'; friction: Friction[]; trustBreaks: TrustBreak[] };

export type Finding = ConflictFinding | BrokenPromiseFinding | SilentFinding | UncoveredPainFinding;

export type ExperienceResult = ExperienceRef & { experience: Experience; judgement: Judgement };

export type FavourablePromise = { promise: AuditPromise; promisedAt: MessageRef[] };

export type TopicSummary = {
  /** The folded topic. */
  key: string;
  /** The topic as first spelt in journey order (trimmed, white space collapsed). */
  topic: string;
  /** Every expectation message on the topic, in journey order. */
  messages: MessageRef[];
  experiences: ExperienceResult[];
  /**
   * The most favourable promise, as the customer reads it: the lowest of the promises where lower
   * is better, the highest where higher is better (a range counts by its less favourable end: what
   * the brand commits to). One per group of promises that compare (units that convert, same
   * direction), so usually exactly one.
   */
  favourable: FavourablePromise[];
  /** The topic's promises use units that do not convert to each other (days and EUR). */
  incomparableUnits: boolean;
  conflictId?: string;
};

export type Audit = {
  /** Touchpoints in journey order: stage order, then their order in the map. */
  order: Touchpoint[];
  /** Position of each touchpoint in `order`. */
  rank: ReadonlyMap<string, number>;
  /** Findings grouped by kind (in FINDING_KINDS order), each group in journey order. */
  findings: Finding[];
  counts: Record<FindingKind, number>;
  /** Topics in order of first appearance along the journey. */
  topics: TopicSummary[];
  /**
   * Kinds of the findings each touchpoint takes part in: those about it, and broken promises it made
   * (`promisedAt`). Touchpoints that take part in none are absent.
   */
  kindsByTouchpoint: ReadonlyMap<string, readonly FindingKind[]>;
  /** The conflict each expectation message is a version of, keyed by `messageKey`. */
  conflictByMessage: ReadonlyMap<string, ConflictFinding>;
  /**
   * The broken promises each expectation message made, keyed by `messageKey`: the messages making
   * one promise share one list, so this stays linear when a promise is repeated everywhere.
   */
  brokenByMessage: ReadonlyMap<string, readonly BrokenPromiseFinding[]>;
  /**
   * The promises the audit read from each message's text, keyed by `messageKey`: only messages with
   * no typed promise, not dismissed (`readPromise: false`), whose text holds one.
   */
  readByMessage: ReadonlyMap<string, readonly AuditPromise[]>;
};

export const messageKey = (touchpointId: string, index: number) => `${touchpointId}#${index}`;
