/**
 * Settings: the interface language (applied at once), the detectors on or off, and the author
 * name. Every change is stored with `settings.set` and handed to the app as stored.
 * Root: data-testid="screen-settings".
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../core/finding';
import type { Request } from '../../../../shared/contract';
import type { SettingsScreenProps } from '../../app/screens';
import { useApi, useCall, useServices } from '../../app/services';
import { DetectorSettings } from './DetectorSettings';
import { switchKind } from './kinds';
import '../library/controls.css';
import './settings.css';

export function SettingsScreen({ settings, onChanged }: SettingsScreenProps) {
  const { t, i18n } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const api = useApi();
  const call = useCall();
  const { toasts } = useServices();
  const [author, setAuthor] = useState(settings.author);

  useEffect(() => setAuthor(settings.author), [settings.author]);

  const store = async (patch: Request<'settings.set'>): Promise<boolean> => {
    const stored = await call(api.settings.set(patch));
    if (stored) onChanged(stored);
    return stored !== undefined;
  };
  const setLocale = (locale: Locale) => {
    void i18n.changeLanguage(locale);
    void store({ locale });
  };
  const saveAuthor = (event?: FormEvent) => {
    event?.preventDefault();
    if (author.trim() === settings.author) return;
    void store({ author }).then((ok) => ok && toasts.push('success', t('saved')));
  };

  return (
    <section className="settings" data-testid="screen-settings">
      <h1 className="settings__title">{t('title')}</h1>
      <section className="settings-group" aria-labelledby="settings-language">
        <header className="settings-group__head">
          <h2 id="settings-language">{t('language.title')}</h2>
        </header>
        <p className="settings-group__hint">{t('language.hint')}</p>
        <div className="choice-group" role="radiogroup" aria-labelledby="settings-language">
          {LOCALES.map((locale) => (
            <label
              key={locale}
              className={`choice-group__item${settings.locale === locale ? ' is-on' : ''}`}
            >
              <input
                type="radio"
                name="locale"
                value={locale}
                checked={settings.locale === locale}
                data-testid={`settings-locale-${locale}`}
                onChange={() => setLocale(locale)}
              />
              <span lang={locale}>{tc(`language.${locale}`)}</span>
            </label>
          ))}
        </div>
      </section>
      <DetectorSettings
        disabled={settings.disabledKinds}
        onSwitch={(kind, on) =>
          void store({ disabledKinds: switchKind(settings.disabledKinds, kind, on) })
        }
        onAllOn={() => void store({ disabledKinds: [] })}
      />
      <form className="settings-group" aria-labelledby="settings-author" onSubmit={saveAuthor}>
        <header className="settings-group__head">
          <h2 id="settings-author">{t('author.title')}</h2>
        </header>
        <p className="settings-group__hint">{t('author.hint')}</p>
        <div className="settings-author">
          <input
            className="input"
            aria-label={t('author.label')}
            placeholder={t('author.placeholder')}
            maxLength={100}
            value={author}
            data-testid="settings-author"
            onChange={(e) => setAuthor(e.target.value)}
            onBlur={() => saveAuthor()}
          />
          <button
            type="submit"
            className="button"
            disabled={author.trim() === settings.author}
            title={`${t('author.save')}（Enter）`}
            data-testid="settings-author-save"
          >
            {t('author.save')}
          </button>
        </div>
      </form>
      <p className="settings__keys">{t('keys')}</p>
    </section>
  );
}
