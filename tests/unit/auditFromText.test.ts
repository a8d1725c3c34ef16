// The audit with promises read from the message text (FORMAT.md, "promises in the text"), and
// promises compared as intervals.
import { describe, expect, it } from 'vitest';
import insuranceText from '../fixtures/insurance-claim-fa.waymark.json?raw';
import { auditMap, judgementText, promiseText, variantTexts, type Audit, type ConflictFinding, type Judgement } from '../../src/audit';
import { auditCsv } from '../../src/audit/exportCsv';
import { auditMarkdown } from '../../src/audit/exportMarkdown';
import { DocumentSchema, type JourneyMap } from '../../src/model/schema';
import { felt, mapOf, say } from './auditHelpers';

const at = (touchpointId: string, index = 0) => ({ touchpointId, index });
const read = (value: number, unit: string, better: 'lower' | 'higher' = 'lower', to?: number) =>
  ({ value, unit, better, fromText: true as const, ...(to === undefined ? {} : { to }) });
const conflictOf = (audit: Audit) => audit.findings.find((f): f is ConflictFinding => f.kind === 'conflict');
const labels = (audit: Audit) => variantTexts(conflictOf(audit)?.variants ?? []);
const judgements = (audit: Audit, topic = 0): Judgement[] => audit.topics[topic]?.experiences.map((e) => e.judgement) ?? [];
/** Touchpoints with one message each, all on one topic. */
const messages = (...texts: string[]) => auditMap(mapOf(...texts.map((text, i) => ({ id: `t${i}`, expectations: [say('Topic', text)] }))));

