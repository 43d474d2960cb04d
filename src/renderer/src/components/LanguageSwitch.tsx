/** The interface language switch (中文 | English) at the end of the menu bar. */
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../core/finding';
import { currentLocale } from '../i18n';

/** Buttons for each interface language; `onChange` switches and stores it. */
export function LanguageSwitch({ onChange }: { readonly onChange: (locale: Locale) => void }) {
  const { t, i18n } = useTranslation();
  const current = currentLocale(i18n);
  return (
    <div
      className="segmented"
      role="group"
      aria-label={t('language.label')}
      title={t('language.label')}
      data-testid="language-switch"
      data-locale={current}
    >
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          className="segmented__option"
          aria-pressed={locale === current}
          data-testid={`language-${locale}`}
          lang={locale}
          onClick={() => onChange(locale)}
        >
          {t(`language.${locale}`)}
        </button>
      ))}
    </div>
  );
}
