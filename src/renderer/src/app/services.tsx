/**
 * What every screen may use, handed down by context (no global singletons): the contract API,
 * the toast store and the command registry; and `useCall`, the one way to call the API from a
 * component: it unwraps the Result and shows a failure as a toast sentence.
 */
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GalleyApi, Result } from '../../../shared/contract';
import { sentenceOf, unwrap } from '../api';
import type { ToastStore } from '../components/toast-store';
import { currentLocale } from '../i18n';
import type { CommandRegistry } from '../keyboard/registry';

/** The services every screen may use, created once in main.tsx. */
export interface AppServices {
  readonly api: GalleyApi;
  readonly toasts: ToastStore;
  readonly commands: CommandRegistry;
}

const ServicesContext = createContext<AppServices | null>(null);

/** Makes `services` available to `useServices` and the hooks below it. */
export function ServicesProvider({
  services,
  children,
}: {
  readonly services: AppServices;
  readonly children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The app's services; throws outside ServicesProvider (a programming error). */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

/** `window.galley`, typed by the contract. */
export function useApi(): GalleyApi {
  return useServices().api;
}

/** Turns an error into a toast sentence in the current interface language. */
export function useReportError(): (error: unknown) => void {
  const { toasts } = useServices();
  const { i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      toasts.push('error', sentenceOf(error, currentLocale(i18n)));
    },
    [toasts, i18n],
  );
}

/**
 * `call(api.x.y(request))` → the value, or `undefined` after showing the failure as a toast.
 * Usage: `const call = useCall(); const list = await call(api.library.list({}));`
 */
export function useCall(): <T>(pending: Promise<Result<T>>) => Promise<T | undefined> {
  const report = useReportError();
  return useCallback(
    async <T,>(pending: Promise<Result<T>>): Promise<T | undefined> => {
      try {
        return await unwrap(pending);
      } catch (error) {
        report(error);
        return undefined;
      }
    },
    [report],
  );
}
