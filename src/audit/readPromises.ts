// Promises read from the words of a message (FORMAT.md, "promises in the text"): durations
// (minutes, hours, days, working or business days, weeks, months), percentages and money amounts,
// in English, Thai, Chinese and Persian, in any script's digits or in small number words, with
// ranges ("5-7 working days", "3至5天", "۳ تا ۵ روز") and bounds ("within", "ภายใน", "内", "ظرف").
// Pure and fast: one pass of one regular expression finds the amounts written number-then-unit,
// the rarer forms are tried only where their letters are, and each text is read once (cached).
//
// Choices (a CX facilitator's reading):
// - An amount counts only with its unit: "Order #12345", "since 2019", "iPhone 15", "Call
//   1-800-555-0199" and "24/7" have none, so they detect nothing. A number glued to letters, "#",
//   "/" or another number ("S24", "555-0199") is no amount.
// - A frequency or a rate is no promise ("every 3 days", "24 hours a day", "7 days a week"), nor is
//   round-the-clock availability without a bound ("24-hour support", "บริการตลอด 24 ชั่วโมง").
// - Which way is better follows the nearest cue in the same clause: a delivery, reply or refund time
//   is better lower, a returns window, warranty or trial better higher; a discount or refund
//   percentage better higher, a fee or interest lower; a price lower, cashback or compensation
//   higher. A cue that names when the time starts ("within 14 days of delivery") does not count.
//   Without a cue: durations lower (higher after "at least" or "for"), percentages higher, money lower.
import {
  AMOUNT_TAIL, ARTICLE_AFTER, AVAILABILITY, boundAfterKind, boundBefore, CLAUSE_END, CUE_PATTERNS, EVENT_AFTER, EVENT_BEFORE,
  EVERY_BEFORE, FOR_BEFORE, multiplierOf, PREFIX_CURRENCY_SOURCE, PREFIX_PERCENT_SOURCE, prefixCurrency, RANGE_SOURCE,
  NOTICE_AFTER, NOTICE_BEFORE, RATE_AFTER, FA_END, FA_START, unitOf, type BoundKind, type ReadDurationUnit, type ReadKind,
} from './readLexicon';
import { DIGITS_SOURCE, hasEasternDigits, isArticle, NUMBER_SOURCE, numberValue, readingForm } from './readNumbers';
import { canonical } from './quantities';
import type { Quantity } from '../model/schema';
import type { AuditPromise } from './types';

export type { BoundKind, ReadDurationUnit, ReadKind } from './readLexicon';

/** One amount read from a message. Offsets are UTF-16 indexes into the text as given. */
export type PromiseReading = {
  /** The amount with its unit: "2 days", "5-7 working days", "๓ วัน", "72小时", "$25". */
  start: number;
  end: number;
  /** Equal unless the text gives a range. */
  min: number;
  max: number;
  /** `minute`, `hour`, `day`, `working day`, `week`, `month`; `%`; or a currency code (`USD`, `THB`, `CNY`, `IRT`…). */
  unit: string;
  kind: ReadKind;
  better: 'lower' | 'higher';
  /** The bound written with it ("within", "up to", "ภายใน", "ظرف", "内", "at least"), and where. */
  bound?: { kind: BoundKind; start: number; end: number };
};

type Raw = Omit<PromiseReading, 'better' | 'bound'> & { bound?: PromiseReading['bound'] };