describe('promises read from the text, compared as intervals', () => {
  it('sees "2 hours" and "120 minutes" as one promise, in any script', () => {
    const audit = messages('پاسخ در ۲ ساعت', 'پاسخ ظرف ۱۲۰ دقیقه', 'Reply within two hours');
    expect(audit.counts.conflict).toBe(0);
    expect(audit.topics[0]?.favourable).toEqual([{ promise: read(2, 'hours'), promisedAt: [at('t0'), at('t1'), at('t2')] }]);
  });

  it('sees "3天" and "72小时" as one promise', () => {
    expect(messages('3天内退款', '72小时内退款', '三天內退款').counts.conflict).toBe(0);
    expect(labels(messages('3天内退款', '48小时内退款'))).toEqual(['3 days (read from the text)', '48 hours (read from the text)']);
  });

  it('reads "5 working days" as 5 to 9 calendar days: a conflict with "2 days", not with "7 days", and the finding says so', () => {
    const two = messages('Ships in 5 working days', 'Delivered within 2 days');
    expect(conflictOf(two)).toMatchObject({
      fromText: true,
      variants: [
        { basis: 'promise', promise: read(5, 'working days'), messages: [at('t0')] },
        { basis: 'promise', promise: read(2, 'days'), messages: [at('t1')] },
      ],
    });
    expect(labels(two)).toEqual(['5 working days (5 to 9 calendar days; read from the text)', '2 days (read from the text)']);
    expect(messages('Ships in 5 working days', 'Delivered within 7 days').counts.conflict).toBe(0);
    expect(messages('Ships in 5 working days', 'Delivered within 9 days').counts.conflict).toBe(0);
    expect(messages('Ships in 5 working days', 'Delivered within 10 days').counts.conflict).toBe(1);
    expect(messages('Ships in 5 working days', 'Delivered within 4 days').counts.conflict).toBe(1);
    // In every language: ๕ วันทำการ, 5个工作日, ۵ روز کاری.
    expect(messages('จัดส่งภายใน ๕ วันทำการ', '5个工作日内发货', 'ارسال ظرف ۵ روز کاری', 'Delivered in a week').counts.conflict).toBe(0);
    expect(messages('จัดส่งภายใน ๕ วันทำการ', '两天内发货').counts.conflict).toBe(1);
  });

  it('compares ranges as intervals: overlapping ranges agree', () => {
    expect(messages('Ships in 5-7 days', 'Delivered within 7 days').counts.conflict).toBe(0);
    expect(messages('จัดส่ง 5 ถึง 7 วัน', '3至5天送达', 'ارسال ۳ تا ۵ روز').counts.conflict).toBe(0);
    const apart = messages('Ships in 5-7 days', 'Delivered in 2-3 days', 'Delivered in 6 days');
    // "6 days" overlaps "5-7 days" but not "2-3 days": it takes part in the disagreement.
    expect(labels(apart)).toEqual(['5–7 days (read from the text)', '2–3 days (read from the text)', '6 days (read from the text)']);
    // A topic where every version overlaps every other has no conflict, however many versions.
    expect(messages('Ships in 5-7 days', 'Delivered in 6-9 days', 'Delivered in 7 days', 'ภายใน 1 สัปดาห์').counts.conflict).toBe(0);
  });

  it('lists only the versions that disagree with another one', () => {
    const audit = messages('Ships in 5 working days', 'Delivered within 7 days', 'Delivered within 2 days');
    // 7 days overlaps 5 working days (5 to 9) but not 2 days: all three disagree with someone.
    expect(conflictOf(audit)?.variants).toHaveLength(3);
    const partial = messages('Ships in 1-9 days', 'Delivered within 2 days', 'Delivered within 8 days');
    expect(conflictOf(partial)?.variants.map((v) => v.basis === 'promise' && v.promise.value)).toEqual([2, 8]);
    expect(conflictOf(partial)?.touchpointIds).toEqual(['t1', 't2']);
  });

  it('converts typed promises in working days and months too, and typed units in the four languages', () => {
    const audit = auditMap(mapOf(
      { id: 'a', expectations: [say('Delivery', 'x', 5, 'working days'), say('Delivery', 'y', 7, 'วัน')] },
      { id: 'b', expectations: [say('Returns', 'x', 1, 'month', 'higher'), say('Returns', 'y', 30, '天', 'higher'), say('Returns', 'z', 1, 'เดือน', 'higher'), say('Returns', 'w', 4, 'هفته', 'higher')] },
    ));
    // A month is 28 to 31 days: it agrees with 30 days and with 4 weeks, but 30 days and 4 weeks differ.
    expect(labels(audit)).toEqual(['30 天', '4 هفته']); // typed units are shown as typed
    expect(audit.topics.map((t) => t.incomparableUnits)).toEqual([false, false]);
    expect(promiseText({ value: 5, unit: 'working days', better: 'lower' })).toBe('5 working days (5 to 9 calendar days; lower is better)');
    expect(promiseText({ value: 1, unit: 'month', better: 'higher' })).toBe('1 month (28 to 31 calendar days; higher is better)');
  });

  it('keeps the wording comparison for messages with no quantity on either side', () => {
    expect(messages('Fast delivery', 'Quick delivery').counts.conflict).toBe(1);
    expect(conflictOf(messages('Fast delivery', 'Quick delivery'))?.fromText).toBeUndefined();
    expect(messages('Fast delivery', '  fast   DELIVERY ').counts.conflict).toBe(0);
    // A promise read on one side and none on the other: as with typed promises, no conflict.
    expect(messages('Fast delivery', 'Delivered within 2 days').counts.conflict).toBe(0);
    // Numbers that are no promise leave the message to the wording comparison.
    const numbers = messages('Call 1-800-555-0199', 'Order #12345 is on its way', 'Since 2019', '24/7 support', 'Now for iPhone 15');
    expect(conflictOf(numbers)?.variants.every((v) => v.basis === 'message')).toBe(true);
    expect(numbers.readByMessage.size).toBe(0);
  });

  it('lets a typed promise win over the text, and a dismissed reading count for nothing', () => {
    const typed = auditMap(mapOf(
      { id: 'a', expectations: [say('Delivery', 'Delivered within 2 days', 5, 'days')] },
      { id: 'b', expectations: [say('Delivery', 'Delivered in 5 days')] },
    ));
    expect(typed.counts.conflict).toBe(0);
    expect([...typed.readByMessage.keys()]).toEqual(['b#0']);
    // Said typed and read: the version shows the typed promise, and does not rest on the text.
    expect(typed.topics[0]?.favourable).toEqual([{ promise: { value: 5, unit: 'days', better: 'lower' }, promisedAt: [at('a'), at('b')] }]);
    const dismissed = auditMap(mapOf(
      { id: 'a', expectations: [{ ...say('Delivery', 'Delivered within 2 days'), readPromise: false }] },
      { id: 'b', expectations: [say('Delivery', 'Delivered in 5 days')] },
      { id: 'c', expectations: [say('Delivery', 'Fast delivery')] },
    ));
    expect(dismissed.readByMessage.has('a#0')).toBe(false);
    // The dismissed message is compared by its wording, with the other message without a promise.
    expect(conflictOf(dismissed)?.variants).toEqual([
      { basis: 'message', message: 'Delivered within 2 days', messages: [at('a')] },
      { basis: 'message', message: 'Fast delivery', messages: [at('c')] },
    ]);
    expect(auditMap(mapOf({ id: 'a', expectations: [{ ...say('Delivery', 'Delivered within 2 days'), readPromise: true }] })).readByMessage.size).toBe(1);
  });

  it('takes one duration, one percentage and one amount per currency from a message', () => {
    const audit = messages('Refund 100% within 7 days', 'Refund 80% within 7 days, $5 fee');
    expect(audit.readByMessage.get('t0#0')).toEqual([read(100, '%', 'higher'), read(7, 'days')]);
    expect(audit.readByMessage.get('t1#0')).toEqual([read(80, '%', 'higher'), read(7, 'days'), read(5, 'USD')]);
    expect(labels(audit)).toEqual(['100% (read from the text)', '80% (read from the text)']); // the days agree
    expect(audit.topics[0]?.favourable.map((f) => promiseText(f.promise))).toEqual([
      '100% (read from the text; higher is better)',
      '7 days (read from the text; lower is better)',
      '5 USD (read from the text; lower is better)',
    ]);
  });

  it('compares read and typed promises alike: opposite directions conflict', () => {
    const audit = auditMap(mapOf(
      { id: 'a', expectations: [say('Returns', 'Returns accepted within 30 days')] },
      { id: 'b', expectations: [say('Returns', 'Something', 30, 'days', 'higher')] },
      { id: 'c', expectations: [say('Returns', 'Refund within 30 days')] },
    ));
    // The return window is the customer's time (higher is better); the refund time is not.
    expect(audit.readByMessage.get('a#0')).toEqual([read(30, 'days', 'higher')]);
    expect(audit.readByMessage.get('c#0')).toEqual([read(30, 'days')]);
    expect(labels(audit)).toEqual(['at least 30 days', 'at most 30 days (read from the text)']);
  });
});

