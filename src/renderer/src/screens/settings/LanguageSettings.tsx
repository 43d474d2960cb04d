/** The interface language: a two-way switch, applied at once. */
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../core/finding';

export interface LanguageSettingsProps {
  readonly locale: Locale;
  readonly onChange: (locale: Locale) => void;
}

export function LanguageSettings({ locale, onChange }: LanguageSettingsProps) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  return (
    <section className="settings-group" aria-labelledby="settings-language">
      <header className="settings-group__head">
        <h2 id="settings-language">{t('language.title')}</h2>
      </header>
      <p className="settings-group__hint">{t('language.hint')}</p>
      <div className="choice-group" role="radiogroup" aria-labelledby="settings-language">
        {LOCALES.map((option) => (
          <label key={option} className={`choice-group__item${locale === option ? ' is-on' : ''}`}>
            <input
              type="radio"
              name="locale"
              value={option}
              checked={locale === option}
              data-testid={`settings-locale-${option}`}
              onChange={() => onChange(option)}
            />
            <span lang={option}>{tc(`language.${option}`)}</span>
          </label>
        ))}
      </div>
    </section>
  );
}
