/**
 * A text patch: the one span of an earlier text that a later one replaced, so the editor's
 * autosave sends what was typed since the last autosave, not the whole issue again. The span is
 * found by the longest common beginning and end of the two texts; several edits far apart become
 * one wider span, which is still correct. A span never splits a surrogate pair, so both sides
 * of the bridge see well-formed text. Pure.
 */

/** Replace `[from, to)` of the earlier text with `insert`; the result has `length` code units. */
export interface TextPatch {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
  readonly length: number;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The patch that turns `before` into `after`. */
export function patchBetween(before: string, after: string): TextPatch {
  const shorter = Math.min(before.length, after.length);
  let from = 0;
  while (from < shorter && before.charCodeAt(from) === after.charCodeAt(from)) from++;
  if (from > 0 && isHigh(before.charCodeAt(from - 1))) from--;
  let tail = 0;
  while (
    tail < shorter - from &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  if (tail > 0 && isLow(before.charCodeAt(before.length - tail))) tail--;
  return {
    from,
    to: before.length - tail,
    insert: after.slice(from, after.length - tail),
    length: after.length,
  };
}

/**
 * `before` with `patch` applied, or null when the patch does not fit it (its span lies outside
 * the text, or the result would not have the length the patch promises): the patch was made
 * from another text.
 */
export function applyPatch(before: string, patch: TextPatch): string | null {
  const { from, to, insert, length } = patch;
  if (from < 0 || to < from || to > before.length) return null;
  if (before.length - (to - from) + insert.length !== length) return null;
  return before.slice(0, from) + insert + before.slice(to);
}
