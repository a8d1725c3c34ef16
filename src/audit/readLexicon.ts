// The words the promise reader knows, in English, Thai, Chinese (Simplified and Traditional) and
// Persian: units after a number, currency symbols before one, bounds ("within", "ภายใน", "内",
// "ظرف"), and the cues that tell which way is better for the customer. Regular expression sources
// over the reading form (readNumbers.readingForm), matched case-insensitively.
import { FA_LETTER } from './readNumbers';

export type ReadKind = 'duration' | 'percent' | 'money';
/** Units of a duration as read; money is a currency code (`USD`), a percentage `%`. */
export type ReadDurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'working day' | 'week' | 'month';

/** The end of a Persian word: no Persian letter follows. */
export const FA_END = `(?!${FA_LETTER})`;
/** The start of a Persian word. */
export const FA_START = `(?<!${FA_LETTER})`;
const fa = (...words: string[]) => `${FA_START}(?:${words.join('|')})${FA_END}`;

type UnitEntry = { pattern: string; unit: string; kind: ReadKind };

/**
 * Units after a number, most specific first (at one position the first that matches wins: "วันทำการ"
 * before "วัน", "日元" before "日", currencies before "h").
 */
const UNIT_ENTRIES: UnitEntry[] = [
  { kind: 'duration', unit: 'working day', pattern: `(?:working|business|work|week)[ -]?days?\\b|workdays?\\b|วันทำการ|วันทำงาน|工作日|工作天|${fa('روز(?:های)? ?کاری')}` },
  { kind: 'money', unit: 'USD', pattern: `usd\\b|us ?dollars?\\b|dollars?\\b|bucks\\b|\\$|美元|美金|${fa('دلار')}` },
  { kind: 'money', unit: 'EUR', pattern: `eur\\b|euros?\\b|€|欧元|歐元|${fa('یورو')}` },
  { kind: 'money', unit: 'GBP', pattern: `gbp\\b|£|英镑|英鎊|${fa('پوند')}` },
  { kind: 'money', unit: 'THB', pattern: 'thb\\b|baht\\b|฿|บาท|泰铢|泰銖' },
  { kind: 'money', unit: 'JPY', pattern: 'jpy\\b|yen\\b|円|日元|日圓|日幣' },
  { kind: 'money', unit: 'HKD', pattern: 'hkd\\b|港元|港币|港幣' },
  { kind: 'money', unit: 'TWD', pattern: 'twd\\b|新台币|新台幣|台币|台幣' },
  { kind: 'money', unit: 'CNY', pattern: 'cny\\b|rmb\\b|yuan\\b|¥|元|块|塊|人民币|人民幣' },
  { kind: 'money', unit: 'IRT', pattern: `tomans?\\b|irt\\b|${fa('تومان', 'تومن')}` },
  { kind: 'money', unit: 'IRR', pattern: `irr\\b|rials?\\b|﷼|${fa('ریال')}` },
  { kind: 'money', unit: 'INR', pattern: 'inr\\b|rupees?\\b|₹' },
  { kind: 'money', unit: 'KRW', pattern: 'krw\\b|₩' },
  { kind: 'money', unit: 'SGD', pattern: 'sgd\\b' },
  { kind: 'money', unit: 'AUD', pattern: 'aud\\b' },
  { kind: 'money', unit: 'CAD', pattern: 'cad\\b' },
  { kind: 'money', unit: 'CHF', pattern: 'chf\\b' },
  { kind: 'money', unit: 'MYR', pattern: 'myr\\b|ringgit\\b' },
  { kind: 'percent', unit: '%', pattern: `per ?cent\\b|%|เปอร์เซ็นต์|เปอร์เซนต์|${fa('درصد(?:ی)?')}` },
  { kind: 'duration', unit: 'hour', pattern: `(?:working |business )?hours?\\b|hrs?\\b|(?<=\\d ?)h\\b|ชั่วโมง|ชม\\.?|小时|小時|钟头|鐘頭|${fa('ساعت(?:ه|ی)?')}` },
  { kind: 'duration', unit: 'second', pattern: `seconds?\\b|secs?\\b|วินาที|秒(?!杀|殺)|${fa('ثانیه(?: ?ای)?')}` },
  { kind: 'duration', unit: 'minute', pattern: `minutes?\\b|mins?\\b|นาที|分钟|分鐘|${fa('دقیقه(?: ?ای)?')}` },
  { kind: 'duration', unit: 'day', pattern: `days?\\b|วัน|天|日|${fa('روز(?:ه|ی)?')}` },
  { kind: 'duration', unit: 'week', pattern: `weeks?\\b|wks?\\b|สัปดาห์|อาทิตย์|星期|礼拜|禮拜|周(?!年)|週(?!年)|${fa('هفته(?: ?ای)?')}` },
  { kind: 'duration', unit: 'month', pattern: `months?\\b|เดือน|月|${fa('ماه(?:ه)?')}` },
];

