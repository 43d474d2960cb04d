/**
 * The editor's settings for the whole app: loaded once at start-up, the interface language
 * applied from them, and the language switch stored back with `settings.set`.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../core/finding';
import type { Settings } from '../../../shared/contract';
import { DEFAULT_LOCALE } from '../i18n';
import { useApi, useCall } from './services';

const DEFAULTS: Settings = { locale: DEFAULT_LOCALE, author: '', disabledKinds: [] };

/** The settings as the app holds them, and how to change them. */
export interface AppSettings {
  readonly settings: Settings;
  /** Switches the interface language now and stores it. */
  readonly setLocale: (locale: Locale) => void;
  /** Adopts settings already stored (by the Settings screen). */
  readonly adopt: (settings: Settings) => void;
}

/** Loads the settings once and applies their interface language. */
export function useAppSettings(): AppSettings {
  const api = useApi();
  const call = useCall();
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState<Settings>(DEFAULTS);

  const adopt = useCallback(
    (next: Settings) => {
      setSettings(next);
      if (i18n.language !== next.locale) void i18n.changeLanguage(next.locale);
    },
    [i18n],
  );

  useEffect(() => {
    let live = true;
    void call(api.settings.get({})).then((loaded) => {
      if (live && loaded) adopt(loaded);
    });
    return () => {
      live = false;
    };
  }, [api, call, adopt]);

  const setLocale = useCallback(
    (locale: Locale) => {
      setSettings((s) => ({ ...s, locale }));
      void i18n.changeLanguage(locale);
      void call(api.settings.set({ locale }));
    },
    [api, call, i18n],
  );

  return { settings, setLocale, adopt };
}
