/**
 * The notice of a workspace index rebuilt when the workspace opened (stale or damaged): shown
 * once at start-up, in the interface language, so the editor knows why the library may look
 * different and where the old index is kept.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../api';
import { currentLocale } from '../i18n';
import { useServices } from './services';

/** Asks the workspace once whether its index was rebuilt, and says so in a toast. */
export function useRecoveryNotice(): void {
  const { api, toasts } = useServices();
  const { i18n } = useTranslation();
  useEffect(() => {
    let live = true;
    void unwrap(api.library.recovery({})).then(
      (message) => {
        if (live && message) toasts.push('info', message[currentLocale(i18n)]);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
    // Once per start-up: the notice does not change while the app runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, toasts]);
}
