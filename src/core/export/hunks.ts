/**
 * Hunks: the changes from one text to another as replacements in the first, derived from a
 * comparison without moves (so a moved paragraph is a deletion and an insertion).
 */
import { compareTexts, type Comparison } from '../compare/compare';

/** One replacement: `before` at `[start, end)` of the old text became `after`. */
export interface Hunk {
  /** UTF-16 offset into the old (normalized) text. */
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
  /** True when a whole old paragraph was removed (duplicates, dropped jump lines). */
  readonly wholeParagraph: boolean;
}

/** The hunks of `cmp` (which must be computed without moves), in old-text order. */
export function hunksOf(cmp: Comparison): Hunk[] {
  const hunks: Hunk[] = [];
  let lastOldEnd = 0;
  for (const p of cmp.pairs) {
    if (p.op === 'removed' && p.old) {
      hunks.push({
        start: p.old.start,
        end: p.old.end,
        before: cmp.oldDoc.text.slice(p.old.start, p.old.end),
        after: '',
        wholeParagraph: true,
      });
    } else if (p.op === 'added' && p.new) {
      hunks.push({
        start: lastOldEnd,
        end: lastOldEnd,
        before: '',
        after: cmp.newDoc.text.slice(p.new.start, p.new.end),
        wholeParagraph: true,
      });
    } else if (p.op === 'changed' && p.old) {
      let pos = p.old.start;
      let open: { start: number; before: string; after: string } | undefined;
      const close = (): void => {
        if (open)
          hunks.push({ ...open, end: open.start + open.before.length, wholeParagraph: false });
        open = undefined;
      };
      for (const s of p.segments ?? []) {
        if (s.op === 'equal') {
          close();
          pos += s.text.length;
          continue;
        }
        open ??= { start: pos, before: '', after: '' };
        if (s.op === 'delete') {
          open.before += s.text;
          pos += s.text.length;
        } else open.after += s.text;
      }
      close();
    }
    if (p.old) lastOldEnd = p.old.end;
  }
  return hunks;
}

/** Hunks from `original` to `exported` (both normalized first). */
export function hunksBetween(
  original: string,
  exported: string,
): { cmp: Comparison; hunks: Hunk[] } {
  const cmp = compareTexts(original, exported, { detectMoves: false });
  return { cmp, hunks: hunksOf(cmp) };
}
