// Promises read from the words of a message: a table of message texts in English, Thai, Chinese
// (Simplified and Traditional) and Persian with the amounts expected in them, then the details.
import { describe, expect, it } from 'vitest';
import { promiseOfReading, promisesInText, quantityOfReading, readPromises, type BoundKind, type PromiseReading } from '../../src/audit';

/** An expected reading: the text of its span, its value or range, its unit, which way is better, its bound. */
type Expected = [span: string, value: number | [number, number], unit: string, better: 'lower' | 'higher', bound?: BoundKind];

const shown = (text: string, reading: PromiseReading): Expected => {
  const row: Expected = [
    text.slice(reading.start, reading.end),
    reading.min === reading.max ? reading.min : [reading.min, reading.max],
    reading.unit,
    reading.better,
  ];
  if (reading.bound) row.push(reading.bound.kind);
  return row;
};

const lo = 'lower' as const;
const hi = 'higher' as const;

const ENGLISH: Array<[string, Expected[]]> = [
  ['Delivered within 2 days', [['2 days', 2, 'day', lo, 'at-most']]],
  ['Ships in 5 working days', [['5 working days', 5, 'working day', lo, 'in']]],
  ['Ships in 5-7 working days', [['5-7 working days', [5, 7], 'working day', lo, 'in']]],
  ['Arrives in 3 to 5 business days', [['3 to 5 business days', [3, 5], 'working day', lo, 'in']]],
  ['Delivered in 1–2 days', [['1–2 days', [1, 2], 'day', lo, 'in']]],
  ['Estimated delivery: 5-7 working days', [['5-7 working days', [5, 7], 'working day', lo]]],
  ['Support replies within 24 hours', [['24 hours', 24, 'hour', lo, 'at-most']]],
  ['We answer in under a minute', [['a minute', 1, 'minute', lo, 'at-most']]],
  ['Get it within an hour', [['an hour', 1, 'hour', lo, 'at-most']]],
  ['Refunds processed within 5–7 business days', [['5–7 business days', [5, 7], 'working day', lo, 'at-most']]],
  ['Response time: 30 mins', [['30 mins', 30, 'minute', lo]]],
  ['Delivery in 24h', [['24h', 24, 'hour', lo, 'in']]],
  ['Up to 2 weeks for delivery', [['2 weeks', 2, 'week', lo, 'at-most']]],
  ['Delivered in one day', [['one day', 1, 'day', lo, 'in']]],
  ['Two-day shipping', [['Two-day', 2, 'day', lo]]],
  ['Ships in twenty-four hours', [['twenty-four hours', 24, 'hour', lo, 'in']]],
  ['Free returns for 30 days', [['30 days', 30, 'day', hi]]],
  ['Returns accepted within 14 days', [['14 days', 14, 'day', hi, 'at-most']]],
  ['Refund within 14 days of return', [['14 days', 14, 'day', lo, 'at-most']]],
  ['30-day money-back guarantee', [['30-day', 30, 'day', hi]]],
  ['14-day free trial', [['14-day', 14, 'day', hi]]],
  ['Battery lasts up to 12 hours', [['12 hours', 12, 'hour', hi, 'at-most']]],
  ['12-month warranty', [['12-month', 12, 'month', hi]]],
  ['Keep it for a month', [['a month', 1, 'month', hi]]],
  ['Reply within 1 hour 30 minutes', [['1 hour 30 minutes', 90, 'minute', lo, 'at-most']]],
  ['Delivered in an hour and a half', [['an hour and a half', 1.5, 'hour', lo, 'in']]],
  ['Delivered between 3 and 5 days after payment', [['3 and 5 days', [3, 5], 'day', lo]]],
  ['Wait 10 to 15 minutes', [['10 to 15 minutes', [10, 15], 'minute', lo]]],
  ['Delivered in 2 or 3 days', [['2 or 3 days', [2, 3], 'day', lo, 'in']]],
  ['Next-day delivery', [['Next-day', 1, 'day', lo]]],
  ['Same-day dispatch', [['Same-day', [0, 1], 'day', lo]]],
  ['Save 20% today', [['20%', 20, '%', hi]]],
  ['Up to 50% off', [['50%', 50, '%', hi, 'at-most']]],
  ['10%-20% off everything', [['10%-20%', [10, 20], '%', hi]]],
  ['5% restocking fee', [['5%', 5, '%', lo]]],
  ['0% interest for 12 months', [['0%', 0, '%', lo], ['12 months', 12, 'month', hi]]],
  ['100 percent satisfaction', [['100 percent', 100, '%', hi]]],
  ['Only $25', [['$25', 25, 'USD', lo]]],
  ['Free delivery on orders over $50', [['$50', 50, 'USD', lo, 'at-least']]],
  ['Get $10 back', [['$10', 10, 'USD', hi]]],
  ['€9.99 per month', [['€9.99', 9.99, 'EUR', lo]]],
  ['Shipping: 4.99 EUR', [['4.99 EUR', 4.99, 'EUR', lo]]],
  ['$10-$20 cashback', [['$10-$20', [10, 20], 'USD', hi]]],
  ['Save £15 on your first order', [['£15', 15, 'GBP', hi]]],
  ['A fee of 1,500 USD', [['1,500 USD', 1500, 'USD', lo]]],
  ['Delivered within 2 days, or $10 back', [['2 days', 2, 'day', lo, 'at-most'], ['$10', 10, 'USD', hi]]],
  ['Delivered within ۳ days', [['۳ days', 3, 'day', lo, 'at-most']]],
  ['Answer within 60 seconds', [['60 seconds', 60, 'second', lo, 'at-most']]],
  ['Money back within 10 working days', [['10 working days', 10, 'working day', lo, 'at-most']]],
  ['Free cancellation up to 24 hours before check-in', [['24 hours', 24, 'hour', lo, 'at-most']]],
  ['Valid for 6 months from purchase', [['6 months', 6, 'month', hi]]],
  ['Claims are settled within 10 days of receiving all documents', [['10 days', 10, 'day', lo, 'at-most']]],
  ['Free UK delivery on orders over £40, usually 3-5 working days', [['£40', 40, 'GBP', lo, 'at-least'], ['3-5 working days', [3, 5], 'working day', lo]]],
  ['Use code SAVE10 for 10% off', [['10%', 10, '%', hi]]],
  // No promise in these numbers.
  ['Call 1-800-555-0199', []],
  ['Order #12345', []],
  ['since 2019', []],
  ['24/7 support', []],
  ['iPhone 15', []],
  ['Open 24 hours a day, 7 days a week', []],
  ['24-hour support line', []],
  ['500 stores in 20 countries', []],
  ['Rated 4.5 out of 5', []],
  ['Galaxy S24 in stock', []],
  ['Open Mon-Fri 9-5', []],
  ['Delivered by 5pm', []],
  ['Room 101, floor 3', []],
  ['Every 3 days we send a newsletter', []],
  ['Call us at +66 2 123 4567', []],
  ['Covid-19 rules apply', []],
  ['A day to remember', []],
  ['Version 2.0 is here', []],
  ['Trusted by 2 million customers since 1998', []],
  ['Rated 4.8/5 by 10,000 customers', []],
  ['Delivery slots every 30 minutes', []],
  ['Pay in 3 interest-free instalments', []],
  ['Order #12345 ships in 2 days', [['2 days', 2, 'day', lo, 'in']]],
];

