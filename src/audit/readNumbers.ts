// Numbers as a message writes them, for reading promises from the text: digits of any script,
// thousands separators and decimals, and the small number words people use instead of digits
// ("one day", "สามวัน", "三天", "两三天", "یک روز", "بیست و چهار ساعت"). Pure, no catalog.

/** A number, or the range two number words give together ("两三天", "สองสามวัน": two or three). */
export type Amount = { min: number; max: number };

const DIGIT_ZEROS = [0x06f0, 0x0660, 0x0e50, 0xff10]; // Persian, Arabic-Indic, Thai, full-width
/** Characters the reader sees through; each is replaced by one character, so offsets stay valid. */
const SAME_LENGTH = /[\u06f0-\u06f9\u0660-\u0669\u0e50-\u0e59\uff10-\uff19\u066a-\u066c\uff05\u2010-\u2015\u2212\uff0d\u301c\uff5e\u200c\u00a0\u2009\u202f\u064a\u0649\u0643]|\u200d/g;

function substitute(char: string): string {
  const code = char.charCodeAt(0);
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String.fromCharCode(48 + code - zero);
  switch (char) {
    case '\u066b':
      return '.'; // Arabic decimal separator
    case '\u066c':
      return ','; // Arabic thousands separator
    case '\u066a':
    case '\uff05':
      return '%';
    case '\u301c':
    case '\uff5e':
      return '~';
    case '\u064a':
    case '\u0649':
      return '\u06cc'; // Arabic yeh, as a Persian keyboard may type it
    case '\u0643':
      return '\u06a9'; // Arabic kaf
    case '\u200c':
    case '\u200d':
    case '\u00a0':
    case '\u2009':
    case '\u202f':
      return ' '; // zero-width non-joiner (Persian), no-break and thin spaces
    default:
      return '-'; // hyphens, dashes and minus signs
  }
}

/**
 * The text as the reader matches it: ASCII digits, `%`, `-` and `~` for their look-alikes, Persian
 * letters for their Arabic twins, spaces for joiners. One character for one, so a match in this
 * form has the same offsets in the text as written.
 */
export function readingForm(text: string): string {
  return text.replace(SAME_LENGTH, substitute);
}

/** Whether the text as written has Persian or Arabic-Indic digits in [start, end). */
export function hasEasternDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x06f0 && code <= 0x06f9) || (code >= 0x0660 && code <= 0x0669)) return true;
  }
  return false;
}

const EN_SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_VALUES = new Map<string, number>([
  ...EN_SMALL.map((word, i) => [word, i] as const),
  ...EN_TENS.map((word, i) => [word, (i + 2) * 10] as const),
]);

const TH_DIGITS = new Map([['หนึ่ง', 1], ['เอ็ด', 1], ['สอง', 2], ['ยี่', 2], ['สาม', 3], ['สี่', 4], ['ห้า', 5], ['หก', 6], ['เจ็ด', 7], ['แปด', 8], ['เก้า', 9]]);
const TH_MULTIPLIERS = new Map([['สิบ', 10], ['ร้อย', 100], ['พัน', 1000], ['หมื่น', 10_000], ['แสน', 100_000], ['ล้าน', 1_000_000]]);
const TH_HALF = 'ครึ่ง';

