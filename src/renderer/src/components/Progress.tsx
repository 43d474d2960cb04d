/**
 * Progress for long work: a labelled bar, determinate when `value` is given (0…1), otherwise an
 * indeterminate stripe. `compact` fits a status bar.
 */
import { useTranslation } from 'react-i18next';

/** Props of a progress indicator. */
export interface ProgressProps {
  /** What is being done, in the interface language. Defaults to "Working…". */
  readonly label?: string;
  /** Fraction done, 0…1; omit when unknown. */
  readonly value?: number;
  readonly compact?: boolean;
  readonly testId?: string;
}

/** A progress bar with its label (role="progressbar"). */
export function Progress({ label, value, compact = false, testId = 'progress' }: ProgressProps) {
  const { t } = useTranslation();
  const text = label ?? t('progress.working');
  const known = value !== undefined && Number.isFinite(value);
  const percent = known ? Math.round(Math.min(1, Math.max(0, value)) * 100) : undefined;
  return (
    <div
      className={`progress${compact ? ' progress--compact' : ''}`}
      role="progressbar"
      aria-label={text}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      data-testid={testId}
    >
      <span className="progress__label">{text}</span>
      <span className={`progress__track${known ? '' : ' progress__track--indeterminate'}`}>
        <span className="progress__bar" style={known ? { width: `${percent}%` } : undefined} />
      </span>
      {known && (
        <span className="progress__percent">
          {t('progress.percent', { percent: String(percent) })}
        </span>
      )}
    </div>
  );
}
