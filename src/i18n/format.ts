// Numbers and dates in the interface language, with CLDR's default digits (Persian digits in
// Persian, Latin in Thai): Intl formatters made once per language and options.
import { useLocaleStore } from './locale';
import { localeTag } from './runtime';

/** The BCP 47 tag of the interface language, for Intl (and Intl.RelativeTimeFormat). */
export const interfaceTag = (): string => localeTag(useLocaleStore.getState().locale);

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = `${interfaceTag()} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(interfaceTag(), options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function formatDate(value: Date | number, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(interfaceTag(), options).format(value);
}