export const UNIT_SOURCE = UNIT_ENTRIES.map((entry) => entry.pattern).join('|');
const UNIT_TESTS = UNIT_ENTRIES.map((entry) => ({ ...entry, test: new RegExp(`^(?:${entry.pattern})$`, 'i') }));

/** What a unit matched by UNIT_SOURCE is. */
export function unitOf(text: string): { unit: string; kind: ReadKind } | undefined {
  let entry = unitsSeen.get(text);
  if (entry === undefined) {
    // "h" alone: its pattern looks behind for the digit.
    entry = text === 'h' || text === 'H' ? { unit: 'hour', kind: 'duration' } : (UNIT_TESTS.find((unit) => unit.test.test(text)) ?? null);
    if (unitsSeen.size > 1000) unitsSeen.clear();
    unitsSeen.set(text, entry);
  }
  return entry ?? undefined;
}
const unitsSeen = new Map<string, { unit: string; kind: ReadKind } | null>();

/** Currency symbols and codes written before the amount ("$25", "฿1,290", "USD 40", "人民币100"). */
const PREFIX_CURRENCIES: Array<[string, string]> = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['NT$', 'TWD'], ['S$', 'SGD'], ['A$', 'AUD'], ['C$', 'CAD'], ['$', 'USD'], ['€', 'EUR'],
  ['£', 'GBP'], ['¥', 'CNY'], ['￥', 'CNY'], ['฿', 'THB'], ['₩', 'KRW'], ['₹', 'INR'], ['﷼', 'IRR'], ['人民币', 'CNY'], ['人民幣', 'CNY'],
];
const PREFIX_CODES = ['USD', 'EUR', 'GBP', 'THB', 'CNY', 'RMB', 'JPY', 'HKD', 'TWD', 'SGD', 'AUD', 'CAD', 'CHF', 'INR', 'MYR', 'IRR'];
const escape = (text: string) => text.replace(/[$^\\.*+?()[\]{}|]/g, '\\$&');
export const PREFIX_CURRENCY_SOURCE = [
  ...PREFIX_CURRENCIES.map(([symbol]) => escape(symbol)),
  `\\b(?:${PREFIX_CODES.join('|')})(?= ?\\d)`,
].join('|');

export function prefixCurrency(text: string): string | undefined {
  const upper = text.trim().toUpperCase();
  if (upper === 'RMB') return 'CNY';
  if (PREFIX_CODES.includes(upper)) return upper;
  return PREFIX_CURRENCIES.find(([symbol]) => symbol === text.trim())?.[1];
}

/** Multipliers between a number and its unit ("10k", "5 พันบาท", "2万元", "۵۰ هزار تومان"). */
export const MULTIPLIER_SOURCE = `\\s?(?:thousand|million|billion)\\b|k\\b|พัน|หมื่น|แสน|ล้าน|千|万|萬|亿|億|\\s?${fa('هزار', 'میلیون', 'میلیارد')}`;
const MULTIPLIERS: Array<[RegExp, number]> = [
  [/thousand|k|พัน|千|هزار/i, 1000], [/million|ล้าน|میلیون/i, 1_000_000], [/billion|میلیارد|亿|億/i, 1_000_000_000],
  [/หมื่น|万|萬/, 10_000], [/แสน/, 100_000],
];
export function multiplierOf(text: string): number {
  return MULTIPLIERS.find(([pattern]) => pattern.test(text))?.[1] ?? 1;
}

