/**
 * The body of a comparison: changed paragraphs in full, long runs of unchanged ones folded
 * ("… N unchanged paragraphs", expandable), rendered in slices as the editor scrolls so a huge
 * comparison paints its first screen at once. The current change is scrolled into view.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../../core/compare';
import { PairRowView } from './PairRowView';
import { buildRows, type CompareRow } from './rows';

export interface CompareViewProps {
  readonly comparison: Comparison;
  readonly mode: 'side' | 'inline';
  /** Position among the changes of the current change, or null. */
  readonly current: number | null;
  readonly oldLabel: string;
  readonly newLabel: string;
}

/** Rows rendered at first and added per slice as the end comes into view. */
const SLICE = 300;

/** The slice size needed to include row `index`. */
function limitFor(index: number): number {
  return (Math.floor(index / SLICE) + 1) * SLICE;
}

export function CompareView({ comparison, mode, current, oldLabel, newLabel }: CompareViewProps) {
  const { t } = useTranslation('versions');
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const rows = useMemo(() => buildRows(comparison.pairs, expanded), [comparison, expanded]);
  const [limit, setLimit] = useState(SLICE);
  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);

  const currentRow = useMemo(
    () =>
      current === null ? -1 : rows.findIndex((r) => r.kind === 'pair' && r.change === current),
    [rows, current],
  );
  const shownLimit = Math.max(limit, currentRow >= 0 ? limitFor(currentRow) : 0);

  useEffect(() => {
    if (current === null) return;
    const view = scroller.current;
    const row = view?.querySelector<HTMLElement>(`[data-change="${current}"]`);
    if (!view || !row) return;
    // A paragraph taller than the view is shown from its start; a short one centred.
    const tall = row.offsetHeight > view.clientHeight * 0.6;
    row.scrollIntoView({ block: tall ? 'start' : 'center' });
  }, [current, mode]);

  useEffect(() => {
    const target = sentinel.current;
    if (!target) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setLimit((n) => Math.max(n, shownLimit) + SLICE);
      },
      { root: scroller.current, rootMargin: '600px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [shownLimit, rows.length]);

  const expand = (run: number) => setExpanded((s) => new Set(s).add(run));
  const renderRow = (row: CompareRow) => {
    if (row.kind === 'fold') {
      return (
        <button
          key={`fold-${row.from}`}
          type="button"
          className="diff-fold"
          data-testid="compare-fold"
          title={t('row.foldHint')}
          onClick={() => expand(row.run)}
        >
          {t('row.fold', { count: row.to - row.from })}
        </button>
      );
    }
    return (
      <PairRowView
        key={row.pair}
        comparison={comparison}
        pair={comparison.pairs[row.pair]}
        mode={mode}
        change={row.change}
        current={row.change !== null && row.change === current}
      />
    );
  };

  return (
    <div
      className={`compare-view compare-view--${mode}`}
      ref={scroller}
      data-testid="compare-view"
      data-mode={mode}
      tabIndex={0}
      aria-label={t('compare.label')}
    >
      <div className={`diff-head diff-head--${mode}`} aria-hidden={mode === 'inline'}>
        {mode === 'side' ? (
          <>
            <span className="diff-head__old">{t('compare.oldSide', { label: oldLabel })}</span>
            <span className="diff-head__new">{t('compare.newSide', { label: newLabel })}</span>
          </>
        ) : (
          <span>{t('compare.heading', { old: oldLabel, new: newLabel })}</span>
        )}
      </div>
      {rows.slice(0, shownLimit).map(renderRow)}
      {shownLimit < rows.length && <div ref={sentinel} className="diff-sentinel" />}
    </div>
  );
}