describe('broken, met and exceeded against promises read from the text', () => {
  const judge = (message: string, ...experiences: ReturnType<typeof felt>[]) =>
    auditMap(mapOf({ id: 'ad', expectations: [say('Delivery', message)] }, { id: 'parcel', stageId: 's3', experiences }));

  it('judges an experience against a promise read from the text, and marks the finding', () => {
    const audit = judge('Delivered within 2 days', felt('Delivery', 3, 'days'), felt('Delivery', 48, 'hours'), felt('Delivery', 1, 'day'));
    expect(judgements(audit).map((j) => j.status)).toEqual(['broken', 'met', 'exceeded']);
    const broken = audit.findings.find((f) => f.kind === 'broken-promise');
    expect(broken).toMatchObject({ fromText: true, judgement: { promise: read(2, 'days'), promisedAt: [at('ad')], gap: { value: 1, timeUnit: 'day' } } });
    expect(judgementText(judgements(audit)[0] as Judgement)).toBe('promised 2 days (read from the text), experienced 3 days: broken by 1 day');
    expect(judgementText(judgements(audit)[2] as Judgement)).toBe('promised 2 days (read from the text), experienced 1 day: exceeded by 1 day');
    expect([...audit.brokenByMessage.keys()]).toEqual(['ad#0']);
  });

  it('reads Thai, Chinese and Persian promises for a verdict', () => {
    expect(judgements(judge('คืนเงินภายใน ๓ วัน', felt('Delivery', 4, 'days')))[0]).toMatchObject({ status: 'broken', gap: { value: 1, unit: 'day' } });
    expect(judgements(judge('72小时内退款', felt('Delivery', 3, 'days')))[0]).toMatchObject({ status: 'met' });
    expect(judgements(judge('پاسخ ظرف ۱۲۰ دقیقه', felt('Delivery', 90, 'minutes')))[0]).toMatchObject({ status: 'exceeded', gap: { value: 30, unit: 'minute' } });
  });

  it('counts an experience within a range as met, beyond it broken, before it exceeded', () => {
    const audit = judge('Ships in 5-7 days', felt('Delivery', 6, 'days'), felt('Delivery', 8, 'days'), felt('Delivery', 4, 'days'), felt('Delivery', 7, 'days'));
    expect(judgements(audit).map((j) => [j.status, 'gap' in j ? j.gap.value : null])).toEqual([['met', 0], ['broken', 1], ['exceeded', 1], ['met', 0]]);
    expect(judgementText(judgements(audit)[1] as Judgement)).toBe('promised 5–7 days (read from the text), experienced 8 days: broken by 1 day');
  });

  it('gives working days their weekends: 5 working days are kept in 9 calendar days, broken in 10', () => {
    const audit = judge('Ships in 5 working days', felt('Delivery', 9, 'days'), felt('Delivery', 10, 'days'), felt('Delivery', 4, 'days'));
    expect(judgements(audit).map((j) => [j.status, 'gap' in j ? j.gap.value : null])).toEqual([['met', 0], ['broken', 1], ['exceeded', 1]]);
    expect(judgementText(judgements(audit)[1] as Judgement)).toBe(
      'promised 5 working days (5 to 9 calendar days; read from the text), experienced 10 days: broken by 1 day',
    );
  });

  it('judges against the most favourable promise, typed or read: a range by its less favourable end', () => {
    const audit = auditMap(mapOf(
      { id: 'a', expectations: [say('Delivery', 'Ships in 2-4 days')] },
      { id: 'b', expectations: [say('Delivery', 'Typed', 3, 'days')] },
      { id: 'c', experiences: [felt('Delivery', 3.5, 'days'), felt('Delivery', 1, 'day')] },
    ));
    expect(audit.topics[0]?.favourable).toEqual([{ promise: { value: 3, unit: 'days', better: 'lower' }, promisedAt: [at('b')] }]);
    // Exceeded is measured from the favourable end of every promise: 2 days.
    expect(judgements(audit).map((j) => [j.status, 'gap' in j ? j.gap.value : null, 'promise' in j ? j.promise.value : null])).toEqual([
      ['broken', 0.5, 3],
      ['exceeded', 1, 2],
    ]);
  });

  it('reads percentages and money with their direction', () => {
    const discount = auditMap(mapOf({ id: 'a', expectations: [say('Discount', 'Save 20% today')] }, { id: 'b', experiences: [felt('Discount', 15, '%')] }));
    expect(judgements(discount)[0]).toMatchObject({ status: 'broken', promise: read(20, '%', 'higher'), gap: { value: 5 } });
    const price = auditMap(mapOf({ id: 'a', expectations: [say('Price', 'Only $25')] }, { id: 'b', experiences: [felt('Price', 27, 'USD')] }));
    expect(judgements(price)[0]).toMatchObject({ status: 'broken', promise: read(25, 'USD'), gap: { value: 2, unit: 'USD' } });
    const baht = auditMap(mapOf({ id: 'a', expectations: [say('ราคา', 'ราคา 1,290 บาท')] }, { id: 'b', experiences: [felt('ราคา', 1290, 'บาท')] }));
    expect(judgements(baht)[0]).toMatchObject({ status: 'met' });
  });
});

