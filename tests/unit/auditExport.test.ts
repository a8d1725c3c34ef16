import { describe, expect, it } from 'vitest';
import clinicText from '../fixtures/clinic-visit-th.waymark.json?raw';
import onlineText from '../fixtures/online-order.waymark.json?raw';
import { auditMap, exportFileName, gapText, judgementText, readingText, readPromises, variantTexts } from '../../src/audit';
import { auditCsv, csvCell, toCsv } from '../../src/audit/exportCsv';
import { auditMarkdown, md } from '../../src/audit/exportMarkdown';
import { DocumentSchema, type JourneyMap } from '../../src/model/schema';
import { felt, mapOf, say } from './auditHelpers';

const fixture = (text: string) => DocumentSchema.parse(JSON.parse(text)).maps[0] as JourneyMap;
const online = fixture(onlineText);
const audit = (map: JourneyMap) => auditMap(map);
const clinic = fixture(clinicText);

describe('the audit in words', () => {
  it('says the gap as a facilitator would, in the finer unit, singular or plural', () => {
    const judge = (promise: [number, string], actual: [number, string]) => {
      const audit = auditMap(mapOf({ id: 'a', expectations: [say('T', 'm', ...promise)], experiences: [felt('T', ...actual)] }));
      return judgementText(audit.topics[0]?.experiences[0]?.judgement ?? { status: 'no-actual' });
    };
    expect(judge([3, 'days'], [7, 'days'])).toBe('promised 3 days, experienced 7 days: broken by 4 days');
    expect(judge([3, 'days'], [4, 'days'])).toBe('promised 3 days, experienced 4 days: broken by 1 day');
    expect(judge([48, 'hours'], [2, 'days'])).toBe('promised 48 hours, experienced 2 days: met');
    expect(judge([1, 'hour'], [20, 'minutes'])).toBe('promised 1 hour, experienced 20 minutes: exceeded by 40 minutes');
    expect(judge([1, 'week'], [1.5, 'weeks'])).toBe('promised 1 week, experienced 1.5 weeks: broken by 0.5 weeks');
    expect(judge([10, 'EUR'], [12.5, 'eur'])).toBe('promised 10 EUR, experienced 12.5 eur: broken by 2.5 EUR');
    expect(judge([10, 'EUR'], [12, 'USD'])).toBe('experienced 12 USD: no promise in a unit that compares');
    expect(gapText({ value: 1 / 3, unit: 'day', timeUnit: 'day' })).toBe('0.33 days');
  });

  it('says a promise read from the text as the offer beside the message would', () => {
    const offer = (text: string) => readPromises(text).map(readingText);
    expect(offer('Delivered within 2 days')).toEqual(['within 2 days']);
    expect(offer('Ships in 5-7 working days')).toEqual(['in 5–7 working days']);
    expect(offer('72小时内退款')).toEqual(['within 72 hours']);
    expect(offer('پاسخ ظرف ۱۲۰ دقیقه')).toEqual(['within 120 minutes']);
    expect(offer('คืนเงินภายใน ๓ วัน')).toEqual(['within 3 days']);
    expect(offer('Save 20% on 1 item')).toEqual(['20%']);
    expect(offer('One day delivery')).toEqual(['1 day']);
    expect(offer('Returns for at least 30 days')).toEqual(['at least 30 days']);
  });

  it('labels conflicting versions, naming the direction only where it is the difference', () => {
    const audit = auditMap(mapOf({ id: 'a', expectations: [say('Battery', 'a', 10, 'hours', 'lower'), say('Battery', 'b', 10, 'hours', 'higher'), say('Battery', 'c', 12, 'hours', 'higher')] }));
    const conflict = audit.findings[0];
    expect(conflict?.kind === 'conflict' && variantTexts(conflict.variants)).toEqual(['at most 10 hours', 'at least 10 hours', '12 hours']);
  });

  it('names export files after the map, in any script, without characters files cannot hold', () => {
    expect(exportFileName('Online order to delivery', 'csv')).toBe('Online-order-to-delivery-audit.csv');
    expect(exportFileName('การไปพบแพทย์ที่คลินิก', 'md')).toBe('การไปพบแพทย์ที่คลินิก-audit.md');
    expect(exportFileName('a/b: "c"?', 'csv')).toBe('a-b-c-audit.csv');
    expect(exportFileName('...', 'csv')).toBe('waymark-audit.csv');
    expect(exportFileName('evil\u202Evsc.exe', 'csv')).toBe('evil-vsc.exe-audit.csv');
    // 80 characters as read: three code points each here, never cut apart.
    expect(exportFileName('ที่'.repeat(100), 'md')).toBe(`${'ที่'.repeat(80)}-audit.md`);
  });
});

