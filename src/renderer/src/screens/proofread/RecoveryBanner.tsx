/** Offers the working copy autosaved by an earlier session: recover it, or discard it. */
import { useTranslation } from 'react-i18next';

/** Props of the recovery banner. */
export interface RecoveryBannerProps {
  /** ISO time of the autosave. */
  readonly savedAt: string;
  readonly onRecover: () => void;
  readonly onDiscard: () => void;
}

/** The banner offering an earlier session's autosaved copy. */
export function RecoveryBanner({ savedAt, onRecover, onDiscard }: RecoveryBannerProps) {
  const { t, i18n } = useTranslation('proofread');
  const when = new Date(savedAt);
  const time = Number.isNaN(when.getTime())
    ? savedAt
    : when.toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="banner banner--warning" role="alert" data-testid="recovery-banner">
      <span className="banner__text">{t('recovery.text', { time })}</span>
      <button
        type="button"
        className="button button--primary"
        data-testid="recovery-recover"
        onClick={onRecover}
      >
        {t('recovery.recover')}
      </button>
      <button type="button" className="button" data-testid="recovery-discard" onClick={onDiscard}>
        {t('recovery.discard')}
      </button>
    </div>
  );
}
