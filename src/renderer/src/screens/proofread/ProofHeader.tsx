/** The screen's header: the issue, whether it is saved, and the main actions with their shortcuts. */
import { useTranslation } from 'react-i18next';
import type { IssueSummary } from '../../../../shared/contract';
import { useCommandTitle } from '../../keyboard/hooks';

/** Props of the screen's header. */
export interface ProofHeaderProps {
  readonly issue: IssueSummary;
  readonly dirty: boolean;
  readonly showOriginal: boolean;
  readonly onSave: () => void;
  readonly onFind: () => void;
  readonly onToggleOriginal: () => void;
  /** Whether the page scan shows; the Scan button appears with `onToggleScan`. */
  readonly showScan?: boolean;
  readonly onToggleScan?: () => void;
}

/** The issue's title, its save state, and Find, Original and Save. */
export function ProofHeader({
  issue,
  dirty,
  showOriginal,
  onSave,
  onFind,
  onToggleOriginal,
  showScan,
  onToggleScan,
}: ProofHeaderProps) {
  const { t } = useTranslation('proofread');
  const title = useCommandTitle();
  const meta = [issue.publication, issue.date].filter(Boolean).join(' · ');
  return (
    <header className="proof-header">
      <div className="proof-header__issue">
        <h1 className="proof-header__title" data-testid="proofread-title">
          {issue.title || issue.sourceName}
        </h1>
        {meta && <span className="proof-header__meta">{meta}</span>}
        <span
          className={`pill${dirty ? ' pill--warning' : ''}`}
          data-testid="proofread-dirty"
          data-dirty={dirty}
        >
          {dirty ? t('header.unsaved') : t('header.saved')}
        </span>
      </div>
      <div className="proof-header__actions">
        <button
          type="button"
          className="button button--ghost"
          title={title('edit.find')}
          data-testid="find-button"
          onClick={onFind}
        >
          {t('header.find')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          aria-pressed={showOriginal}
          title={title('view.original')}
          data-testid="toggle-original"
          onClick={onToggleOriginal}
        >
          {t('header.original')}
        </button>
        {onToggleScan && (
          <button
            type="button"
            className="button button--ghost"
            aria-pressed={showScan}
            title={title('view.scan')}
            data-testid="toggle-scan"
            onClick={onToggleScan}
          >
            {t('header.scan')}
          </button>
        )}
        <button
          type="button"
          className="button button--primary"
          title={title('file.save')}
          data-testid="save-button"
          onClick={onSave}
        >
          {t('header.save')}
        </button>
      </div>
    </header>
  );
}
