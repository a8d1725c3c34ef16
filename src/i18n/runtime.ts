// The interface's messages in the current language. `createT(en)` mirrors the source catalog:
// each string becomes a getter and each `msg` a function, both reading the current language's
// message (English when a translation lacks one) and formatting it with intl-messageformat,
// so numbers in messages follow the language (Persian digits in Persian). Translations load on
// demand; the language switches only once its catalog is here.
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { create } from 'zustand';
import { isMessage, type Translated, type Values } from './msg';
import { directionOf, useLocaleStore, type Locale } from './locale';

/** A message as it reaches the browser: parsed at build time, or ICU text in unit tests. */
type Source = string | { readonly $ast: MessageFormatElement[] };

const isCompiled = (value: unknown): value is { $ast: MessageFormatElement[] } =>
  typeof value === 'object' && value !== null && '$ast' in value;

const catalogs: Partial<Record<Locale, unknown>> = {};

/** Each translation is its own chunk, fetched the first time the language is chosen. */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<unknown>> = {
  th: () => import('./th').then((m) => m.th),
  zh: () => import('./zh').then((m) => m.zh),
  fa: () => import('./fa').then((m) => m.fa),
};

/** The BCP 47 tag given to Intl and to `<html lang>`. */
export const localeTag = (locale: Locale): string => (locale === 'zh' ? 'zh-CN' : locale);

function lookup(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const part of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

// One formatter per language and message, made the first time it is shown.
const formatters = new Map<string, IntlMessageFormat>();

/** Text with no argument and no quoting: shown as it is (the build leaves such messages as strings). */
const isPlain = (source: Source): source is string => typeof source === 'string' && !/[{}]|''/.test(source);

function format(path: readonly (string | number)[], english: Source, values?: Values): string {
  const { locale } = useLocaleStore.getState();
  const key = `${locale}\u0000${path.join('.')}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const translated = locale === 'en' ? undefined : lookup(catalogs[locale], path);
    const source = (typeof translated === 'string' || isCompiled(translated) ? translated : english) as Source;
    if (isPlain(source)) return source;
    formatter = new IntlMessageFormat(typeof source === 'string' ? source : source.$ast, localeTag(locale), undefined, { ignoreTag: true });
    formatters.set(key, formatter);
  }
  return String(formatter.format(values));
}

function build(section: Record<string, unknown>, path: readonly (string | number)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(section)) {
    const at = [...path, key];
    if (typeof value === 'string' || isCompiled(value)) {
      Object.defineProperty(out, key, { enumerable: true, get: () => format(at, value) });
    } else if (Array.isArray(value)) {
      Object.defineProperty(out, key, { enumerable: true, get: () => value.map((item: Source, i) => format([...at, i], item)) });
    } else if (isMessage(value)) {
      out[key] = (...args: unknown[]) => format(at, value.icu, value.prepare(...args));
    } else if (typeof value === 'function') {
      out[key] = value; // not yet in ICU form: English only
    } else if (typeof value === 'object' && value !== null) {
      out[key] = build(value as Record<string, unknown>, at);
    }
  }
  return out;
}

/** The interface's view of the source catalog, in whichever language is current. */
export const createT = <T extends object>(source: T): Translated<T> => build(source as Record<string, unknown>, []) as Translated<T>;

/** Loading a language: which one is on its way, and which one failed to load. */
export const useLanguageLoad = create<{ pending?: Locale; failed?: Locale }>(() => ({}));

const STORAGE_KEY = 'waymark.locale';

/** The language to start in: the one chosen before, else the browser's first that Waymark speaks. */
export function pickLocale(stored: string | null, languages: readonly string[]): Locale {
  if (stored === 'en' || stored === 'th' || stored === 'zh' || stored === 'fa') return stored;
  for (const language of languages) {
    const prefix = language.toLowerCase().split(/[-_]/)[0];
    if (prefix === 'en' || prefix === 'th' || prefix === 'zh' || prefix === 'fa') return prefix;
  }
  return 'en';
}

function storedLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked: follow the browser
  }
}

/** Marks the page with the language and its direction (for screen readers, fonts, CSS). */
function markDocument(locale: Locale) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = localeTag(locale);
  document.documentElement.dir = directionOf(locale);
}

async function ensureCatalog(locale: Locale): Promise<void> {
  if (locale === 'en' || catalogs[locale]) return;
  catalogs[locale] = await loaders[locale]();
}

/**
 * Switches the interface to `locale` once its catalog is here (the current language stays until
 * then) and remembers the choice. Resolves false, keeping the current language, when it cannot load.
 */
export async function switchLocale(locale: Locale, remember = true): Promise<boolean> {
  useLanguageLoad.setState({ pending: locale, failed: undefined });
  try {
    await ensureCatalog(locale);
  } catch {
    useLanguageLoad.setState({ pending: undefined, failed: locale });
    return false;
  }
  useLanguageLoad.setState({ pending: undefined });
  markDocument(locale);
  useLocaleStore.setState({ locale });
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // storage blocked: the choice lasts for this visit
    }
  }
  return true;
}

/** Before the first render: the remembered or the browser's language (English if it cannot load). */
export async function startLocale(): Promise<void> {
  const locale = pickLocale(storedLocale(), typeof navigator === 'undefined' ? [] : navigator.languages);
  if (!(await switchLocale(locale, false))) markDocument(useLocaleStore.getState().locale);
  useLanguageLoad.setState({ failed: undefined });
}

/** For unit tests: a catalog given directly (ICU text, not loaded through a chunk). */
export function registerCatalog(locale: Exclude<Locale, 'en'>, catalog: unknown) {
  catalogs[locale] = catalog;
  for (const key of formatters.keys()) if (key.startsWith(`${locale}\u0000`)) formatters.delete(key);
}
