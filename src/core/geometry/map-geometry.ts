/**
 * Carries a text's geometry to a later version of it: the change set from the imported text to
 * the version's (the bounded diff of the two when no change set was kept) maps every word, line
 * and block range, so a word's box is known in any version, including words that were corrected,
 * joined or split.
 */
import { ChangeSet, type Change } from '../changes/changeset';
import { DiffBudget, diffText } from '../compare/bounded-diff';
import type { PageGeometry } from './page-geometry';

/**
 * The change set that turns `before` into `after`: common ends trimmed, then a bounded character
 * diff (coarser where the bound is hit, never unbounded). Offsets are UTF-16 code units.
 */
export function changesBetween(before: string, after: string): ChangeSet {
  if (before === after) return ChangeSet.empty(before.length);
  let head = 0;
  const limit = Math.min(before.length, after.length);
  while (head < limit && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < limit - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  const oldMiddle = before.slice(head, before.length - tail);
  const newMiddle = after.slice(head, after.length - tail);
  const { segments } = diffText(oldMiddle, newMiddle, 'char', new DiffBudget());
  const changes: Change[] = [];
  let at = head;
  for (const segment of segments) {
    if (segment.op === 'equal') at += segment.text.length;
    else if (segment.op === 'delete') {
      changes.push({ from: at, to: at + segment.text.length, insert: '' });
      at += segment.text.length;
    } else changes.push({ from: at, to: at, insert: segment.text });
  }
  return ChangeSet.of(mergeTouching(changes), before.length);
}

/** A delete followed by an insert at its end is one replacement (ChangeSet.of refuses neither). */
function mergeTouching(changes: Change[]): Change[] {
  const out: Change[] = [];
  for (const change of changes) {
    const last = out[out.length - 1];
    if (last && last.to === change.from) {
      out[out.length - 1] = { from: last.from, to: change.to, insert: last.insert + change.insert };
    } else out.push(change);
  }
  return out;
}

/**
 * Maps a range through `changes`: text inserted just before or after it stays outside, text that
 * replaces its first or last characters is inside. The result may be empty (the range deleted).
 */
export function mapRange(
  changes: ChangeSet,
  replacedFrom: ReadonlySet<number>,
  start: number,
  end: number,
): { start: number; end: number } {
  const newStart = changes.mapPos(start, replacedFrom.has(start) ? -1 : 1);
  const newEnd = changes.mapPos(end, -1);
  return { start: newStart, end: Math.max(newStart, newEnd) };
}

/** `geometry` (of the text `changes` apply to) with every range moved into the changed text. */
export function mapGeometry(geometry: PageGeometry, changes: ChangeSet): PageGeometry {
  if (changes.isEmpty) return geometry;
  const replacedFrom = new Set(changes.changes.filter((c) => c.to > c.from).map((c) => c.from));
  const map = <T extends { start: number; end: number }>(item: T): T => ({
    ...item,
    ...mapRange(changes, replacedFrom, item.start, item.end),
  });
  return {
    geometry: 1,
    pages: geometry.pages.map((page) => ({
      ...page,
      start: changes.mapPos(page.start, replacedFrom.has(page.start) ? -1 : 1),
    })),
    blocks: geometry.blocks.map(map),
    lines: geometry.lines.map(map),
    words: geometry.words.map(map),
  };
}

/** `geometry` of the text `before`, carried to the text `after`. */
export function geometryFor(geometry: PageGeometry, before: string, after: string): PageGeometry {
  return mapGeometry(geometry, changesBetween(before, after));
}