/** Between the two ends of a range: "5-7", "5 to 7", "5 ถึง 7", "3至5", "۳ تا ۵", "one or two". */
export const RANGE_SOURCE = `\\s*(?:-|~|to\\b|or\\b|and\\b|ถึง|หรือ|至|到|或|${fa('تا', 'الی', 'یا')})\\s*`;
/** Percent written before the number: "百分之五十", "ร้อยละ 20". */
export const PREFIX_PERCENT_SOURCE = '百分之|ร้อยละ';
/** A half after the unit: "an hour and a half", "ชั่วโมงครึ่ง", "两天半", "یک ساعت و نیم". */
export const HALF_AFTER_SOURCE = '\\s*(?:and a half\\b|ครึ่ง|半|و نیم)';
/** A bound written after the amount (Chinese): "72小时内", "3天以内", "30天以上". */
export const BOUND_AFTER_SOURCE = '\\s*(?:以内|以內|之内|之內|内|內|以上)';

/**
 * What follows the number (or the range): a multiplier, a Chinese measure word ("个", "一个半小时"),
 * the unit ("30-day" too), a half, and a bound written after (Chinese).
 */
export const AMOUNT_TAIL =
  `(?<mult>${MULTIPLIER_SOURCE})?(?<mw>\\s*[个個](?<mwHalf>半)?)?(?:\\s*-\\s*|\\s*)(?<unit>${UNIT_SOURCE})` +
  `(?<half>${HALF_AFTER_SOURCE})?(?<after>${BOUND_AFTER_SOURCE})?`;

export type BoundKind = 'at-most' | 'at-least' | 'in';

const BOUNDS: Record<BoundKind, string[]> = {
  'at-most': [
    '\\b(?:within(?: just| only)?|in under|in less than|less than|under|no more than|not more than|no later than|at most|at the most|up to|max(?:imum)?\\.?|not exceeding)',
    'ภายใน', 'ไม่เกินกว่า', 'ไม่เกิน', 'ไม่ถึง', 'สูงสุด', 'อย่างช้าที่สุด', 'อย่างช้า', 'ช้าสุด',
    fa('ظرف', 'ظرف مدت', 'در عرض', 'در ظرف', 'حداکثر', 'حد اکثر', 'کمتر از', 'نهایتا', 'نهایتاً', 'تا'),
    '最多', '不超过', '不超過', '最迟', '最遲', '最晚', '最长', '最長', '不到',
  ],
  'at-least': [
    '\\b(?:at least|no less than|not less than|minimum|min\\.?|more than|over)',
    'อย่างน้อย', 'ไม่ต่ำกว่า', 'มากกว่า',
    fa('حداقل', 'حد اقل', 'بیش از', 'بیشتر از', 'دست کم'),
    '至少', '最少', '不少于', '不少於', '超过', '超過',
  ],
  in: ['\\b(?:in(?: just| only| about| around)?|takes?)', 'ใน', 'ใช้เวลา', fa('در', 'در مدت', 'طی', 'طی مدت'), '在', '只需', '仅需', '僅需', '只要', '最快'],
};
const BOUND_BEFORE = new RegExp(
  `(?:(?<most>${BOUNDS['at-most'].join('|')})|(?<least>${BOUNDS['at-least'].join('|')})|(?<within>${BOUNDS.in.join('|')}))\\s*$`,
  'i',
);

/** The bound written just before an amount, if any, with where it starts in `before`. */
export function boundBefore(before: string): { kind: BoundKind; index: number; length: number } | undefined {
  const match = BOUND_BEFORE.exec(before);
  if (!match?.groups) return undefined;
  const kind: BoundKind = match.groups.most ? 'at-most' : match.groups.least ? 'at-least' : 'in';
  const word = (match.groups.most ?? match.groups.least ?? match.groups.within) as string;
  return { kind, index: match.index, length: word.length };
}

export function boundAfterKind(text: string): BoundKind {
  return text.trim() === '以上' ? 'at-least' : 'at-most';
}

/** "a"/"an" counts as one only after one of these ("within a day", "in an hour", "for a week"). */
export const ARTICLE_AFTER = /\b(?:within|in|under|for|to|about|around|approximately|than|only|just|over|takes?|after|least|most)\s+$/i;

