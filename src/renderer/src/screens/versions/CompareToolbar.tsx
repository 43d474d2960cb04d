/** Above the comparison: the counts, change navigation and the side-by-side / inline switch. */
import { useTranslation } from 'react-i18next';
import type { ComparisonCounts } from '../../../../core/compare';
import { NEXT_KEY_LABEL, PREVIOUS_KEY_LABEL } from './use-versions-keys';

export interface CompareToolbarProps {
  readonly counts: ComparisonCounts;
  readonly changes: number;
  readonly current: number | null;
  readonly mode: 'side' | 'inline';
  readonly onMode: (mode: 'side' | 'inline') => void;
  readonly onStep: (direction: 1 | -1) => void;
}

export function CompareToolbar(props: CompareToolbarProps) {
  const { counts, changes, current, mode, onMode, onStep } = props;
  const { t } = useTranslation('versions');
  const items = [
    ['added', counts.paragraphsAdded, 'is-added'],
    ['removed', counts.paragraphsRemoved, 'is-removed'],
    ['changed', counts.paragraphsChanged, 'is-changed'],
    ['moved', counts.paragraphsMoved, 'is-moved'],
    ['inserted', counts.charsInserted, 'is-added'],
    ['deleted', counts.charsDeleted, 'is-removed'],
  ] as const;
  return (
    <div className="compare-toolbar" role="toolbar" aria-label={t('compare.label')}>
      <span className="compare-counts" data-testid="compare-counts">
        {items.map(([key, count, tone]) => (
          <span
            key={key}
            className={`count ${count > 0 ? tone : 'is-zero'}`}
            data-testid={`compare-count-${key}`}
            data-count={count}
          >
            {t(`counts.${key}`, { count })}
          </span>
        ))}
      </span>
      <span className="compare-toolbar__spacer" />
      <span className="compare-position" data-testid="compare-position">
        {current === null
          ? t('compare.positionNone', { count: changes })
          : t('compare.position', { current: String(current + 1), total: String(changes) })}
      </span>
      <span className="btn-group">
        <button
          type="button"
          className="button"
          disabled={changes === 0}
          title={`${t('compare.previous')}（${PREVIOUS_KEY_LABEL} / P）`}
          data-testid="compare-previous"
          onClick={() => onStep(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button"
          disabled={changes === 0}
          title={`${t('compare.next')}（${NEXT_KEY_LABEL} / N）`}
          data-testid="compare-next"
          onClick={() => onStep(1)}
        >
          ↓
        </button>
      </span>
      <span className="btn-group" role="radiogroup" aria-label={t('compare.mode')}>
        {(['side', 'inline'] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={mode === m}
            className={`button${mode === m ? ' is-pressed' : ''}`}
            title={`${t(m === 'side' ? 'compare.sideBySide' : 'compare.inline')}（I）`}
            data-testid={`compare-mode-${m}`}
            onClick={() => onMode(m)}
          >
            {t(m === 'side' ? 'compare.sideBySide' : 'compare.inline')}
          </button>
        ))}
      </span>
    </div>
  );
}
