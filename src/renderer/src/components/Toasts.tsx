/** The toast stack (bottom right). Polite live region: screen readers announce each message. */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ToastStore } from './toast-store';

/** Shows the toasts of `store`, each with a close button. */
export function Toasts({ store }: { readonly store: ToastStore }) {
  const toasts = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { t } = useTranslation();
  return (
    <div className="toasts" role="status" aria-live="polite" data-testid="toasts">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast toast--${toast.tone}`}
          data-testid="toast"
          data-tone={toast.tone}
        >
          <span className="toast__text">{toast.text}</span>
          <button
            type="button"
            className="toast__close"
            aria-label={t('action.dismiss')}
            title={t('action.dismiss')}
            onClick={() => store.dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
