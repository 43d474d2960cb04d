/**
 * Sequence alignment for paragraphs and lines: which items of `a` equal which items of `b`,
 * in order. Patience diff (items unique on both sides anchor the alignment, taken in their
 * longest increasing order), recursing into the gaps between anchors and finishing small gaps
 * with a bounded Myers diff. Linear-logarithmic on typical edits; a gap that jsdiff cannot
 * settle within its bound simply stays unmatched, so the result is coarser, never late.
 */
import { diffArrays } from 'diff';
import type { DiffBudget } from './bounded-diff';

/** A matched pair: `a[0]` is an index into the old sequence, `a[1]` into the new one. */
export type Match = readonly [oldIndex: number, newIndex: number];

/** Edits allowed to the Myers diff of one gap of items. */
const GAP_CAP = 2000;
/** Recursion depth of the patience step; deeper gaps go straight to Myers. */
const MAX_DEPTH = 8;

/**
 * Aligns two sequences of items compared by `===`. Returns matches with strictly increasing
 * old and new indexes; every match joins equal items.
 */
export function alignSequences(
  a: readonly string[],
  b: readonly string[],
  budget: DiffBudget,
): Match[] {
  const out: Match[] = [];
  alignRange(a, b, 0, a.length, 0, b.length, budget, out, 0);
  return out;
}

function alignRange(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  budget: DiffBudget,
  out: Match[],
  depth: number,
): void {
  // Common prefix and suffix first: cheap and the usual case.
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) out.push([a0++, b0++]);
  const tail: Match[] = [];
  while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) tail.push([--a1, --b1]);
  if (a0 < a1 && b0 < b1) {
    const anchors = depth < MAX_DEPTH ? patienceAnchors(a, b, a0, a1, b0, b1) : [];
    if (anchors.length === 0) {
      myersRange(a, b, a0, a1, b0, b1, budget, out);
    } else {
      let pa = a0;
      let pb = b0;
      for (const [i, j] of anchors) {
        alignRange(a, b, pa, i, pb, j, budget, out, depth + 1);
        out.push([i, j]);
        pa = i + 1;
        pb = j + 1;
      }
      alignRange(a, b, pa, a1, pb, b1, budget, out, depth + 1);
    }
  }
  for (let k = tail.length - 1; k >= 0; k--) out.push(tail[k]);
}

/** Items unique in both ranges, paired, reduced to their longest increasing subsequence. */
function patienceAnchors(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
): Match[] {
  const counts = new Map<string, { inA: number; inB: number; ia: number; ib: number }>();
  for (let i = a0; i < a1; i++) {
    const c = counts.get(a[i]);
    if (c) c.inA++;
    else counts.set(a[i], { inA: 1, inB: 0, ia: i, ib: -1 });
  }
  for (let j = b0; j < b1; j++) {
    const c = counts.get(b[j]);
    if (c) {
      c.inB++;
      c.ib = j;
    }
  }
  const pairs: Match[] = [];
  for (const c of counts.values()) if (c.inA === 1 && c.inB === 1) pairs.push([c.ia, c.ib]);
  if (pairs.length === 0) return [];
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

/** Longest subsequence of `pairs` (sorted by old index) whose new indexes increase. */
function longestIncreasing(pairs: readonly Match[]): Match[] {
  const tails: number[] = []; // tails[k]: index into pairs ending the best run of length k+1
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let p = 0; p < pairs.length; p++) {
    const v = pairs[p][1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[p] = tails[lo - 1];
    tails[lo] = p;
  }
  const out: Match[] = [];
  for (let p = tails.length ? tails[tails.length - 1] : -1; p >= 0; p = prev[p]) out.push(pairs[p]);
  return out.reverse();
}

/** Bounded Myers diff of a range; unmatched if it exceeds its bound. */
function myersRange(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  budget: DiffBudget,
  out: Match[],
): void {
  const bound = budget.allowance(GAP_CAP);
  if (bound === 0 || Math.abs(a1 - a0 - (b1 - b0)) > bound) return;
  const changes = diffArrays(a.slice(a0, a1), b.slice(b0, b1), { maxEditLength: bound });
  if (!changes) {
    budget.charge(bound);
    return;
  }
  let i = a0;
  let j = b0;
  let edits = 0;
  for (const c of changes) {
    if (c.added) {
      j += c.count;
      edits += c.count;
    } else if (c.removed) {
      i += c.count;
      edits += c.count;
    } else {
      for (let k = 0; k < c.count; k++) out.push([i++, j++]);
    }
  }
  budget.charge(edits);
}
