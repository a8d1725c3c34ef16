// Numbers typed in any of the interface's scripts are read as numbers.
import { describe, expect, it } from 'vitest';
import { normalizeDigits } from '../../src/model/digits';
import { parseNumber } from '../../src/ui/inspector/fields';

describe('normalizeDigits', () => {
  it.each([
    ['۱۲', '12'], // Persian
    ['١٢٫٥', '12.5'], // Arabic-Indic with the Arabic decimal separator
    ['๓๐', '30'], // Thai
    ['７２', '72'], // full-width, as Chinese input methods type it
    ['٢٬٥٠٠', '2500'], // Arabic thousands separator
    ['−4', '-4'], // minus sign
    ['48 hours', '48 hours'],
  ])('%s reads as %s', (typed, ascii) => expect(normalizeDigits(typed)).toBe(ascii));
});

describe('number fields', () => {
  it('accept Persian, Thai and Arabic-Indic digits', () => {
    expect(parseNumber('۱۲', {})).toEqual({ ok: true, value: 12 });
    expect(parseNumber('๗', { wholeNumber: true })).toEqual({ ok: true, value: 7 });
    expect(parseNumber('٣٫٥', {})).toEqual({ ok: true, value: 3.5 });
  });

  it('still refuse what is not a number', () => {
    expect(parseNumber('۱۲ روز', {})).toEqual({ ok: false, error: 'Enter a number' });
  });
});
