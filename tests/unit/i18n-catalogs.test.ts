// The catalogs: every translation has exactly the source's keys, every message is valid ICU and
// uses only the English message's arguments, plurals render in every language, and the
// interface text follows the chosen language (digits too). Unit tests read the ICU as written
// (the build's precompilation is off under Vitest), so the parser checks the text itself.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { en, t } from '../../src/i18n/en';
import { fa } from '../../src/i18n/fa';
import { th } from '../../src/i18n/th';
import { zh } from '../../src/i18n/zh';
import { useLocaleStore, type Locale } from '../../src/i18n/locale';
import { isMessage } from '../../src/i18n/msg';
import { pickLocale, registerCatalog } from '../../src/i18n/runtime';
import { normalizeDigits } from '../../src/model/digits';

const translations = { th, zh, fa } as const;

type Leaf = { path: string; icu: string; prepare?: (...args: unknown[]) => Record<string, unknown> };

/** Every message of a catalog by its path (arrays by index). */
function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'string') return [{ path, icu: node }];
  if (isMessage(node)) return [{ path, icu: node.icu, prepare: node.prepare }];
  if (typeof node === 'function') return [{ path, icu: '' }]; // not yet in ICU form: reported below
  if (Array.isArray(node)) return node.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

/** The argument names a message uses, in plural and select branches too. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const source = leaves(en);
const parsed = (icu: string) => parse(icu, { ignoreTag: true, shouldParseSkeletons: true });

afterEach(() => useLocaleStore.setState({ locale: 'en' }));

describe('the English source catalog', () => {
  it('has no message left as a plain function: each one is ICU through msg()', () => {
    expect(source.filter((leaf) => leaf.icu === '').map((leaf) => leaf.path)).toEqual([]);
  });

  it('compiles, and names every argument its message uses in prepare()', () => {
    for (const leaf of source) {
      const used = argumentsOf(parsed(leaf.icu));
      if (!leaf.prepare) {
        expect(used, leaf.path).toEqual(new Set());
        continue;
      }
      const given = Object.keys(leaf.prepare(...Array.from({ length: 6 }, () => 1)));
      for (const name of used) expect(given, `${leaf.path} gives {${name}}`).toContain(name);
    }
  });
});

describe.each(Object.entries(translations))('the %s catalog', (locale, catalog) => {
  const own = new Map(leaves(catalog).map((leaf) => [leaf.path, leaf.icu]));

  it('has every message of the source and no other', () => {
    expect([...own.keys()].sort()).toEqual(source.map((leaf) => leaf.path).sort());
  });

  it('compiles every message, using only the English message’s arguments', () => {
    for (const leaf of source) {
      const icu = own.get(leaf.path) ?? '';
      let elements: MessageFormatElement[] = [];
      expect(() => (elements = parsed(icu)), `${locale} ${leaf.path}`).not.toThrow();
      const english = argumentsOf(parsed(leaf.icu));
      for (const name of argumentsOf(elements)) expect([...english], `${locale} ${leaf.path} uses {${name}}`).toContain(name);
    }
  });

  it('renders plurals for 0, 1, 2 and 5, with the count in its own digits', () => {
    registerCatalog(locale as Exclude<Locale, 'en'>, catalog);
    useLocaleStore.setState({ locale: locale as Locale });
    const digits = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : locale);
    expect(t.library.mapCount(5)).toContain(digits.format(5));
    expect(t.canvas.frictionBadge(2)).toContain(digits.format(2));
    for (const n of [0, 1, 2, 5]) {
      for (const text of [t.library.counts(n, n), t.workshop.stageCounts(n, n, n, n), t.audit.priorities.friction(n, 'high'), t.library.confirmDeleteBody(n)]) {
        expect(text).not.toBe('');
        if (n > 1) expect(text).toContain(digits.format(n));
      }
    }
  });
});

describe('the interface text', () => {
  it('follows the chosen language, in Persian with Persian digits', () => {
    registerCatalog('fa', fa);
    expect(t.library.mapCount(1)).toBe('1 map');
    useLocaleStore.setState({ locale: 'fa' });
    expect(t.library.mapCount(12)).toBe('۱۲ نقشه');
    expect(t.toolbar.undo).toBe('واگرد');
    expect(t.audit.csv.headers[0]).toBe('مرحله');
  });

  it('keeps English plurals and their arguments', () => {
    expect(t.library.counts(1, 3)).toBe('1 stage · 3 touchpoints');
    expect(t.canvas.arrowName('A', 'B')).toBe('Arrow from A to B');
    expect(t.canvas.arrowName('A', 'B', 'pays')).toBe('Arrow from A to B: pays');
    expect(t.audit.csv.action('Fix', 'Open', '')).toBe('Fix (Open)');
    expect(t.importErrors.tooLarge(25_000_001, 25_000_000)).toBe('The file is 25,000,001 bytes; the limit is 25,000,000 bytes (25 MB).');
    expect(t.importErrors.tooLarge(30_000_000, 25_000_000)).toBe('The file is 30.0 MB; the limit is 25 MB.');
  });
});

describe('choosing the first language', () => {
  it('takes the remembered choice, else the first browser language Waymark speaks, else English', () => {
    expect(pickLocale('th', ['fa-IR'])).toBe('th');
    expect(pickLocale(null, ['fa-IR', 'en-US'])).toBe('fa');
    expect(pickLocale(null, ['de-DE', 'zh-CN'])).toBe('zh');
    expect(pickLocale(null, ['en-GB', 'th-TH'])).toBe('en');
    expect(pickLocale('xx', ['de'])).toBe('en');
  });
});

describe('typed numbers', () => {
  it('reads Latin, Thai, Persian and Arabic-Indic digits and the Persian decimal separator', () => {
    expect(Number(normalizeDigits('๑๒'))).toBe(12);
    expect(Number(normalizeDigits('۳٫۵'))).toBe(3.5);
    expect(Number(normalizeDigits('٤٢'))).toBe(42);
    expect(Number(normalizeDigits('7.25'))).toBe(7.25);
  });
});
