// The audit in words (plain text): amounts, gaps and verdicts, for the exports and for labels.
// The words live in the catalog (i18n/en.ts); this only puts them together.
import { t } from '../i18n/en';
import { tidy } from './fold';
import { calendarDays, canonical, type Gap } from './quantities';
import { promiseOfReading, type PromiseReading } from './readPromises';
import type { PriorityReason } from './priorities';
import type { AuditPromise, ConflictVariant, Judgement } from './types';
import { formatNumber } from '../i18n/format';

/** A value as the user typed it (3, 0.5, 1500). */
export function valueText(value: number): string {
  return formatNumber(canonical(value), { useGrouping: false, maximumFractionDigits: 20 });
}

/** A computed amount, rounded for reading: at most two decimals. */
export function roundedText(value: number): string {
  const rounded = Number(value.toFixed(2));
  return rounded === 0 && value !== 0 ? valueText(value) : formatNumber(rounded === 0 ? 0 : rounded, { useGrouping: false, maximumFractionDigits: 2 });
}

/** "3 days", "45 นาที", "5–7 working days", "20%": an amount (or a range) with its unit, as written. */
export function amountText(amount: { value: number; unit: string; to?: number }): string {
  const value = amount.to === undefined || amount.to === amount.value ? valueText(amount.value) : t.audit.range(valueText(amount.value), valueText(amount.to));
  const unit = tidy(amount.unit);
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

/** "4 days", "1 day": a gap in the unit chosen for it. */
export function gapText(gap: Gap): string {
  const value = roundedText(gap.value);
  return gap.timeUnit ? t.audit.timeAmount(value, gap.timeUnit) : `${value} ${gap.unit}`;
}

/** What to say beside a promise: its calendar days (working days, months) and whether it was read from the text. */
function promiseNotes(promise: AuditPromise): string[] {
  const notes: string[] = [];
  const days = calendarDays(promise);
  if (days) notes.push(t.audit.calendarDays(roundedText(days.min), roundedText(days.max)));
  if (promise.fromText) notes.push(t.audit.fromText);
  return notes;
}

/**
 * A promise for a label or a sentence: "3 days", "5 working days (5 to 9 calendar days)",
 * "72 hours (read from the text)".
 */
export function promiseAmountText(promise: AuditPromise): string {
  const notes = promiseNotes(promise);
  return notes.length === 0 ? amountText(promise) : t.audit.csv.promise(amountText(promise), notes.join(t.audit.csv.notesJoin));
}

/** "3 days (lower is better)", "5 working days (5 to 9 calendar days; read from the text; lower is better)". */
export function promiseText(promise: AuditPromise): string {
  return t.audit.csv.promise(amountText(promise), [...promiseNotes(promise), t.audit.better[promise.better]].join(t.audit.csv.notesJoin));
}

/** "within 2 days", "in 5–7 working days": a promise read from the text, as the offer beside the message says it. */
export function readingText(reading: PromiseReading): string {
  const amount = amountText(promiseOfReading(reading));
  return reading.bound ? t.audit.readBound[reading.bound.kind](amount) : amount;
}

/** The pieces of a verdict sentence, before they are put together (the UI isolates each one). */
export function judgementParts(judgement: Judgement): { promised: string; actual: string; gap: string } | null {
  if (judgement.status === 'no-actual') return null;
  const actual = amountText(judgement.actual);
  if (judgement.status === 'no-promise' || judgement.status === 'not-comparable') return { promised: '', actual, gap: '' };
  return { promised: promiseAmountText(judgement.promise), actual, gap: gapText(judgement.gap) };
}

/** "promised 3 days, experienced 7 days: broken by 4 days". */
export function judgementText(judgement: Judgement): string {
  const words = t.audit.judgement;
  const parts = judgementParts(judgement);
  if (!parts) return words.noActual;
  switch (judgement.status) {
    case 'broken':
      return words.broken(parts.promised, parts.actual, parts.gap);
    case 'met':
      return words.met(parts.promised, parts.actual);
    case 'exceeded':
      return words.exceeded(parts.promised, parts.actual, parts.gap);
    case 'no-promise':
      return words.noPromise(parts.actual);
    default:
      return words.notComparable(parts.actual);
  }
}

/**
 * A label for each version of a conflicting topic: the promise ("3 days", "5 working days (5 to 9
 * calendar days)", "72 hours (read from the text)") or the quoted message. Promises that differ
 * only in direction read "at most 3 days" and "at least 3 days".
 */
export function variantTexts(variants: readonly ConflictVariant[]): string[] {
  const amounts = variants.map((v) => (v.basis === 'promise' ? amountText(v.promise) : t.audit.quoted(v.message)));
  const seen = new Map<string, number>();
  for (const amount of amounts) seen.set(amount, (seen.get(amount) ?? 0) + 1);
  return variants.map((v, i) => {
    if (v.basis !== 'promise') return amounts[i] as string;
    const label = promiseAmountText(v.promise);
    if ((seen.get(amounts[i] as string) ?? 0) < 2) return label;
    return v.promise.better === 'lower' ? t.audit.atMost(label) : t.audit.atLeast(label);
  });
}

/** Characters files cannot hold, control characters, and bidi controls (which could disguise the extension). */
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/gu;

/** The first `max` characters as a reader sees them: a Thai vowel stays on its consonant. */
function firstGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment).slice(0, max).join('');
  }
  return Array.from(text).slice(0, max).join('');
}

/** A file name for an export of the map: its title, kept readable in any script, then what it is ("audit", "priorities"). */
export function exportFileName(title: string, extension: string, what = 'audit'): string {
  const stem = firstGraphemes(tidy(title).replace(NOT_IN_FILE_NAMES, '-').replace(/\s+/g, '-').replace(/-{2,}/g, '-'), 80).replace(/^[-.]+|[-.]+$/g, '');
  return `${stem || 'waymark'}-${what}.${extension}`;
}

/** A metric's name in a sentence: its label without the scale ("NPS", "Cart abandonment"), or its key. */
export function metricName(key: string): string {
  const label = t.metrics[key];
  return label ? label.replace(/\s*\([^)]*\)$/, '') : key;
}

/** One reason of a priority score in words: "Very negative emotion", "1 high friction point", "NPS -12, target 20". */
export function reasonText(reason: PriorityReason): string {
  const p = t.audit.priorities;
  switch (reason.kind) {
    case 'emotion':
      return p.emotion(t.emotions[String(reason.emotion)] ?? String(reason.emotion));
    case 'friction':
      return p.friction(reason.count, reason.severity);
    case 'trust-breaks':
      return p.trustBreaks(reason.count);
    case 'broken-promises':
      return p.brokenPromises(reason.count);
    case 'metric': {
      const { key, value, target, unit } = reason.metric;
      const amount = (n: number) => (unit ? amountText({ value: n, unit }) : valueText(n));
      return p.metric(metricName(key), amount(value), amount(target));
    }
    case 'votes':
      return p.votes(reason.count);
  }
}