const THAI: Array<[string, Expected[]]> = [
  ['คืนเงินภายใน ๓ วัน', [['๓ วัน', 3, 'day', lo, 'at-most']]],
  ['สามวัน', [['สามวัน', 3, 'day', lo]]],
  ['ส่งภายใน 5 ถึง 7 วัน', [['5 ถึง 7 วัน', [5, 7], 'day', lo, 'at-most']]],
  ['จัดส่ง 2-3 วันทำการ', [['2-3 วันทำการ', [2, 3], 'working day', lo]]],
  ['รอไม่เกิน 15 นาที', [['15 นาที', 15, 'minute', lo, 'at-most']]],
  ['ตอบกลับภายใน 1 ชั่วโมง', [['1 ชั่วโมง', 1, 'hour', lo, 'at-most']]],
  ['ส่งฟรีภายใน 24 ชม.', [['24 ชม.', 24, 'hour', lo, 'at-most']]],
  ['ภายในสองสัปดาห์', [['สองสัปดาห์', 2, 'week', lo, 'at-most']]],
  ['สองสามวัน', [['สองสามวัน', [2, 3], 'day', lo]]],
  ['ส่งภายในวันเดียว', [['วันเดียว', 1, 'day', lo, 'at-most']]],
  ['คืนสินค้าได้ภายใน 30 วัน', [['30 วัน', 30, 'day', hi, 'at-most']]],
  ['รับประกัน ๑๒ เดือน', [['๑๒ เดือน', 12, 'month', hi]]],
  ['ลด 50%', [['50%', 50, '%', hi]]],
  ['ราคา 1,290 บาท', [['1,290 บาท', 1290, 'THB', lo]]],
  ['ลดทันที 200 บาท', [['200 บาท', 200, 'THB', hi]]],
  ['ร้อยละ 20', [['ร้อยละ 20', 20, '%', hi]]],
  ['ผ่อน 0% นาน 10 เดือน', [['0%', 0, '%', lo], ['10 เดือน', 10, 'month', hi]]],
  ['ยี่สิบสี่ชั่วโมง', [['ยี่สิบสี่ชั่วโมง', 24, 'hour', lo]]],
  ['ครึ่งชั่วโมง', [['ครึ่งชั่วโมง', 0.5, 'hour', lo]]],
  ['รอหนึ่งชั่วโมงครึ่ง', [['หนึ่งชั่วโมงครึ่ง', 1.5, 'hour', lo]]],
  ['ได้รับสินค้าวันถัดไป', [['วันถัดไป', 1, 'day', lo]]],
  ['ส่ง ๕-๗ วัน', [['๕-๗ วัน', [5, 7], 'day', lo]]],
  ['฿1,290 เท่านั้น', [['฿1,290', 1290, 'THB', lo]]],
  ['ทดลองใช้ฟรี 14 วัน', [['14 วัน', 14, 'day', hi]]],
  ['สิบห้านาที', [['สิบห้านาที', 15, 'minute', lo]]],
  ['คืนสินค้าได้ภายใน 7 วันหลังได้รับสินค้า', [['7 วัน', 7, 'day', hi, 'at-most']]],
  ['รับส่วนลด 100 บาท เมื่อซื้อครบ 1,000 บาท', [['100 บาท', 100, 'THB', hi], ['1,000 บาท', 1000, 'THB', lo]]],
  ['ยกเลิกฟรีล่วงหน้า 24 ชั่วโมง', [['24 ชั่วโมง', 24, 'hour', lo]]],
  // No promise in these numbers.
  ['บริการตลอด 24 ชั่วโมง', []],
  ['โทร 02-123-4567', []],
  ['สาขาที่ 15', []],
  ['ก่อตั้งเมื่อปี 2540', []],
  ['ทุก 3 วัน', []],
  ['สามารถคืนสินค้าได้', []],
  ['iPhone 15 ราคาพิเศษ', []],
  ['เปิด 7 วันต่อสัปดาห์', []],
  ['โทร 1112 ตลอด 24 ชั่วโมง', []],
  ['สินค้ามี 3 สี', []],
];

