/**
 * The interface languages: an i18next instance per app (no global singleton), zh-CN by default,
 * English switchable at run time. Screens use `useTranslation('<namespace>')`.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../../../core/finding';
import { NAMESPACES, resources } from './resources';

export { NAMESPACES, type Namespace } from './resources';

/** The language an app starts in before the stored setting is read. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Creates and initialises an i18next instance with every string bundled (no loading). */
export function createI18n(locale: Locale = DEFAULT_LOCALE): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: resources as unknown as Record<Locale, Record<string, Record<string, unknown>>>,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = locale;
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return instance;
}

/** The instance's current interface language (zh-CN when it is anything else). */
export function currentLocale(instance: i18n): Locale {
  const lng = instance.resolvedLanguage ?? instance.language;
  return (LOCALES as readonly string[]).includes(lng) ? (lng as Locale) : DEFAULT_LOCALE;
}