describe('the Persian insurance-claim example, with no typed promise', () => {
  const map = DocumentSchema.parse(JSON.parse(insuranceText)).maps[0] as JourneyMap;
  const audit = auditMap(map);

  it('agrees "2 working days" (2 to 4 calendar days) with "48 hours", and sees 100% against 80% as a conflict', () => {
    const conflicts = audit.findings.filter((f): f is ConflictFinding => f.kind === 'conflict');
    expect(conflicts.map((f) => [f.topic, variantTexts(f.variants)])).toEqual([
      ['مبلغ خسارت', ['100% (read from the text)', '80% (read from the text)']],
    ]);
    const review = audit.topics.find((t) => t.topic === 'زمان بررسی');
    // 48 hours is the more favourable: it commits to 2 days, the working days to as many as 4.
    expect(review?.favourable.map((f) => f.promise)).toEqual([read(48, 'hours')]);
  });

  it('finds the promise of "at most 3 days" broken by a week', () => {
    const broken = audit.findings.find((f) => f.kind === 'broken-promise');
    expect(broken?.kind === 'broken-promise' && judgementText(broken.judgement)).toBe('promised 3 days (read from the text), experienced 7 days: broken by 4 days');
    expect(broken?.fromText).toBe(true);
  });

  it('marks promises read from the text in the CSV and the report', () => {
    const rows = auditCsv(map, audit).slice(1).split('\r\n');
    expect(rows[0]).toBe('"Stage","Touchpoint","Channel","Finding","Topic","Message","Promise","Promise source","Experienced","Gap","Detail","Actions","Owners"');
    // "2 working days" agrees with "48 hours": a message in no finding, with the promise read from it.
    expect(rows).toContain(
      '"اعلام خسارت","ثبت در اپلیکیشن","Mobile app","No finding","زمان بررسی","بررسی پرونده ظرف ۲ روز کاری","2 working days (2 to 4 calendar days; read from the text; lower is better)","Read from the text","","","","",""',
    );
    expect(rows).toContain(
      '"ارزیابی","بازدید کارشناس","In person","Conflicting messages","مبلغ خسارت","پرداخت ۱۰۰٪ خسارت بدون کسر استهلاک","100% (read from the text; higher is better)","Read from the text","","","100% (read from the text) vs 80% (read from the text)","",""',
    );
    const report = auditMarkdown(map, audit, new Date('2026-11-24T09:00:00Z')).split('\n');
    expect(report).toContain(
      '_Promises marked “read from the text” were read by the audit from the words of a message that has no typed promise._',
    );
    expect(report.some((line) => line.includes('promised 3 days (read from the text), experienced 7 days: broken by 4 days'))).toBe(true);
  });
});