const ZH_DIGITS = new Map([['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['兩', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9]]);
const ZH_MULTIPLIERS = new Map([['十', 10], ['百', 100], ['千', 1000], ['万', 10_000], ['萬', 10_000], ['亿', 100_000_000], ['億', 100_000_000]]);

const FA_VALUES = new Map<string, number>([
  ['یک', 1], ['یه', 1], ['دو', 2], ['سه', 3], ['چهار', 4], ['پنج', 5], ['شش', 6], ['شیش', 6], ['هفت', 7], ['هشت', 8], ['نه', 9],
  ['ده', 10], ['یازده', 11], ['دوازده', 12], ['سیزده', 13], ['چهارده', 14], ['پانزده', 15], ['پونزده', 15], ['شانزده', 16],
  ['هفده', 17], ['هیفده', 17], ['هجده', 18], ['هیجده', 18], ['نوزده', 19], ['بیست', 20], ['سی', 30], ['چهل', 40], ['پنجاه', 50],
  ['شصت', 60], ['هفتاد', 70], ['هشتاد', 80], ['نود', 90], ['صد', 100], ['یکصد', 100], ['دویست', 200], ['سیصد', 300],
  ['چهارصد', 400], ['پانصد', 500], ['ششصد', 600], ['هفتصد', 700], ['هشتصد', 800], ['نهصد', 900], ['نیم', 0.5],
]);
const FA_MULTIPLIERS = new Map([['هزار', 1000], ['میلیون', 1_000_000], ['میلیارد', 1_000_000_000]]);

/** A Persian letter (a Persian word goes on while one follows). */
export const FA_LETTER = '[\\u0621-\\u063a\\u0641-\\u064a\\u067e\\u0686\\u0698\\u06a9\\u06af\\u06cc]';
const longestFirst = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length);

const EN_UNIT_WORDS = `(?:${longestFirst(EN_SMALL).join('|')})`;
const EN_NUMBER = [
  `(?:${EN_TENS.join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?: and a half)?`,
  `${EN_UNIT_WORDS} and a half`,
  EN_UNIT_WORDS,
  'a couple of', 'a couple', 'couple of', 'half an?', 'half', 'an?',
].map((form) => `\\b${form}\\b`).join('|');
const TH_NUMBER = `(?:${longestFirst([...TH_DIGITS.keys(), ...TH_MULTIPLIERS.keys(), TH_HALF]).join('|')})+`;
const ZH_NUMBER = `[${[...ZH_DIGITS.keys(), ...ZH_MULTIPLIERS.keys()].join('')}半]+`;
const FA_WORD = `(?:${longestFirst([...FA_VALUES.keys(), ...FA_MULTIPLIERS.keys()]).join('|')})(?!${FA_LETTER})`;
const FA_NUMBER = `(?<!${FA_LETTER})${FA_WORD}(?:(?: و |\\s+)${FA_WORD})*`;
/** Digits (after `readingForm`), with thousands separators or a decimal point; `/` is a Persian decimal point. */
const DIGITS = '\\d+(?:[.,]\\d+)*(?:/\\d+)?';

/** Any number the reader knows, as a regular expression source (for the case-insensitive reader). */
export const NUMBER_SOURCE = `${DIGITS}|${EN_NUMBER}|${TH_NUMBER}|${ZH_NUMBER}|${FA_NUMBER}`;
/** Digits only: the number of a money amount after its symbol ("$1,299.50"). */
export const DIGITS_SOURCE = '\\d+(?:[.,]\\d+)*';

function digitsValue(token: string, eastern: boolean): number | undefined {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(token)) return Number(token.replace(/,/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(token)) return Number(token);
  if (/^\d+,\d{1,2}$/.test(token)) return Number(token.replace(',', '.')); // a decimal comma: "2,5 hours"
  if (eastern && /^\d+\/\d+$/.test(token)) return Number(token.replace('/', '.')); // "۲/۵ درصد"
  return undefined;
}

function englishValue(token: string): number | undefined {
  let words = token.toLowerCase().replace(/\s+/g, ' ');
  let half = 0;
  if (words.endsWith(' and a half')) {
    half = 0.5;
    words = words.slice(0, -' and a half'.length);
  }
  if (words === 'a' || words === 'an') return 1 + half;
  if (words.startsWith('half')) return 0.5;
  if (words.includes('couple')) return 2;
  let total = 0;
  for (const word of words.split(/[- ]/)) {
    const value = EN_VALUES.get(word);
    if (value === undefined) return undefined;
    total += value;
  }
  return total + half;
}

type Token = { digit?: number; multiplier?: number; half?: true };

/** Thai and Chinese numbers: digits, and multipliers that scale what comes before them. */
function positionalValue(tokens: readonly Token[]): Amount | undefined {
  const [first, second] = tokens;
  if (!first) return undefined;
  // Two digits side by side: "两三天", "สองสามวัน" — two or three.
  if (tokens.length === 2 && first.digit && second?.digit && second.digit > first.digit) return { min: first.digit, max: second.digit };
  let total = 0;
  let section = 0;
  let current: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.half) {
      if (i !== tokens.length - 1) return undefined;
      const whole = total + section + (current ?? 0);
      return { min: whole + 0.5, max: whole + 0.5 };
    }
    if (token.digit !== undefined) {
      if (token.digit === 0) continue; // "一百零五"
      if (current !== undefined) return undefined;
      current = token.digit;
    } else if (token.multiplier !== undefined) {
      if (token.multiplier >= 10_000) {
        total += (section + (current ?? 0) || 1) * token.multiplier;
        section = 0;
      } else {
        section += (current ?? 1) * token.multiplier;
      }
      current = undefined;
    }
  }
  const value = total + section + (current ?? 0);
  return { min: value, max: value };
}