const CHINESE: Array<[string, Expected[]]> = [
  ['72小时内退款', [['72小时', 72, 'hour', lo, 'at-most']]],
  ['3天', [['3天', 3, 'day', lo]]],
  ['三天', [['三天', 3, 'day', lo]]],
  ['两天内送达', [['两天', 2, 'day', lo, 'at-most']]],
  ['3至5天送达', [['3至5天', [3, 5], 'day', lo]]],
  ['3-5个工作日到账', [['3-5个工作日', [3, 5], 'working day', lo]]],
  ['48小时内发货', [['48小时', 48, 'hour', lo, 'at-most']]],
  ['一周内到货', [['一周', 1, 'week', lo, 'at-most']]],
  ['半小时内回复', [['半小时', 0.5, 'hour', lo, 'at-most']]],
  ['30分钟送达', [['30分钟', 30, 'minute', lo]]],
  ['一个半小时', [['一个半小时', 1.5, 'hour', lo]]],
  ['两三天到货', [['两三天', [2, 3], 'day', lo]]],
  ['7天无理由退货', [['7天', 7, 'day', hi]]],
  ['三个月保修', [['三个月', 3, 'month', hi]]],
  ['5日内发货', [['5日', 5, 'day', lo, 'at-most']]],
  ['次日达', [['次日', 1, 'day', lo]]],
  ['立减20元', [['20元', 20, 'CNY', hi]]],
  ['运费10元', [['10元', 10, 'CNY', lo]]],
  ['价格¥99', [['¥99', 99, 'CNY', lo]]],
  ['百分之五十', [['百分之五十', 50, '%', hi]]],
  ['手续费0.6%', [['0.6%', 0.6, '%', lo]]],
  ['满意度95%', [['95%', 95, '%', hi]]],
  ['二十四小时内回复', [['二十四小时', 24, 'hour', lo, 'at-most']]],
  // Traditional
  ['七天無理由退換貨', [['七天', 7, 'day', hi]]],
  ['三個工作天內出貨', [['三個工作天', 3, 'working day', lo, 'at-most']]],
  ['兩週內到貨', [['兩週', 2, 'week', lo, 'at-most']]],
  ['24小時內回覆', [['24小時', 24, 'hour', lo, 'at-most']]],
  ['退款3至5個工作日', [['3至5個工作日', [3, 5], 'working day', lo]]],
  ['一個月內', [['一個月', 1, 'month', lo, 'at-most']]],
  ['当天发货，三天内送达', [['当天', [0, 1], 'day', lo], ['三天', 3, 'day', lo, 'at-most']]],
  ['收货后7天内可申请退货', [['7天', 7, 'day', hi, 'at-most']]],
  ['满300减50，3天内发货', [['3天', 3, 'day', lo, 'at-most']]],
  // No promise in these numbers.
  ['24小时客服', []],
  ['订单号12345', []],
  ['2019年成立', []],
  ['客服电话400-123-4567', []],
  ['3月5日发货', []],
  ['每3天配送一次', []],
  ['第三天', []],
  ['iPhone 15 现货', []],
  ['周一至周五', []],
  ['一周年庆', []],
  ['全年365天无休', []],
  ['会员享95折', []],
  ['第2件半价', []],
];

