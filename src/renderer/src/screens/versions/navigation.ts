/**
 * Change navigation in a comparison: which pairs are changes, and the next or previous one from
 * where the editor stands. Pure.
 */
import type { ParagraphPair } from '../../../../core/compare';

/** Indexes into `pairs` of every pair that is not `equal`, in order. */
export function changeIndexes(pairs: readonly ParagraphPair[]): number[] {
  const out: number[] = [];
  pairs.forEach((p, i) => {
    if (p.op !== 'equal') out.push(i);
  });
  return out;
}

/**
 * The change to go to from `current` (a position among the changes, or null before the first
 * move). Stops at either end instead of wrapping, so holding the key never loops. Returns null
 * when there are no changes.
 */
export function stepChange(
  count: number,
  current: number | null,
  direction: 1 | -1,
): number | null {
  if (count === 0) return null;
  if (current === null) return direction === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + direction));
}
