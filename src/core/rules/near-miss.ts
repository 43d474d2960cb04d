/**
 * Near misses of a standard phrase: a window of the text that differs from the phrase by one
 * character missing, one extra, one replaced, or two adjacent ones swapped (Damerau distance 1).
 *
 * The phrase's first and last characters must stand in place (the edit is interior): an edit
 * at an end is what a different, legitimate phrase looks like ("社会主义核心价值体系" against
 * "社会主义核心价值观"), so ends are never proposed.
 */

/** How a near miss differs from its phrase. */
export type NearMissKind = 'missing' | 'extra' | 'replaced' | 'swapped';

/** Every near-miss kind, for messages and statistics. */
export const NEAR_MISS_KINDS: readonly NearMissKind[] = ['missing', 'extra', 'replaced', 'swapped'];

/**
 * Compares `text[start, start + length)` with `phrase`: 'exact', a near-miss kind, or null
 * when the window is neither (or would need an edit at either end of the phrase). O(length).
 */
export function compareWindow(
  text: string,
  start: number,
  length: number,
  phrase: string,
): NearMissKind | 'exact' | null {
  const n = phrase.length;
  if (start < 0 || start + length > text.length || Math.abs(length - n) > 1 || length < 2) {
    return null;
  }
  if (
    text.charCodeAt(start) !== phrase.charCodeAt(0) ||
    text.charCodeAt(start + length - 1) !== phrase.charCodeAt(n - 1)
  ) {
    return null;
  }
  const shorter = Math.min(length, n);
  let a = 0;
  while (a < shorter && text.charCodeAt(start + a) === phrase.charCodeAt(a)) a++;
  if (length === n && a === n) return 'exact';
  let b = 0;
  while (
    b < shorter - a &&
    text.charCodeAt(start + length - 1 - b) === phrase.charCodeAt(n - 1 - b)
  ) {
    b++;
  }
  if (length === n) {
    if (a + b === n - 1) return 'replaced';
    if (
      a + b === n - 2 &&
      text.charCodeAt(start + a) === phrase.charCodeAt(a + 1) &&
      text.charCodeAt(start + a + 1) === phrase.charCodeAt(a)
    ) {
      return 'swapped';
    }
    return null;
  }
  if (length === n - 1) return a + b >= n - 1 ? 'missing' : null;
  return a + b >= n ? 'extra' : null;
}