/** "every 3 days", "ทุก 3 วัน", "每3天", "هر ۳ روز": a frequency, no promise. Also ordinals ("第3天"). */
export const EVERY_BEFORE = new RegExp(`(?:\\b(?:every|each|per)|ทุก|每|第|${fa('هر')})\\s*$`, 'i');
/** "24 hours a day", "7 days a week", "8 ชั่วโมงต่อวัน", "۸ ساعت در روز": a rate, no promise. */
export const RATE_AFTER = new RegExp(
  `^\\s*(?:(?:a|an|per|each|every)\\s+(?:day|week|month|year|night)\\b|/\\s*(?:day|week|month|year|d|wk|mo)\\b|(?:ต่อ|ทุก)\\s*(?:วัน|สัปดาห์|อาทิตย์|เดือน|ปี)|${fa('در')}\\s*${fa('روز', 'هفته', 'ماه', 'سال')}|/\\s*(?:天|日|周|週|月))`,
  'i',
);

/**
 * Round-the-clock availability ("24/7 support", "open 24 hours", "บริการตลอด 24 ชั่วโมง", "24小时客服",
 * "پشتیبانی ۲۴ ساعته"): with no "within" it is no promise about time.
 */
export const AVAILABILITY = new RegExp(
  `\\b(?:support|service|hotline|helpline|open|available|availability|access|customer care|concierge|assistance|help ?desk|reachable|on call|all year|round the clock)\\b|客服|服务|服務|营业|營業|在线|在線|热线|熱線|全天|全年|无休|無休|บริการ|เปิด|ตลอด|ไม่มีวันหยุด|คอลเซ็นเตอร์|${fa('پشتیبانی', 'خدمات', 'شبانه ?روزی', 'شبانه ?روز', 'باز', 'تعطیلی')}`,
  'i',
);

/** Clause ends: a cue in another clause does not speak for an amount. */
export const CLAUSE_END = /[;!?。；！？\n،؛|•]|[.,](?!\d)|，/g;

type Cues = { higher: string[]; lower: string[] };
/** English cues match as word starts ("deliver" matches "delivered", "delivery"). */
const en = (...stems: string[]) => `\\b(?:${stems.join('|')})[a-z]*`;

/**
 * Which way is better, by what the amount is about. Durations: lower is better (delivery, reply,
 * refund) unless the time is the customer's (returns, warranty, trial, validity). Percentages:
 * higher (discount, refund, coverage) unless charged (fee, interest). Money: lower (a price, a
 * threshold) unless received (discount, cashback, compensation).
 */