describe('CSV export', () => {
  it('starts with a byte order mark, ends rows with CRLF and quotes every cell', () => {
    expect(toCsv([['a', 'b"c'], ['line\nbreak', 'ไทย, 中文, فارسی']])).toBe('\uFEFF"a","b""c"\r\n"line\nbreak","ไทย, 中文, فارسی"\r\n');
  });

  it('keeps spreadsheet formulas from running, but not numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('-12')).toBe('"-12"');
    expect(csvCell('+66 2 123')).toBe('"\'+66 2 123"');
  });

  it('writes a row per finding of the online-order example, grouped by kind, with the promise, what was experienced, actions and owners', () => {
    const lines = auditCsv(online).slice(1).split('\r\n');
    const delivery = '3 days vs 5 days vs 5–7 working days (5 to 11 calendar days; read from the text)';
    const returns = '30 days (read from the text) vs 14 days (read from the text)';
    expect(lines).toEqual([
      '"Stage","Touchpoint","Channel","Finding","Topic","Message","Promise","Promise source","Experienced","Gap","Detail","Actions","Owners"',
      // Every message of a conflict, in journey order.
      `"Awareness","Social media ad","Social media","Conflicting messages","Delivery time","Free delivery in 3 days","3 days (lower is better)","Typed","","","${delivery}","",""`,
      `"Consideration","Product page","Website","Conflicting messages","Delivery time","Delivered within 5 days","5 days (lower is better)","Typed","","","${delivery}","",""`,
      '"Purchase","Checkout","Website","Conflicting messages","Delivery time","Estimated delivery: 5-7 working days",' +
        `"5–7 working days (5 to 11 calendar days; read from the text; lower is better)","Read from the text","","","${delivery}",` +
        '"Show delivery fee on the product page (Open, due 2027-01-15)","Web team"',
      `"Purchase","Order confirmation email","Email","Conflicting messages","Delivery time","Your order arrives in 3 days","3 days (lower is better)","Typed","","","${delivery}","",""`,
      `"Consideration","Product page","Website","Conflicting messages","Returns","Free returns for 30 days","30 days (read from the text; higher is better)","Read from the text","","","${returns}","",""`,
      `"Support","Satisfaction survey","Email","Conflicting messages","Returns","Returns accepted within 14 days","14 days (read from the text; higher is better)","Read from the text","","","${returns}","",""`,
      // The broken promise, where it was experienced, with the messages that made it.
      '"Delivery","Parcel arrives","Delivery","Broken promise","Delivery time","Free delivery in 3 days; Your order arrives in 3 days","3 days (lower is better)","Typed","7 days","4 days",' +
        '"promised 3 days, experienced 7 days: broken by 4 days; Promised at: Social media ad, Order confirmation email; Carrier backlog at the port","",""',
      '"Consideration","Customer reviews","Website","Silent touchpoint","","","","","","","","",""',
      '"Delivery","Parcel arrives","Delivery","Silent touchpoint","","","","","","","","",""',
      '"Support","Call centre","Phone","Silent touchpoint","","","","","","","","",""',
      '"Delivery","Parcel arrives","Delivery","Uncovered pain","","","","","","",' +
        '"High friction: No tracking updates for four days; Trust break (Broken promise): Arrived four days after the ad\'s promise; No open or doing action","",""',
      '"Support","Call centre","Phone","Uncovered pain","","","","","","","High friction: 45 minute wait before an agent answered; No open or doing action","",""',
      '',
    ]);
  });

  it('writes met and exceeded promises, and the messages in no finding, with their promise typed or read', () => {
    const map = mapOf(
      { id: 'ad', expectations: [say('Reply', 'Reply within 2 hours'), say('Refund', 'Refund in 5 days', 5, 'days'), say('Answer', 'Answered within 1 hour')] },
      { id: 'chat', stageId: 's2', expectations: [say('Reply', 'Reply within 120 minutes'), say('Answer', 'Answered in 60 minutes')], experiences: [felt('Reply', 90, 'minutes')] },
      {
        id: 'bank', stageId: 's3', expectations: [say('Other', 'Thanks')], experiences: [felt('Refund', 5, 'days')],
        actions: [{ id: 'a1', text: 'Automate refunds', owner: 'Finance', status: 'doing' }, { id: 'a2', text: 'Call back', status: 'done' }],
      },
    );
    const rows = auditCsv(map).slice(1).split('\r\n');
    expect(rows.slice(1, -1)).toEqual([
      '"Three","bank","Website","Promise met","Refund","Refund in 5 days","5 days (lower is better)","Typed","5 days","","promised 5 days, experienced 5 days: met; Promised at: ad",' +
        '"Automate refunds (Doing); Call back (Done)","Finance"',
      // "2 hours" and "120 minutes" are one promise, made at both touchpoints.
      '"Two","chat","Website","Promise exceeded","Reply","Reply within 2 hours; Reply within 120 minutes","2 hours (read from the text; lower is better)","Read from the text","90 minutes","30 minutes",' +
        '"promised 2 hours (read from the text), experienced 90 minutes: exceeded by 30 minutes; Promised at: ad, chat","",""',
      // Messages that agree and were never judged, each with its own reading.
      '"One","ad","Website","No finding","Answer","Answered within 1 hour","1 hour (read from the text; lower is better)","Read from the text","","","","",""',
      '"Two","chat","Website","No finding","Answer","Answered in 60 minutes","60 minutes (read from the text; lower is better)","Read from the text","","","","",""',
      '"Three","bank","Website","No finding","Other","Thanks","","","","","","Automate refunds (Doing); Call back (Done)","Finance"',
    ]);
  });

  it('leaves the promise empty for a message whose reading was dismissed, or with no amount in its words', () => {
    const map = mapOf({ id: 'a', expectations: [{ ...say('Delivery', 'Delivered within 2 days'), readPromise: false }, say('Delivery', 'Fast delivery')] });
    expect(auditCsv(map).split('\r\n').slice(1, 3)).toEqual([
      '"One","a","Website","Conflicting messages","Delivery","Delivered within 2 days","","","","","“Delivered within 2 days” vs “Fast delivery”","",""',
      '"One","a","Website","Conflicting messages","Delivery","Fast delivery","","","","","“Delivered within 2 days” vs “Fast delivery”","",""',
    ]);
  });

  it('keeps Thai text as it is', () => {
    expect(auditCsv(clinic).slice(1).split('\r\n')[1]).toBe(
      '"รอตรวจ","ห้องตรวจเล็ก","In person","Broken promise","เวลารอ","รอไม่เกิน 15 นาที","15 minutes (lower is better)","Typed","45 minutes","30 minutes",' +
        '"promised 15 minutes, experienced 45 minutes: broken by 30 minutes; Promised at: แอปนัดหมาย","",""',
    );
  });

  it('writes a row per broken experience, and sums up a promise made at many touchpoints', () => {
    const map = mapOf(
      ...Array.from({ length: 14 }, (_, i) => ({ id: `ad${i}`, expectations: [say('Wait', i % 2 ? 'Soon' : 'Very soon', 5, 'minutes')] })),
      ...Array.from({ length: 3 }, (_, i) => ({ id: `x${i}`, stageId: 's2', expectations: [say('Other', 'Hi')], experiences: [felt('Wait', 10 + i, 'minutes')] })),
    );
    const broken = auditCsv(map).split('\r\n').filter((row) => row.includes('"Broken promise"'));
    expect(broken).toHaveLength(3);
    expect(broken[0]).toContain('"Very soon; Soon","5 minutes (lower is better)","Typed","10 minutes","5 minutes"');
    expect(broken[0]).toContain('Promised at: ad0, ad1, ad2, ad3, ad4, ad5, ad6, ad7, ad8, ad9, and 4 more');
  });
});

