/**
 * Settings: the interface language (applied at once), the detectors on or off, and the author
 * name. Every change is stored with `settings.set` and handed to the app as stored.
 * Root: data-testid="screen-settings".
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../core/finding';
import type { Request } from '../../../../shared/contract';
import type { SettingsScreenProps } from '../../app/screens';
import { useApi, useCall, useServices } from '../../app/services';
import { useEntryFocus } from '../library/use-entry-focus';
import { AuthorSettings } from './AuthorSettings';
import { DetectorSettings } from './DetectorSettings';
import { switchKind } from './kinds';
import { LanguageSettings } from './LanguageSettings';
import '../library/controls.css';
import './settings.css';

export function SettingsScreen({ settings, onChanged }: SettingsScreenProps) {
  const { t, i18n } = useTranslation('settings');
  const api = useApi();
  const call = useCall();
  const { toasts } = useServices();
  // The language switches at once; the stored setting follows.
  const [locale, setLocale] = useState(settings.locale);
  useEffect(() => setLocale(settings.locale), [settings.locale]);

  const rootRef = useRef<HTMLElement>(null);
  useEntryFocus(rootRef, 'input[type="checkbox"]', true);

  const store = async (patch: Request<'settings.set'>): Promise<boolean> => {
    const stored = await call(api.settings.set(patch));
    if (stored) onChanged(stored);
    return stored !== undefined;
  };
  const changeLocale = (next: Locale) => {
    setLocale(next);
    void i18n.changeLanguage(next);
    void store({ locale: next });
  };
  const saveAuthor = (author: string) =>
    void store({ author }).then((ok) => ok && toasts.push('success', t('saved')));

  return (
    <section ref={rootRef} className="settings" data-testid="screen-settings">
      <h1 className="settings__title">{t('title')}</h1>
      <div className="settings__columns">
        <DetectorSettings
          disabled={settings.disabledKinds}
          onSwitch={(kind, on) =>
            void store({ disabledKinds: switchKind(settings.disabledKinds, kind, on) })
          }
          onAllOn={() => void store({ disabledKinds: [] })}
        />
        <div className="settings__side">
          <LanguageSettings locale={locale} onChange={changeLocale} />
          <AuthorSettings author={settings.author} onSave={saveAuthor} />
          <p className="settings__keys">{t('keys')}</p>
        </div>
      </div>
    </section>
  );
}