const CUES: Record<ReadKind, Cues> = {
  duration: {
    higher: [
      en('return', 'money[- ]back guarantee', 'price match', 'price protection', 'warrant', 'guarantee', 'trial', 'valid', 'expir', 'lasts', 'lasting', 'battery', 'keep', 'exchange',
        'cooling[- ]off', 'cancel', 'change your mind', 'grace period', 'storage', 'coverage', 'covered', 'protection', 'free to'),
      'คืนสินค้า', 'คืนของ', 'เปลี่ยนสินค้า', 'เปลี่ยนคืน', 'ส่งคืน', 'รับประกัน', 'ประกัน', 'ทดลอง', 'ใช้ได้', 'ใช้งานได้', 'หมดอายุ', 'อายุ',
      'แบตเตอรี่', 'แบต', 'ยกเลิก', 'นาน',
      '退货', '退貨', '退换', '退換', '换货', '換貨', '无理由', '無理由', '保修', '保固', '质保', '質保', '保价', '保價', '价保', '價保',
      '试用', '試用', '有效', '续航', '續航', '退订', '退訂', '取消', '长达', '長達',
      fa('مرجوع', 'مرجوعی', 'بازگشت کالا', 'بازگرداندن کالا', 'بازگشت', 'گارانتی', 'ضمانت', 'تضمین', 'مهلت', 'آزمایشی', 'اعتبار', 'معتبر',
        'لغو', 'انصراف', 'شارژ', 'باتری', 'به مدت'),
    ],
    lower: [
      en('money[- ]back', 'deliver', 'ship', 'dispatch', 'arriv', 'respon', 'repl', 'answer', 'wait', 'refund', 'reimburs', 'process', 'resolv', 'fix',
        'repair', 'call(?:s|ed)? back', 'callback', 'get back', 'back to you', 'approv', 'confirm', 'ready', 'install', 'turnaround',
        'lead time', 'pick ?up', 'collect', 'transfer', 'credit', 'payout', 'pay out', 'paid', 'settle', 'review', 'assess', 'handl',
        'complet', 'receiv', 'sent', 'send', 'post', 'prepar', 'serv', 'activat', 'connect', 'restor', 'replac', 'queue', 'hold',
        'takes', 'get it', 'in your hands', 'at your door'),
      'จัดส่ง', 'ส่ง', 'ได้รับ', 'ถึงมือ', 'รอ', 'ตอบกลับ', 'ตอบ', 'คืนเงิน', 'เงินคืน', 'โอน', 'อนุมัติ', 'ซ่อม', 'ดำเนินการ', 'แก้ไข', 'ติดต่อกลับ',
      'โทรกลับ', 'พิจารณา', 'ตรวจสอบ', 'จ่าย', 'เคลม', 'ติดตั้ง', 'มาถึง', 'ถึง',
      '送达', '送達', '送货', '送貨', '发货', '發貨', '发出', '發出', '到货', '到貨', '配送', '派送', '寄出', '送到', '回复', '回覆', '答复',
      '答覆', '回应', '回應', '响应', '響應', '退款', '到账', '到賬', '处理', '處理', '审核', '審核', '等待', '排队', '排隊', '维修', '維修',
      '上门', '上門', '解决', '解決', '完成', '安装', '安裝', '出餐', '送', '到',
      fa('ارسال', 'تحویل', 'پاسخ', 'جواب', 'بررسی', 'واریز', 'بازپرداخت', 'بازگشت وجه', 'بازگرداندن وجه', 'استرداد', 'پرداخت', 'انتظار',
        'رسیدگی', 'پیگیری', 'تماس', 'تعمیر', 'نصب', 'تایید', 'تأیید', 'آماده', 'صدور', 'می رسد', 'میرسد', 'می رسه', 'به دستتان'),
    ],
  },
  percent: {
    higher: [
      en('off', 'discount', 'save', 'saving', 'cash ?back', 'back', 'refund', 'coverage', 'cover', 'rebate', 'bonus', 'extra', 'uptime',
        'satisf', 'guarantee', 'free', 'return'),
      'ส่วนลด', 'ลด', 'เงินคืน', 'คืนเงิน', 'คืน', 'ชดเชย', 'คุ้มครอง', 'โบนัส', 'ฟรี',
      '折', '优惠', '優惠', '减', '減', '返', '退', '省', '赔', '賠', '补贴', '補貼', '保障', '满意', '滿意', '好评', '好評',
      fa('تخفیف', 'بازگشت', 'پرداخت', 'خسارت', 'پوشش', 'جایزه', 'هدیه', 'کش بک', 'کشبک', 'رضایت', 'بیشتر', 'اضافه'),
    ],
    lower: [
      en('fee', 'charge', 'commission', 'interest', 'apr', 'tax', 'surcharge', 'penalt', 'restocking', 'markup', 'mark-up', 'increase', 'late',
        'instal', 'financ'),
      'ค่าธรรมเนียม', 'ดอกเบี้ย', 'ภาษี', 'ค่าปรับ', 'ค่าบริการ', 'เพิ่มขึ้น', 'ขึ้นราคา', 'ผ่อน',
      '手续费', '手續費', '利息', '利率', '年化', '税', '稅', '服务费', '服務費', '违约金', '違約金', '滞纳金', '滯納金', '涨价', '漲價', '佣金', '傭金',
      '分期', '免息',
      fa('کارمزد', 'بهره', 'مالیات', 'جریمه', 'افزایش', 'کمیسیون', 'اقساط', 'قسط'),
    ],
  },
  money: {
    higher: [
      en('off', 'save', 'saving', 'discount', 'cash ?back', 'back', 'refund', 'compensat', 'credit', 'voucher', 'coupon', 'reward', 'bonus',
        'gift', 'rebate', 'earn'),
      'ส่วนลด', 'ลด', 'เงินคืน', 'คืนเงิน', 'ชดเชย', 'คูปอง', 'โบนัส', 'รางวัล', 'เครดิต',
      '减', '減', '省', '优惠', '優惠', '返现', '返現', '返', '红包', '紅包', '折扣', '退款', '赔偿', '賠償', '补偿', '補償', '代金券', '优惠券',
      '優惠券', '奖励', '獎勵', '立减', '立減', '补贴', '補貼', '赔付', '賠付', '赔', '賠', '送',
      fa('تخفیف', 'بازگشت وجه', 'کش بک', 'کشبک', 'هدیه', 'جایزه', 'اعتبار', 'بن', 'پاداش', 'خسارت', 'غرامت'),
    ],
    lower: [
      en('price', 'cost', 'fee', 'charge', 'pay', 'only', 'just', 'from', 'shipping', 'delivery', 'postage', 'over', 'above', 'minimum',
        'spend', 'order', 'deposit', 'excess', 'deductible', 'premium', 'rent', 'subscription', 'monthly', 'starting'),
      'ราคา', 'ค่าส่ง', 'ค่าจัดส่ง', 'ค่าธรรมเนียม', 'ค่า', 'จ่าย', 'เพียง', 'เริ่มต้น', 'ขั้นต่ำ', 'ซื้อครบ', 'ครบ', 'เกิน',
      '价格', '價格', '售价', '售價', '仅', '僅', '只要', '只需', '运费', '運費', '收费', '收費', '支付', '满', '滿', '费', '費', '起',
      fa('قیمت', 'هزینه', 'کارمزد', 'فقط', 'تنها', 'بالای', 'بیش از', 'خرید', 'حداقل', 'اجاره', 'ودیعه'),
    ],
  },
};

