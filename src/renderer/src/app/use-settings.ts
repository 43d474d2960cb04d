/**
 * The editor's settings for the whole app: loaded once at start-up, the interface language
 * applied from them, and the language switch stored back with `settings.set`.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../core/finding';
import { TEXT_SIZES, type Settings } from '../../../shared/contract';
import { DEFAULT_LOCALE } from '../i18n';
import { useApi, useCall } from './services';

const DEFAULTS: Settings = {
  locale: DEFAULT_LOCALE,
  author: '',
  disabledKinds: [],
  textSize: TEXT_SIZES.default,
};

/** Applies the text size to the editor and the original (the `--editor-font-size` variable). */
function applyTextSize(size: number): void {
  document.documentElement.style.setProperty('--editor-font-size', `${size}px`);
}

/** The settings as the app holds them, and how to change them. */
export interface AppSettings {
  readonly settings: Settings;
  /** Switches the interface language now and stores it. */
  readonly setLocale: (locale: Locale) => void;
  /** Adopts settings already stored (by the Settings screen). */
  readonly adopt: (settings: Settings) => void;
  /** Makes the text bigger (1), smaller (-1) or its default size (0), and stores it. */
  readonly zoom: (step: 1 | -1 | 0) => void;
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
      applyTextSize(next.textSize);
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

  const zoom = useCallback(
    (step: 1 | -1 | 0) => {
      setSettings((s) => {
        const textSize =
          step === 0
            ? TEXT_SIZES.default
            : Math.min(TEXT_SIZES.max, Math.max(TEXT_SIZES.min, s.textSize + 2 * step));
        if (textSize === s.textSize) return s;
        applyTextSize(textSize);
        void call(api.settings.set({ textSize }));
        return { ...s, textSize };
      });
    },
    [api, call],
  );

  return { settings, setLocale, adopt, zoom };
}