const AMOUNT = new RegExp(`(?<num>${NUMBER_SOURCE})(?:(?<sep>${RANGE_SOURCE})(?<num2>${NUMBER_SOURCE}))?${AMOUNT_TAIL}`, 'gi');
const PREFIX_MONEY = new RegExp(
  `(?<sym>${PREFIX_CURRENCY_SOURCE})\\s?(?<num>${DIGITS_SOURCE})(?<mult>\\s?(?:k|m|thousand|million|billion)\\b|千|万|萬)?` +
    `(?:(?<sep>\\s*(?:-|~|to\\b|ถึง|至|到|تا)\\s*)(?:${PREFIX_CURRENCY_SOURCE})?\\s?(?<num2>${DIGITS_SOURCE}))?`,
  'gi',
);
const PREFIX_PERCENT = new RegExp(`(?:${PREFIX_PERCENT_SOURCE})\\s*(?<num>${NUMBER_SOURCE})`, 'gi');
/** "ภายในวันเดียว": a single day, hour, week or month. */
const ONE_UNIT = /(?<unit>วันทำการ|วัน|ชั่วโมง|นาที|สัปดาห์|อาทิตย์|เดือน)เดียว/g;
/** Next-day (one day) and same-day (at most one day) delivery, said without a number. */
const DAY_IDIOMS = new RegExp(
  `(?<next>\\bnext[- ]day\\b|วันถัดไป|วันรุ่งขึ้น|(?:次日|隔日|隔天|明日|明天)(?=[达達送发發出寄到])|${FA_START}روز بعد${FA_END})|` +
    `(?<same>\\bsame[- ]day\\b|วันเดียวกัน|(?:当日|當日|当天|當天)(?=[达達送发發出寄到])|${FA_START}(?:همان|همون) روز${FA_END})`,
  'gi',
);

const MAY_PREFIX_MONEY = /[$€£¥￥฿₩₹﷼]|人民|\b(?:usd|eur|gbp|thb|cny|rmb|jpy|hkd|twd|sgd|aud|cad|chf|inr|myr|irr) ?\d/i;
const MAY_DAY_IDIOM = /day|วัน|[日天]|روز/i;

