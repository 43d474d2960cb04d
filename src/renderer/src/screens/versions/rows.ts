/**
 * What the comparison view draws: the Comparison's paragraph pairs, with long runs of unchanged
 * paragraphs folded into one "… N unchanged paragraphs" row, so a large issue renders only its
 * changes. Pure; the components only map rows to elements.
 */
import type { BlockSpan, Comparison, ParagraphPair } from '../../../../core/compare';

/** A pair drawn in full. `change` is its position among the changes (null for an equal pair). */
export interface PairRow {
  readonly kind: 'pair';
  /** Index into `Comparison.pairs`. */
  readonly pair: number;
  readonly change: number | null;
}

/** Unchanged pairs `[from, to)` folded into one row. */
export interface FoldRow {
  readonly kind: 'fold';
  /** First pair index of the whole run of equal pairs: the key to expand it with. */
  readonly run: number;
  readonly from: number;
  readonly to: number;
}

export type CompareRow = PairRow | FoldRow;

/** Unchanged paragraphs kept visible on each side of a change. */
export const CONTEXT = 1;

/**
 * Rows for the pairs: every change drawn, up to `context` equal pairs beside each change
 * drawn, every longer run of equal pairs folded — unless its `run` index is in `expanded`.
 * A run is folded only when folding hides at least two paragraphs.
 */
export function buildRows(
  pairs: readonly ParagraphPair[],
  expanded: ReadonlySet<number> = new Set(),
  context = CONTEXT,
): CompareRow[] {
  const rows: CompareRow[] = [];
  let change = 0;
  let i = 0;
  while (i < pairs.length) {
    if (pairs[i].op !== 'equal') {
      rows.push({ kind: 'pair', pair: i, change: change++ });
      i++;
      continue;
    }
    let end = i;
    while (end < pairs.length && pairs[end].op === 'equal') end++;
    const lead = i === 0 ? 0 : context;
    const tail = end === pairs.length ? 0 : context;
    const hidden = end - i - lead - tail;
    if (hidden < 2 || expanded.has(i)) {
      for (let k = i; k < end; k++) rows.push({ kind: 'pair', pair: k, change: null });
    } else {
      for (let k = i; k < i + lead; k++) rows.push({ kind: 'pair', pair: k, change: null });
      rows.push({ kind: 'fold', run: i, from: i + lead, to: end - tail });
      for (let k = end - tail; k < end; k++) rows.push({ kind: 'pair', pair: k, change: null });
    }
    i = end;
  }
  return rows;
}

/** The text a span covers on one side of the comparison. */
export function spanText(comparison: Comparison, side: 'old' | 'new', span: BlockSpan): string {
  const doc = side === 'old' ? comparison.oldDoc : comparison.newDoc;
  return doc.text.slice(span.start, span.end);
}

/** 1-based paragraph label for a span ("3" or "3–4" for a join or split). */
export function spanLabel(span: BlockSpan | undefined): string {
  if (!span) return '';
  return span.count > 1 ? `${span.index + 1}–${span.index + span.count}` : `${span.index + 1}`;
}