describe('Markdown report', () => {
  it('escapes what would format, and joins lines', () => {
    expect(md('a *b* _c_ [d](e) <f> | g # h\nnext')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\| g \\# h next');
  });

  it('reports the online-order example for the workshop minutes', () => {
    const report = auditMarkdown(online, auditMap(online), new Date('2026-11-24T09:00:00Z'));
    expect(report.startsWith('# Expectation audit: Online order to delivery\n\nPersona: Dao, first-time online buyer\n\nGenerated by Waymark on 2026-11-24.\n')).toBe(true);
    for (const line of [
      '| Conflicting messages | 2 |',
      '| Broken promises | 1 |',
      '| Silent touchpoints | 3 |',
      '| Uncovered pain | 2 |',
      '- **3 days** — Said at: Social media ad (Awareness), Order confirmation email (Purchase)',
      '- **5 days** — Said at: Product page (Consideration)',
      '- **5–7 working days (5 to 11 calendar days; read from the text)** — Said at: Checkout (Purchase)',
      '- **30 days (read from the text)** — Said at: Product page (Consideration)',
      '_Promises marked “read from the text” were read by the audit from the words of a message that has no typed promise._',
      '- **Delivery time** at Parcel arrives (Delivery): promised 3 days, experienced 7 days: broken by 4 days. Promised at: Social media ad (Awareness), Order confirmation email (Purchase).',
      '- Customer reviews (Consideration)',
      '- **Call centre (Support)** — High friction: 45 minute wait before an agent answered. No open or doing action.',
      'Most favourable promise: **3 days (lower is better)** — Promised at: Social media ad (Awareness), Order confirmation email (Purchase)',
      '| Awareness | Social media ad | Free delivery in 3 days | 3 days (lower is better) | Typed |',
      '| Purchase | Checkout | Estimated delivery: 5-7 working days | 5–7 working days (5 to 11 calendar days; read from the text; lower is better) | Read from the text |',
      'Most favourable promise: **30 days (read from the text; higher is better)** — Promised at: Product page (Consideration)',
      '- Parcel arrives (Delivery): **Broken** — promised 3 days, experienced 7 days: broken by 4 days (Carrier backlog at the port)',
      // Metrics against their targets, and the actions with owner and status.
      '## Metrics against targets',
      '| Stage | Touchpoint | Metric | Value | Target | Against the target |',
      '| Purchase | Checkout | Cart abandonment (%) | 68% | 55% | Above target (lower is better) |',
      '| Support | Call centre | Resolution time | 2 days | 1 days | Above target (lower is better) |',
      '| Support | Satisfaction survey | NPS (Net Promoter Score, −100…100) | -12 | 20 | Below target |',
      '| Support | Satisfaction survey | CSAT (customer satisfaction, %) | 61% |  | No target |',
      '## Actions',
      '| Stage | Touchpoint | Action | Owner | Due | Status |',
      '| Purchase | Checkout | Show delivery fee on the product page | Web team | 2027-01-15 | Open |',
    ]) {
      expect(report.split('\n')).toContain(line);
    }
    expect(report.endsWith('\n')).toBe(true);
    expect(report).not.toMatch(/\n\n\n/);
    expect(report.split('\n').filter((line) => line.startsWith('Most favourable promise:'))).toHaveLength(audit(online).topics.length);
  });

  it('writes one "most favourable promise" line per topic, with or without one, and says when there are no metrics or actions', () => {
    const map = mapOf(
      { id: 'a', expectations: [say('Fee', 'Delivery in 3 days', 3, 'days'), say('Fee', 'Only 5 EUR', 5, 'EUR'), say('Tone', 'We care')] },
      { id: 'b', expectations: [say('Fee', 'Delivery in 2 days', 2, 'days'), say('Tone', 'We listen')] },
    );
    const lines = auditMarkdown(map, auditMap(map), new Date('2026-11-24T09:00:00Z')).split('\n');
    expect(lines.filter((line) => line.startsWith('Most favourable promise:'))).toEqual([
      'Most favourable promise: **5 EUR (lower is better)** — Promised at: a (One); **2 days (lower is better)** — Promised at: b (One)',
      'Most favourable promise: No measurable promise',
    ]);
    expect(lines).toContain('No metrics recorded.');
    expect(lines).toContain('No actions recorded.');
  });
});