/** Characters that glue a number to something else: "S24", "#12345", "24/7", "9:30", "+66". */
const GLUED = /[0-9A-Za-z#/:+_@&]/;
const ZH_NUMERAL = /[零〇一二两兩三四五六七八九十百千万萬亿億半]/;
const DATE_BEFORE = /[月年号號]/;
/** "5日内", "7日无理由退货": a count of days; "3月5日" is a date. */
const DAY_COUNT_AFTER = /^(?:无理由|無理由|达|達|送|到|退|内|內|以内|以內|之内|之內)/;

function ordered(a: number, b: number, swap: boolean) {
  return swap ? { min: b, max: a } : { min: a, max: b };
}

/** The number before the unit, checked: not glued to another token, not a frequency, not a lone article. */
function numberAt(text: string, norm: string, start: number, token: string) {
  const before = norm[start - 1];
  if (before !== undefined) {
    if (GLUED.test(before)) return undefined;
    if ((before === '-' || before === '.' || before === ',') && GLUED.test(norm[start - 2] ?? '')) return undefined;
    if (ZH_NUMERAL.test(before) && ZH_NUMERAL.test(token[0] as string)) return undefined;
  }
  const lookBack = norm.slice(Math.max(0, start - 24), start);
  if (EVERY_BEFORE.test(lookBack)) return undefined;
  if (isArticle(token) && !ARTICLE_AFTER.test(lookBack)) return undefined;
  return numberValue(token, hasEasternDigits(text, start, start + token.length));
}

function fromAmount(text: string, norm: string, match: RegExpExecArray): Raw | undefined {
  const groups = match.groups as Record<string, string | undefined>;
  const start = match.index;
  const num = groups.num as string;
  const first = numberAt(text, norm, start, num);
  if (!first) return undefined;
  let { min, max } = first;
  if (groups.num2 !== undefined) {
    const sep = (groups.sep as string).trim().toLowerCase();
    if (sep === 'and' && !/\bbetween\s+$/i.test(norm.slice(Math.max(0, start - 12), start))) return undefined;
    if (isArticle(groups.num2)) return undefined;
    const secondStart = start + num.length + (groups.sep as string).length;
    const second = numberValue(groups.num2, hasEasternDigits(text, secondStart, secondStart + groups.num2.length));
    if (!second) return undefined;
    ({ min, max } = ordered(min, second.max, second.max < min));
  }
  const unitText = (groups.unit as string).trim();
  const unit = unitOf(unitText);
  if (!unit) return undefined;
  const afterLength = groups.after?.length ?? 0;
  const end = start + match[0].length - afterLength;
  // Chinese: "3个月" is three months, "3月" March; "5日内" five days, "3月5日" a date.
  if (unitText === '月' && !groups.mw) return undefined;
  if (unitText === '日') {
    if (DATE_BEFORE.test(norm[start - 1] ?? '')) return undefined;
    if (!groups.mw && !groups.after && !DAY_COUNT_AFTER.test(norm.slice(end, end + 3))) return undefined;
  }
  if (groups.mult) {
    const times = multiplierOf(groups.mult);
    min *= times;
    max *= times;
  }
  if (groups.mwHalf || groups.half) {
    min += 0.5;
    max += 0.5;
  }
  const raw: Raw = { start, end, min, max, unit: unit.unit, kind: unit.kind };
  if (groups.after) {
    const boundStart = end + (groups.after.length - groups.after.trimStart().length);
    raw.bound = { kind: boundAfterKind(groups.after), start: boundStart, end: end + afterLength };
  }
  return raw;
}

function fromPrefixMoney(text: string, norm: string, match: RegExpExecArray): Raw | undefined {
  const groups = match.groups as Record<string, string | undefined>;
  const start = match.index;
  const before = norm[start - 1];
  if (before !== undefined && /[0-9A-Za-z]/.test(before)) return undefined;
  if (EVERY_BEFORE.test(norm.slice(Math.max(0, start - 24), start))) return undefined;
  const currency = prefixCurrency(groups.sym as string);
  const numStart = start + match[0].indexOf(groups.num as string, (groups.sym as string).length);
  const first = numberValue(groups.num as string, hasEasternDigits(text, numStart, numStart + (groups.num as string).length));
  if (!currency || !first) return undefined;
  const after = norm[start + match[0].length];
  if (after !== undefined && /[0-9A-Za-z]/.test(after) && !groups.num2) return undefined;
  let { min, max } = first;
  if (groups.num2 !== undefined) {
    const second = numberValue(groups.num2);
    if (!second) return undefined;
    ({ min, max } = ordered(min, second.max, second.max < min));
  }
  if (groups.mult) {
    const times = /^\s?m\b/i.test(groups.mult) ? 1_000_000 : multiplierOf(groups.mult);
    min *= times;
    max *= times;
  }
  return { start, end: start + match[0].length, min, max, unit: currency, kind: 'money' };
}

function fromPrefixPercent(text: string, _norm: string, match: RegExpExecArray): Raw | undefined {
  const groups = match.groups as Record<string, string>;
  const numStart = match.index + match[0].length - (groups.num as string).length;
  const value = numberValue(groups.num as string, hasEasternDigits(text, numStart, match.index + match[0].length));
  if (!value || isArticle(groups.num as string)) return undefined;
  return { start: match.index, end: match.index + match[0].length, min: value.min, max: value.max, unit: '%', kind: 'percent' };
}

function fromOneUnit(_text: string, _norm: string, match: RegExpExecArray): Raw | undefined {
  const unit = unitOf((match.groups as Record<string, string>).unit as string);
  return unit ? { start: match.index, end: match.index + match[0].length, min: 1, max: 1, unit: unit.unit, kind: unit.kind } : undefined;
}

function fromDayIdiom(_text: string, _norm: string, match: RegExpExecArray): Raw {
  const min = match.groups?.next ? 1 : 0;
  return { start: match.index, end: match.index + match[0].length, min, max: 1, unit: 'day', kind: 'duration' };
}

type Reader = (text: string, norm: string, match: RegExpExecArray) => Raw | undefined;

function collect(pattern: RegExp, read: Reader, text: string, norm: string, out: Raw[]) {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(norm); match; match = pattern.exec(norm)) {
    const raw = read(text, norm, match);
    if (raw) {
      out.push(raw);
      pattern.lastIndex = raw.end;
    } else {
      // Past the whole number, so that a rejected "ทุกสามสิบวัน" is not read again as "สิบวัน".
      const token = match.groups?.num ?? '';
      pattern.lastIndex = match.index + Math.max(1, match[0].indexOf(token) + token.length);
    }
  }
}