const PERSIAN: Array<[string, Expected[]]> = [
  ['پاسخ ظرف ۱۲۰ دقیقه', [['۱۲۰ دقیقه', 120, 'minute', lo, 'at-most']]],
  ['پاسخ در ۲ ساعت', [['۲ ساعت', 2, 'hour', lo, 'in']]],
  ['یک روز', [['یک روز', 1, 'day', lo]]],
  ['۳ تا ۵ روز', [['۳ تا ۵ روز', [3, 5], 'day', lo]]],
  ['بررسی پرونده ظرف ۲ روز کاری', [['۲ روز کاری', 2, 'working day', lo, 'at-most']]],
  ['کارشناس ما ۴۸ ساعته پرونده را بررسی می‌کند', [['۴۸ ساعته', 48, 'hour', lo]]],
  ['واریز حداکثر ۳ روز پس از تأیید', [['۳ روز', 3, 'day', lo, 'at-most']]],
  ['ارسال رایگان ۲ روزه', [['۲ روزه', 2, 'day', lo]]],
  ['۷ روز ضمانت بازگشت کالا', [['۷ روز', 7, 'day', hi]]],
  ['۲۰٪ تخفیف', [['۲۰٪', 20, '%', hi]]],
  ['پرداخت ۱۰۰٪ خسارت', [['۱۰۰٪', 100, '%', hi]]],
  ['۵۰ هزار تومان تخفیف', [['۵۰ هزار تومان', 50_000, 'IRT', hi]]],
  ['هزینه ارسال ۳۰ هزار تومان', [['۳۰ هزار تومان', 30_000, 'IRT', lo]]],
  ['تحویل یک‌روزه', [['یک‌روزه', 1, 'day', lo]]],
  ['حداکثر ۴۸ ساعت', [['۴۸ ساعت', 48, 'hour', lo, 'at-most']]],
  ['نیم ساعت', [['نیم ساعت', 0.5, 'hour', lo]]],
  ['بیست و چهار ساعت', [['بیست و چهار ساعت', 24, 'hour', lo]]],
  ['یک ساعت و نیم', [['یک ساعت و نیم', 1.5, 'hour', lo]]],
  ['ظرف ٣ روز', [['٣ روز', 3, 'day', lo, 'at-most']]],
  ['۳ الی ۵ روز کاری', [['۳ الی ۵ روز کاری', [3, 5], 'working day', lo]]],
  ['دو هفته', [['دو هفته', 2, 'week', lo]]],
  ['یک ماه ضمانت بازگشت وجه', [['یک ماه', 1, 'month', hi]]],
  ['بازپرداخت وجه ظرف ۷۲ ساعت', [['۷۲ ساعت', 72, 'hour', lo, 'at-most']]],
  ['۲/۵ درصد کارمزد', [['۲/۵ درصد', 2.5, '%', lo]]],
  ['تحویل همان روز', [['همان روز', [0, 1], 'day', lo]]],
  ['دو سه روز', [['دو سه روز', [2, 3], 'day', lo]]],
  ['ظرف مدت ۴۸ ساعت', [['۴۸ ساعت', 48, 'hour', lo, 'at-most']]],
  ['تخفیف ۳۰ درصدی', [['۳۰ درصدی', 30, '%', hi]]],
  ['بازگشت کالا تا ۷ روز پس از دریافت', [['۷ روز', 7, 'day', hi, 'at-most']]],
  ['لغو رایگان تا ۲۴ ساعت قبل', [['۲۴ ساعت', 24, 'hour', lo, 'at-most']]],
  ['ارسال ظرف دو روز كاري', [['دو روز كاري', 2, 'working day', lo, 'at-most']]], // Arabic kaf and yeh
  // No promise in these numbers.
  ['پشتیبانی ۲۴ ساعته', []],
  ['شماره سفارش ۱۲۳۴۵', []],
  ['تماس با ۰۲۱-۸۸۷۷۶۶۵۵', []],
  ['از سال ۱۳۹۸', []],
  ['آیفون ۱۵', []],
  ['هر ۳ روز', []],
  ['سه‌شنبه ساعت ۵', []],
  ['بیش از ۲۰ سال سابقه', []],
  ['ساعت کاری ۹ تا ۱۷', []],
  ['امتیاز ۴.۵ از ۵', []],
];

