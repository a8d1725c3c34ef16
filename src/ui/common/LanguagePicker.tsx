// The interface language: a <select> naming each language in itself. Switching waits for the
// language's chunk (the current language stays until then) and says so when it cannot load.
import { useId } from 'react';
import { Languages } from 'lucide-react';
import { t } from '../../i18n/en';
import { LANGUAGE_NAMES, LOCALES, useLocale, type Locale } from '../../i18n/locale';
import { switchLocale, useLanguageLoad } from '../../i18n/runtime';
import './languagePicker.css';

/** `field`: a labelled form field (in a panel); otherwise an icon with a hidden label (in a header). */
export function LanguagePicker({ field = false }: { field?: boolean }) {
  const locale = useLocale();
  const { pending, failed } = useLanguageLoad();
  const id = useId();
  return (
    <div className={field ? 'field language-picker is-field' : 'language-picker'}>
      <label htmlFor={id} title={t.language.label}>
        {!field && <Languages size={16} aria-hidden />}
        <span className={field ? undefined : 'language-sr'}>{t.language.label}</span>
      </label>
      <select id={id} value={pending ?? locale} aria-busy={pending !== undefined} onChange={(e) => void switchLocale(e.target.value as Locale)}>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
      {pending && <span className="language-sr" role="status">{t.language.loading}</span>}
      {failed && (
        <p className="language-failed" role="alert">
          {t.language.failed(LANGUAGE_NAMES[failed])}
        </p>
      )}
    </div>
  );
}
