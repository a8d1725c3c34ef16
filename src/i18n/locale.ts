// The interface language and the direction it reads in. One small store so that the
// canvas, the PNG and the shell agree on "which way is forward" without importing catalogs.
import { create } from 'zustand';

export const LOCALES = ['en', 'th', 'zh', 'fa'] as const;
export type Locale = (typeof LOCALES)[number];
export type Direction = 'ltr' | 'rtl';

export const useLocaleStore = create<{ locale: Locale }>(() => ({ locale: 'en' }));

export const directionOf = (locale: Locale): Direction => (locale === 'fa' ? 'rtl' : 'ltr');

/** The interface direction, for code outside React (PNG export, keyboard handlers). */
export const interfaceDirection = (): Direction => directionOf(useLocaleStore.getState().locale);

/** The interface direction, re-rendering when the language changes. */
export const useInterfaceDirection = (): Direction => directionOf(useLocaleStore((s) => s.locale));

/**
 * The interface language, re-rendering the caller when it changes. Memoised components (canvas
 * nodes, inspector sections) call it so that they show the new language at once.
 */
export const useLocale = (): Locale => useLocaleStore((s) => s.locale);

/** Each language named in itself, as the picker shows it (the same in every interface language). */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', th: 'ไทย', zh: '简体中文', fa: 'فارسی' };