const MINUTES: Partial<Record<string, number>> = { second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 10080 };
const RANGE_BETWEEN = new RegExp(`^${RANGE_SOURCE}$`, 'i');
const COMPOUND_BETWEEN = /^\s*(?:and|,|و|และ)?\s*$/i;

/** Joins neighbours: "10%-20%" and "$10 to $20" are ranges, "1 hour 30 minutes" one duration. */
function joinNeighbours(norm: string, readings: Raw[]): Raw[] {
  const out: Raw[] = [];
  for (const next of readings) {
    const last = out[out.length - 1];
    if (last) {
      const between = norm.slice(last.end, next.start);
      if (
        last.kind === next.kind && last.unit === next.unit && last.min === last.max && next.min === next.max &&
        !/\b(?:or|and)\b/i.test(between) && RANGE_BETWEEN.test(between)
      ) {
        Object.assign(last, ordered(last.min, next.max, next.max < last.min), { end: next.end });
        if (next.bound) last.bound = next.bound;
        continue;
      }
      const coarse = MINUTES[last.unit];
      const fine = MINUTES[next.unit];
      if (coarse && fine && fine < coarse && last.min === last.max && next.min === next.max && !last.bound && COMPOUND_BETWEEN.test(between)) {
        const value = (last.min * coarse) / fine + next.min;
        Object.assign(last, { min: value, max: value, unit: next.unit, end: next.end });
        if (next.bound) last.bound = next.bound;
        continue;
      }
    }
    out.push(next);
  }
  return out;
}

type Cue = { start: number; end: number; better: 'lower' | 'higher' };
const BETTER = ['higher', 'lower'] as const;

function betterOf(norm: string, raw: Raw, clauseStart: number, clauseEnd: number): 'lower' | 'higher' {
  if (raw.kind === 'duration') {
    const from = raw.bound && raw.bound.start < raw.start ? raw.bound.start : raw.start;
    if (NOTICE_AFTER.test(norm.slice(raw.bound && raw.bound.end > raw.end ? raw.bound.end : raw.end, clauseEnd)) || NOTICE_BEFORE.test(norm.slice(clauseStart, from))) return 'lower';
  }
  const clause = clauseStart === 0 && clauseEnd === norm.length ? norm : norm.slice(clauseStart, clauseEnd);
  const cues: Cue[] = [];
  const patterns = CUE_PATTERNS[raw.kind];
  for (const better of BETTER) {
    const pattern = patterns[better];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(clause); match; match = pattern.exec(clause)) {
      const start = clauseStart + match.index;
      cues.push({ start, end: start + match[0].length, better });
    }
  }
  const bound = raw.bound;
  const inside = (cue: Cue, from: number, to: number) => cue.start < to && cue.end > from;
  let nearest: Cue | undefined;
  let distance = Infinity;
  for (const cue of cues) {
    if (inside(cue, raw.start, raw.end) || (bound && inside(cue, bound.start, bound.end))) continue; // "5 ถึง 7 วัน", "3到5天"
    if (cues.some((other) => other !== cue && other.start <= cue.start && other.end >= cue.end && other.end - other.start > cue.end - cue.start)) continue;
    if (EVENT_BEFORE.test(norm.slice(Math.max(clauseStart, cue.start - 24), cue.start)) || EVENT_AFTER.test(norm.slice(cue.end, cue.end + 3))) continue;
    const away = cue.end <= raw.start ? raw.start - cue.end : cue.start - raw.end;
    if (away < distance || (away === distance && cue.end <= raw.start)) {
      nearest = cue;
      distance = away;
    }
  }
  if (nearest) return nearest.better;
  if (raw.kind === 'percent') return 'higher';
  if (raw.kind === 'money') return 'lower';
  const before = norm.slice(Math.max(clauseStart, (bound && bound.start < raw.start ? bound.start : raw.start) - 16), bound && bound.start < raw.start ? bound.start : raw.start);
  return bound?.kind === 'at-least' || FOR_BEFORE.test(before) ? 'higher' : 'lower';
}