describe.each([
  ['English', ENGLISH],
  ['Thai', THAI],
  ['Chinese', CHINESE],
  ['Persian', PERSIAN],
])('amounts in %s messages', (_language, table) => {
  it.each(table)('%s', (text, expected) => {
    expect(readPromises(text).map((reading) => shown(text, reading))).toEqual(expected);
  });
});

describe('reading promises', () => {
  it('reads at least 80 messages of the four languages in the table, numbers that are no promise among them', () => {
    const all = [...ENGLISH, ...THAI, ...CHINESE, ...PERSIAN];
    expect(all.length).toBeGreaterThanOrEqual(80);
    expect(all.filter(([, expected]) => expected.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it('gives spans and bounds as offsets into the text as written', () => {
    const text = 'Delivered within 2 days';
    const [reading] = readPromises(text);
    expect(reading).toEqual({ start: 17, end: 23, min: 2, max: 2, unit: 'day', kind: 'duration', better: 'lower', bound: { kind: 'at-most', start: 10, end: 16 } });
    const chinese = '请在72小时内退款';
    const [zh] = readPromises(chinese);
    expect(zh && [chinese.slice(zh.start, zh.end), zh.bound && chinese.slice(zh.bound.start, zh.bound.end)]).toEqual(['72小时', '内']);
    const thai = 'คืนเงินภายใน ๓ วัน';
    const [th] = readPromises(thai);
    expect(th && [thai.slice(th.start, th.end), th.bound && thai.slice(th.bound.start, th.bound.end)]).toEqual(['๓ วัน', 'ภายใน']);
  });

  it('reads each text once: the same text gives the same frozen list', () => {
    const first = readPromises('Delivered within 3 days');
    expect(readPromises('Delivered within 3 days')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(readPromises('No promise here')).toBe(readPromises('Nothing at all'));
  });

  it('makes a promise of a reading, in a unit the audit converts', () => {
    const [one, range, money] = [
      readPromises('Delivered within one day')[0],
      readPromises('Ships in 5-7 working days')[0],
      readPromises('Only ฿1,290')[0],
    ] as [PromiseReading, PromiseReading, PromiseReading];
    expect(promiseOfReading(one)).toEqual({ value: 1, unit: 'day', better: 'lower', fromText: true });
    expect(promiseOfReading(range)).toEqual({ value: 5, to: 7, unit: 'working days', better: 'lower', fromText: true });
    expect(promiseOfReading(money)).toEqual({ value: 1290, unit: 'THB', better: 'lower', fromText: true });
  });

  it('makes a typed promise of a reading, a range by the end the brand commits to', () => {
    const typed = (text: string) => quantityOfReading(readPromises(text)[0] as PromiseReading);
    expect(typed('Ships in 5-7 working days')).toEqual({ value: 7, unit: 'working days', better: 'lower' });
    expect(typed('Battery lasts 10-12 hours')).toEqual({ value: 10, unit: 'hours', better: 'higher' });
    expect(typed('ภายในหนึ่งวัน')).toEqual({ value: 1, unit: 'day', better: 'lower' });
    expect(typed('Answer within 90 seconds')).toEqual({ value: 1.5, unit: 'minutes', better: 'lower' });
    expect(typed('۲۰٪ تخفیف')).toEqual({ value: 20, unit: '%', better: 'higher' });
  });

  it('takes the first amount of each kind from a message for the audit', () => {
    expect(promisesInText('Ships in 1-2 days, delivered in 3-5 days, 10% off, $5 shipping, €4 in Europe')).toEqual([
      { value: 1, to: 2, unit: 'days', better: 'lower', fromText: true },
      { value: 10, unit: '%', better: 'higher', fromText: true },
      { value: 5, unit: 'USD', better: 'lower', fromText: true },
      { value: 4, unit: 'EUR', better: 'lower', fromText: true },
    ]);
    expect(promisesInText('Call 1-800-555-0199')).toEqual([]);
    // A bound marks the promise: shipped the same day, delivered within three days.
    expect(promisesInText('当天发货，三天内送达')).toEqual([{ value: 3, unit: 'days', better: 'lower', fromText: true }]);
    // Seconds are read as minutes, the audit's finest unit.
    expect(promisesInText('Answer within 30 seconds')).toEqual([{ value: 0.5, unit: 'minutes', better: 'lower', fromText: true }]);
  });

  it('reads digits of every script alike', () => {
    const value = (text: string) => readPromises(text).map((r) => [r.min, r.unit]);
    for (const text of ['within 12 days', 'within ١٢ days', 'within ۱۲ days', 'within ๑๒ days', 'within １２ days']) expect(value(text)).toEqual([[12, 'day']]);
    expect(value('۱۲٫۵ درصد')).toEqual([[12.5, '%']]);
    expect(value('۱٬۲۰۰ تومان')).toEqual([[1200, 'IRT']]);
  });
});
