// Zod's own sentences for a schema problem ("expected string, received number"), in the
// interface language: Zod ships these four locales, and this module loads only with import.
import type { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import fa from 'zod/v4/locales/fa.js';
import th from 'zod/v4/locales/th.js';
import zh from 'zod/v4/locales/zh-CN.js';
import { useLocaleStore, type Locale } from '../i18n/locale';

const LOCALES: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = { en, fa, th, zh };

/** Options for `safeParse` that word its issues in the language the interface shows now. */
export function inInterfaceLanguage(): { error: z.core.$ZodErrorMap } {
  return { error: LOCALES[useLocaleStore.getState().locale]().localeError };
}