/** Whether a duration is round-the-clock availability rather than a promise ("open 24 hours", "7 days"). */
function isAvailability(norm: string, raw: Raw, clauseStart: number, clauseEnd: number): boolean {
  if (raw.kind !== 'duration' || raw.min !== raw.max || raw.bound?.kind === 'at-most') return false;
  const always = (raw.unit === 'hour' && raw.min === 24) || (raw.unit === 'day' && (raw.min === 7 || raw.min === 365));
  return always && AVAILABILITY.test(norm.slice(clauseStart, clauseEnd));
}

function clauses(norm: string): number[] {
  const ends: number[] = [];
  CLAUSE_END.lastIndex = 0;
  for (let match = CLAUSE_END.exec(norm); match; match = CLAUSE_END.exec(norm)) ends.push(match.index);
  return ends;
}

function scan(text: string): PromiseReading[] {
  const norm = readingForm(text);
  const raws: Raw[] = [];
  collect(AMOUNT, fromAmount, text, norm, raws);
  // The rarer forms only where their first letters are.
  if (MAY_PREFIX_MONEY.test(norm)) collect(PREFIX_MONEY, fromPrefixMoney, text, norm, raws);
  if (norm.includes('百分之') || norm.includes('ร้อยละ')) collect(PREFIX_PERCENT, fromPrefixPercent, text, norm, raws);
  if (norm.includes('เดียว')) collect(ONE_UNIT, fromOneUnit, text, norm, raws);
  if (MAY_DAY_IDIOM.test(norm)) collect(DAY_IDIOMS, fromDayIdiom, text, norm, raws);
  if (raws.length === 0) return [];
  raws.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps: "人民币100元" is read both ways (one amount); otherwise the first reading stands.
  const distinct: Raw[] = [];
  for (const raw of raws) {
    const last = distinct[distinct.length - 1];
    if (last && raw.start < last.end) {
      if (raw.unit === last.unit && raw.min === last.min && raw.max === last.max) last.end = Math.max(last.end, raw.end);
      continue;
    }
    distinct.push(raw);
  }
  const ends = clauses(norm);
  const readings: PromiseReading[] = [];
  for (const raw of joinNeighbours(norm, distinct)) {
    if (!Number.isFinite(raw.min) || !Number.isFinite(raw.max) || raw.min < 0) continue;
    if (raw.kind === 'duration' && RATE_AFTER.test(norm.slice(raw.end, raw.end + 16))) continue;
    if (!raw.bound) {
      const from = Math.max(0, raw.start - 30);
      const bound = boundBefore(norm.slice(from, raw.start));
      if (bound) raw.bound = { kind: bound.kind, start: from + bound.index, end: from + bound.index + bound.length };
    }
    let clauseStart = 0;
    let clauseEnd = norm.length;
    for (const at of ends) {
      if (at < raw.start) clauseStart = at + 1;
      else if (at >= raw.end) {
        clauseEnd = at;
        break;
      }
    }
    if (isAvailability(norm, raw, clauseStart, clauseEnd)) continue;
    const reading: PromiseReading = { start: raw.start, end: raw.end, min: raw.min, max: raw.max, unit: raw.unit, kind: raw.kind, better: betterOf(norm, raw, clauseStart, clauseEnd) };
    if (raw.bound) reading.bound = raw.bound;
    readings.push(reading);
  }
  return readings;
}

