// Numbers as people type them in Persian, Arabic, Thai and Chinese: their own digits, the Arabic
// decimal and thousands separators, full-width digits and the minus sign, turned into the
// ASCII form that Number() reads.
const DIGIT_ZEROS = [0x06f0, 0x0660, 0x0e50, 0xff10]; // Persian, Arabic-Indic, Thai, full-width

export function normalizeDigits(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9);
    if (zero !== undefined) out += String(code - zero);
    else if (char === '\u066b' || char === '\uff0e') out += '.'; // Arabic decimal separator, full-width full stop
    else if (char === '\u066c') continue; // Arabic thousands separator
    else if (char === '\u2212' || char === '\uff0d') out += '-'; // minus sign, full-width hyphen-minus
    else out += char;
  }
  return out;
}