const TH_TOKEN = new RegExp(longestFirst([...TH_DIGITS.keys(), ...TH_MULTIPLIERS.keys(), TH_HALF]).join('|'), 'g');

function thaiValue(token: string): Amount | undefined {
  const tokens: Token[] = [];
  let at = 0;
  for (const match of token.matchAll(TH_TOKEN)) {
    if (match.index !== at) return undefined;
    at += match[0].length;
    const word = match[0];
    if (word === TH_HALF) tokens.push({ half: true });
    else if (TH_DIGITS.has(word)) tokens.push({ digit: TH_DIGITS.get(word) as number });
    else tokens.push({ multiplier: TH_MULTIPLIERS.get(word) as number });
  }
  return at === token.length ? positionalValue(tokens) : undefined;
}

function chineseValue(token: string): Amount | undefined {
  const tokens: Token[] = [];
  for (const char of token) {
    if (char === '半') tokens.push({ half: true });
    else if (ZH_DIGITS.has(char)) tokens.push({ digit: ZH_DIGITS.get(char) as number });
    else if (ZH_MULTIPLIERS.has(char)) tokens.push({ multiplier: ZH_MULTIPLIERS.get(char) as number });
    else return undefined;
  }
  return positionalValue(tokens);
}

function persianValue(token: string): Amount | undefined {
  const joined = token.includes(' و ');
  const words = token.split(/ و |\s+/).filter(Boolean);
  const [first, second] = words.map((word) => FA_VALUES.get(word));
  // "دو سه روز": two or three days.
  if (!joined && words.length === 2 && first && second && first < 10 && second < 10 && second > first) return { min: first, max: second };
  if (!joined && words.length > 1 && words.every((word) => FA_VALUES.has(word))) return undefined; // "سه دو": not a number
  let total = 0;
  let section = 0;
  for (const word of words) {
    const multiplier = FA_MULTIPLIERS.get(word);
    if (multiplier !== undefined) {
      total += (section || 1) * multiplier;
      section = 0;
    } else {
      const value = FA_VALUES.get(word);
      if (value === undefined) return undefined;
      section += value;
    }
  }
  const value = total + section;
  return { min: value, max: value };
}

const single = (value: number | undefined): Amount | undefined => (value === undefined || !Number.isFinite(value) ? undefined : { min: value, max: value });

/**
 * The value of a number matched by NUMBER_SOURCE in the reading form. `eastern`: the text as
 * written has Persian or Arabic-Indic digits there (then `/` is a decimal point).
 */
export function numberValue(token: string, eastern = false): Amount | undefined {
  const first = token.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return single(digitsValue(token, eastern));
  if (first < 0x80) return single(englishValue(token));
  if (first >= 0x0e00 && first <= 0x0e7f) return thaiValue(token);
  if (first >= 0x0600 && first <= 0x06ff) return persianValue(token);
  return chineseValue(token);
}

/** Whether the number is a word for "a", "an" ("within a day"): it counts only after a bound. */
export function isArticle(token: string): boolean {
  return /^an?$/i.test(token);
}