/** Texts already read; a workshop map repeats a few messages many times. Cleared when it grows large. */
const readCache = new Map<string, readonly PromiseReading[]>();
const promiseCache = new Map<string, readonly AuditPromise[]>();
const CACHE_LIMIT = 20_000;
const NONE: readonly never[] = Object.freeze([]);

/** Every amount in a message, in text order. The same text always gives the same (shared, frozen) list. */
export function readPromises(text: string): readonly PromiseReading[] {
  let readings = readCache.get(text);
  if (!readings) {
    if (readCache.size >= CACHE_LIMIT) readCache.clear();
    const found = scan(text);
    readings = found.length === 0 ? NONE : Object.freeze(found.map((reading) => Object.freeze(reading)));
    readCache.set(text, readings);
  }
  return readings;
}

const UNIT_WORDS: Record<Exclude<ReadDurationUnit, 'second'>, readonly [string, string]> = {
  minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'], 'working day': ['working day', 'working days'],
  week: ['week', 'weeks'], month: ['month', 'months'],
};

/** A reading as a promise of the audit: its unit as a unit the audit converts ("days", "%", "USD"). */
export function promiseOfReading(reading: PromiseReading): AuditPromise {
  // Seconds become minutes: the audit's finest unit of time.
  const [min, max, as] = reading.unit === 'second' ? [canonical(reading.min / 60), canonical(reading.max / 60), 'minute'] : [reading.min, reading.max, reading.unit];
  const words = UNIT_WORDS[as as Exclude<ReadDurationUnit, 'second'>] as readonly [string, string] | undefined;
  const unit = words ? words[min === 1 && max === 1 ? 0 : 1] : as;
  const promise: AuditPromise = { value: min, unit, better: reading.better, fromText: true };
  if (max !== min) promise.to = max;
  return promise;
}

/**
 * A reading as a typed promise would hold it (the inspector's "accept"): one value, so a range
 * keeps its less favourable end, what the brand commits to ("5-7 working days": 7 working days).
 */
export function quantityOfReading(reading: PromiseReading): Quantity {
  const promise = promiseOfReading(reading);
  const value = promise.to === undefined ? promise.value : promise.better === 'lower' ? promise.to : promise.value;
  const words = Object.values(UNIT_WORDS).find((pair) => pair.includes(promise.unit));
  return { value, unit: words ? words[value === 1 ? 0 : 1] : promise.unit, better: promise.better };
}

/**
 * The readings the audit takes as a message's promises: the first amount of each kind that
 * compares (one duration, one percentage, one amount per currency), the first with a bound where
 * there is one, in text order. The inspector offers these beside the message.
 */
export function readingsInText(text: string): readonly PromiseReading[] {
  const readings = readPromises(text);
  if (readings.length < 2) return readings;
  // A bound marks the promise ("当天发货，三天内送达": shipped the same day, delivered within three).
  const chosen = new Map<string, PromiseReading>();
  for (const reading of readings) {
    const dimension = reading.kind === 'duration' ? 'time' : reading.unit;
    const other = chosen.get(dimension);
    if (!other || (!other.bound && reading.bound)) chosen.set(dimension, reading);
  }
  return chosen.size === readings.length ? readings : [...chosen.values()].sort((a, b) => a.start - b.start);
}

/** The promises the audit takes from a message's text (readingsInText), as promises of the audit. */
export function promisesInText(text: string): readonly AuditPromise[] {
  let promises = promiseCache.get(text);
  if (!promises) {
    if (promiseCache.size >= CACHE_LIMIT) promiseCache.clear();
    const list = readingsInText(text).map((reading) => Object.freeze(promiseOfReading(reading)));
    promises = list.length === 0 ? NONE : Object.freeze(list);
    promiseCache.set(text, promises);
  }
  return promises;
}