const cueSource = (words: string[]) => words.map((word) => (/^[\\(]/.test(word) ? word : escape(word))).join('|');
export const CUE_PATTERNS: Record<ReadKind, { higher: RegExp; lower: RegExp }> = {
  duration: { higher: new RegExp(cueSource(CUES.duration.higher), 'gi'), lower: new RegExp(cueSource(CUES.duration.lower), 'gi') },
  percent: { higher: new RegExp(cueSource(CUES.percent.higher), 'gi'), lower: new RegExp(cueSource(CUES.percent.lower), 'gi') },
  money: { higher: new RegExp(cueSource(CUES.money.higher), 'gi'), lower: new RegExp(cueSource(CUES.money.lower), 'gi') },
};

/**
 * A cue right after one of these names the moment the time counts from, not what it is about:
 * "within 14 days of delivery", "ภายใน 7 วันหลังได้รับสินค้า", "۳ روز پس از تأیید".
 */
export const EVENT_BEFORE = new RegExp(
  `(?:\\b(?:of|after|from|since|following|upon|on)\\s+(?:the\\s+|your\\s+|our\\s+|their\\s+)?|(?:หลัง(?:จาก)?|นับ(?:จาก|แต่)|ตั้งแต่)\\s*|${fa('پس از', 'بعد از', 'از زمان', 'از')}\\s*)$`,
  'i',
);
/** Chinese names the moment after it: "收货后7天", "发货起3天". */
export const EVENT_AFTER = /^(?:之?后|之?後|起|以后|以後)/;
/**
 * A notice period ("cancel up to 24 hours before", "ยกเลิกล่วงหน้า 24 ชั่วโมง", "提前24小时", "۲۴ ساعت قبل"):
 * the shorter the better for the customer, whatever the cue.
 */
export const NOTICE_AFTER = new RegExp(`^\\s*(?:before|in advance|prior|ahead|beforehand|之?前|${fa('قبل', 'پیش')})`, 'i');
export const NOTICE_BEFORE = /(?:\bnotice of|ล่วงหน้า|提前)\s*$/i;

/** "for 30 days", "นาน 10 ชั่วโมง", "به مدت ۷ روز", "长达": the customer's time, when no cue says otherwise. */
export const FOR_BEFORE = new RegExp(`(?:\\bfor|นาน|长达|長達|${fa('به مدت')})\\s*$`, 'i');

