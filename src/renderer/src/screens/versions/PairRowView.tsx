/**
 * One paragraph pair of the comparison, side by side (old | new, always aligned, so both sides
 * scroll together) or inline (one column, deletions and insertions in place).
 */
import { useTranslation } from 'react-i18next';
import type { Comparison, ParagraphPair } from '../../../../core/compare';
import { spanLabel, spanText } from './rows';
import { SegmentText } from './SegmentText';

export interface PairRowViewProps {
  readonly comparison: Comparison;
  readonly pair: ParagraphPair;
  readonly mode: 'side' | 'inline';
  /** Position among the changes, or null for an unchanged pair. */
  readonly change: number | null;
  readonly current: boolean;
}

function Side({
  comparison,
  pair,
  side,
}: {
  comparison: Comparison;
  pair: ParagraphPair;
  side: 'old' | 'new';
}) {
  const span = side === 'old' ? pair.old : pair.new;
  if (!span) return <div className={`diff-cell diff-cell--${side} diff-cell--blank`} />;
  const whole = pair.op === 'added' || pair.op === 'removed';
  return (
    <div
      className={`diff-cell diff-cell--${side}${whole ? ` diff-cell--${pair.op}` : ''}`}
      data-testid={`compare-${side}`}
    >
      {pair.op === 'changed' && pair.segments ? (
        <SegmentText segments={pair.segments} side={side} />
      ) : (
        spanText(comparison, side, span)
      )}
    </div>
  );
}

function InlineBody({ comparison, pair }: { comparison: Comparison; pair: ParagraphPair }) {
  if (pair.op === 'changed' && pair.segments)
    return <SegmentText segments={pair.segments} side="both" />;
  if (pair.op === 'removed' && pair.old)
    return <del className="diff-del">{spanText(comparison, 'old', pair.old)}</del>;
  if (pair.op === 'added' && pair.new)
    return <ins className="diff-ins">{spanText(comparison, 'new', pair.new)}</ins>;
  const span = pair.new ?? pair.old;
  return <>{span ? spanText(comparison, pair.new ? 'new' : 'old', span) : ''}</>;
}

export function PairRowView({ comparison, pair, mode, change, current }: PairRowViewProps) {
  const { t } = useTranslation('versions');
  const moved =
    pair.op === 'moved'
      ? t('row.movedFrom', { from: spanLabel(pair.old), to: spanLabel(pair.new) })
      : null;
  const className = `diff-row diff-row--${mode} diff-row--${pair.op}${current ? ' is-current' : ''}`;
  return (
    <div
      className={className}
      data-testid="compare-row"
      data-op={pair.op}
      data-change={change ?? undefined}
      aria-current={current ? 'true' : undefined}
    >
      <span className="diff-gutter" aria-hidden="true">
        {spanLabel(pair.old)}
      </span>
      {mode === 'side' ? (
        <>
          <Side comparison={comparison} pair={pair} side="old" />
          <span className="diff-gutter" aria-hidden="true">
            {spanLabel(pair.new)}
          </span>
          <Side comparison={comparison} pair={pair} side="new" />
        </>
      ) : (
        <>
          <span className="diff-gutter" aria-hidden="true">
            {spanLabel(pair.new)}
          </span>
          <div className="diff-cell diff-cell--inline" data-testid="compare-inline">
            <InlineBody comparison={comparison} pair={pair} />
          </div>
        </>
      )}
      {moved && (
        <span className="diff-moved" data-testid="compare-moved">
          ↕ {moved}
        </span>
      )}
    </div>
  );
}
