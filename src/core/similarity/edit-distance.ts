/**
 * Bounded edit distance: the Levenshtein distance of two strings when it is at most `max`,
 * computed by diagonal transition (Ukkonen 1985 / Landau–Vishkin) so the cost is
 * O((n + max) · max) in the worst case and about O(n + max²) for near-equal strings — never the
 * O(n · m) of the full table.
 */

/**
 * The Levenshtein distance (insertions, deletions and substitutions of UTF-16 code units, each
 * costing 1) between `a` and `b` if it is at most `max`; otherwise `max + 1`.
 *
 * @param max the cutoff, a non-negative integer (fractions are floored).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const limit = Math.max(0, Math.floor(max));
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  const target = m - n;
  // Long strings far apart in their characters are refused in one pass over them.
  if (limit >= MIN_COUNTED_LIMIT && countDistance(a, b) > limit) return limit + 1;
  // far[d + limit + 1] = furthest row i reached on diagonal d = j − i with the current errors.
  const width = 2 * limit + 3;
  const center = limit + 1;
  const UNREACHED = -(n + m + 2);
  let prev = new Int32Array(width).fill(UNREACHED);
  let cur = new Int32Array(width).fill(UNREACHED);
  for (let e = 0; e <= limit; e++) {
    // A diagonal `d` is left `|d − target|` errors from the end at least: only those the errors
    // left can still bring there are extended (Ukkonen's cut-off).
    const low = Math.max(-e, -n, target - (limit - e));
    const high = Math.min(e, m, target + (limit - e));
    for (let d = low; d <= high; d++) {
      let row: number;
      if (e === 0) row = 0;
      else {
        row = Math.max(
          prev[center + d] + 1, // substitution
          prev[center + d - 1], // a code unit of b inserted
          prev[center + d + 1] + 1, // a code unit of a deleted
        );
        if (row > n) row = n;
        if (row + d > m) row = m - d;
      }
      if (row < 0 || row + d < 0) {
        cur[center + d] = UNREACHED;
        continue;
      }
      while (row < n && row + d < m && a.charCodeAt(row) === b.charCodeAt(row + d)) row++;
      cur[center + d] = row;
    }
    if (target >= low && target <= high && cur[center + target] >= n) return e;
    const swap = prev;
    prev = cur;
    cur = swap;
    cur.fill(UNREACHED);
  }
  return limit + 1;
}

/**
 * A limit from which `boundedEditDistance` first compares the strings' character counts: below
 * it, the diagonals cost less than the count.
 */
const MIN_COUNTED_LIMIT = 8;
/** Counts of code units by their low bits, zero between calls. */
const counts = new Int32Array(1024);

/**
 * A lower bound of the edit distance of `a` and `b`: the code units one holds more of than the
 * other (counted by their low 10 bits, so that units sharing them count together, which can
 * only lower the bound), the larger of the two sides. Each edit mends at most one unit a side.
 */
function countDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 1023]++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) & 1023]--;
  let more = 0;
  let fewer = 0;
  for (let i = 0; i < a.length; i++) {
    const k = a.charCodeAt(i) & 1023;
    if (counts[k] > 0) more += counts[k];
    counts[k] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const k = b.charCodeAt(i) & 1023;
    if (counts[k] < 0) fewer -= counts[k];
    counts[k] = 0;
  }
  return Math.max(more, fewer);
}