describe('speed', () => {
  it('reads and audits 5,000 touchpoints × 3 messages with no typed promise', () => {
    const texts = ['Delivered within 2 days', 'ส่งภายใน ๓ วัน', '两天内送达', 'ارسال ظرف ۲ روز کاری', 'Refund 100% in 5-7 working days', 'No hidden fees'];
    const big = mapOf(
      ...Array.from({ length: 5000 }, (_, i) => ({
        id: `t${i}`,
        stageId: ['s1', 's2', 's3'][i % 3],
        expectations: [
          say('Delivery', texts[i % texts.length] as string),
          say(`Topic ${i % 40}`, `Arrives in ${(i % 7) + 1} days`),
          say('Reply', `Reply within ${i} minutes`), // 5,000 distinct texts, each read once
        ],
        experiences: i % 10 === 0 ? [felt('Delivery', 3, 'days')] : [],
      })),
    );
    // The speed itself is the benchmark's to measure (bench/); here, that nothing is compared pairwise.
    const audit = auditMap(big);
    expect(audit.counts.conflict).toBe(42); // delivery, reply, and each of the 40 topics
    expect(audit.readByMessage.size).toBe(15_000 - Math.floor(5000 / 6)); // all but "No hidden fees"
    // The delivery topic's distinct promises: 2 days, 3 days, 2 working days (2 to 4), 5-7 working days (5 to 11).
    expect(conflictOf(audit)?.variants.length).toBe(4);
  });
});
