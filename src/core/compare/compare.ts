/**
 * Comparison of two versions of an issue: paragraphs aligned first (exact matches, moves,
 * changed paragraphs including joins and splits), then characters (CJK) or words (Latin) inside
 * each changed paragraph.
 *
 * Both texts are normalized first (`createDocument`), so every offset in a Comparison is a
 * UTF-16 code unit into `oldDoc.text` or `newDoc.text`, and a stray `\r` is a line break.
 */
import { createDocument, type Block, type Document } from '../document/document';
import { scriptOf } from '../document/script';
import { alignSequences } from './align';
import { DiffBudget, diffText, type Segment } from './bounded-diff';
import { pairGap, type GapBlock, type GapItem } from './gaps';
import type { Granularity } from './tokens';

export type { Segment, SegmentOp } from './bounded-diff';
export type { Granularity } from './tokens';

/** What happened to a paragraph between the two versions. */
export type ParagraphOp = 'equal' | 'changed' | 'added' | 'removed' | 'moved';

/** Consecutive blocks of one side. */
export interface BlockSpan {
  /** Index of the first block covered, in that side's `Document.blocks`. */
  readonly index: number;
  /**
   * Number of blocks covered: 1, or more for a changed pair whose paragraphs were joined (old
   * side) or split (new side).
   */
  readonly count: number;
  /** Offset of the first block's start in that side's normalized text. */
  readonly start: number;
  /** Offset of the last block's end; the span's text includes the separators between blocks. */
  readonly end: number;
}

export interface ParagraphPair {
  readonly op: ParagraphOp;
  /** Absent for `added`. */
  readonly old?: BlockSpan;
  /** Absent for `removed`. */
  readonly new?: BlockSpan;
  /**
   * For `changed` only: the old span's text turned into the new span's text. Joining `equal`
   * and `delete` texts gives the old span text; `equal` and `insert` give the new one.
   */
  readonly segments?: readonly Segment[];
  /** For `changed`: characters for CJK text, words for Latin text. */
  readonly granularity?: Granularity;
  /** For `changed`: true when a bound made part of the diff coarser than `granularity`. */
  readonly coarse?: boolean;
}

/** Counts for the editor. Character counts are UTF-16 code units (characters, for BMP text). */
export interface ComparisonCounts {
  /** Blocks in `added` pairs. */
  readonly paragraphsAdded: number;
  /** Blocks in `removed` pairs. */
  readonly paragraphsRemoved: number;
  /** `changed` pairs (a join of two paragraphs into one counts once). */
  readonly paragraphsChanged: number;
  /** `moved` pairs. */
  readonly paragraphsMoved: number;
  /** Inserted characters: inside changed pairs plus the text of added paragraphs. */
  readonly charsInserted: number;
  /** Deleted characters: inside changed pairs plus the text of removed paragraphs. */
  readonly charsDeleted: number;
}

export interface Comparison {
  readonly oldDoc: Document;
  readonly newDoc: Document;
  /**
   * Every block of both sides appears in exactly one pair. Pairs follow the new text; removed
   * paragraphs stand where they stood among their neighbours; a moved paragraph stands at its
   * new place. Without move detection, old and new indexes both increase along the list.
   */
  readonly pairs: readonly ParagraphPair[];
  readonly counts: ComparisonCounts;
  /** True when some changed pair is coarse (a bound was hit). */
  readonly coarse: boolean;
}

export interface CompareOptions {
  /**
   * Report a paragraph found unchanged at another place as `moved` (default true). When false,
   * it is `removed` at its old place and `added` at its new one.
   */
  readonly detectMoves?: boolean;
  /** jsdiff work allowed to this comparison (see DiffBudget); for tests of the fallbacks. */
  readonly budget?: number;
}

/**
 * Compares two versions. Deterministic; bounded in time by the diff budget (a pathological
 * pair of long unrelated paragraphs comes back coarse, never late).
 */
export function compareTexts(a: string, b: string, options: CompareOptions = {}): Comparison {
  const oldDoc = createDocument(a);
  const newDoc = createDocument(b);
  const budget = new DiffBudget(options.budget);
  const items = alignItems(oldDoc, newDoc, budget);
  const moves =
    options.detectMoves === false ? new Map<number, number>() : findMoves(items, oldDoc, newDoc);
  const movedOld = new Set(moves.values());
  const pairs: ParagraphPair[] = [];
  for (const item of items) {
    if (item.kind === 'equal') {
      pairs.push({
        op: 'equal',
        old: span(oldDoc.blocks, item.old, item.old),
        new: span(newDoc.blocks, item.new, item.new),
      });
    } else if (item.kind === 'removed') {
      if (!movedOld.has(item.old))
        pairs.push({ op: 'removed', old: span(oldDoc.blocks, item.old, item.old) });
    } else if (item.kind === 'added') {
      const from = moves.get(item.new);
      pairs.push(
        from === undefined
          ? { op: 'added', new: span(newDoc.blocks, item.new, item.new) }
          : {
              op: 'moved',
              old: span(oldDoc.blocks, from, from),
              new: span(newDoc.blocks, item.new, item.new),
            },
      );
    } else {
      pairs.push(changedPair(item, oldDoc, newDoc, budget));
    }
  }
  const counts = countPairs(pairs, oldDoc, newDoc);
  return { oldDoc, newDoc, pairs, counts, coarse: pairs.some((p) => p.coarse === true) };
}

type Item = GapItem | { readonly kind: 'equal'; readonly old: number; readonly new: number };

/** Exact matches by paragraph text, with each gap between them paired by similarity. */
function alignItems(oldDoc: Document, newDoc: Document, budget: DiffBudget): Item[] {
  const matches = alignSequences(
    oldDoc.blocks.map((b) => b.text),
    newDoc.blocks.map((b) => b.text),
    budget,
  );
  const items: Item[] = [];
  let o = 0;
  let n = 0;
  const gap = (o1: number, n1: number): void => {
    const olds: GapBlock[] = oldDoc.blocks.slice(o, o1);
    const news: GapBlock[] = newDoc.blocks.slice(n, n1);
    if (olds.length || news.length) {
      for (const item of pairGap(oldDoc.text, newDoc.text, olds, news, budget)) items.push(item);
    }
  };
  for (const [i, j] of matches) {
    gap(i, j);
    items.push({ kind: 'equal', old: i, new: j });
    o = i + 1;
    n = j + 1;
  }
  gap(oldDoc.blocks.length, newDoc.blocks.length);
  return items;
}

/** Added paragraphs whose exact text was removed elsewhere: new index → old index. */
function findMoves(
  items: readonly Item[],
  oldDoc: Document,
  newDoc: Document,
): Map<number, number> {
  const removed = new Map<string, number[]>();
  for (const item of items) {
    if (item.kind !== 'removed') continue;
    const text = oldDoc.blocks[item.old].text;
    const list = removed.get(text);
    if (list) list.push(item.old);
    else removed.set(text, [item.old]);
  }
  const moves = new Map<number, number>();
  if (removed.size === 0) return moves;
  for (const item of items) {
    if (item.kind !== 'added') continue;
    const from = removed.get(newDoc.blocks[item.new].text)?.shift();
    if (from !== undefined) moves.set(item.new, from);
  }
  return moves;
}

function changedPair(
  item: Extract<GapItem, { kind: 'group' }>,
  oldDoc: Document,
  newDoc: Document,
  budget: DiffBudget,
): ParagraphPair {
  const old = span(oldDoc.blocks, item.oldFirst, item.oldLast);
  const neu = span(newDoc.blocks, item.newFirst, item.newLast);
  const oldText = oldDoc.text.slice(old.start, old.end);
  const newText = newDoc.text.slice(neu.start, neu.end);
  if (oldText === newText && old.count === 1 && neu.count === 1)
    return { op: 'equal', old, new: neu };
  const granularity: Granularity = scriptOf(oldText + newText) === 'latin' ? 'word' : 'char';
  const { segments, coarse } =
    item.segments && granularity === 'char'
      ? { segments: item.segments, coarse: false }
      : diffText(oldText, newText, granularity, budget);
  return { op: 'changed', old, new: neu, segments, granularity, coarse };
}

function span(blocks: readonly Block[], first: number, last: number): BlockSpan {
  return {
    index: first,
    count: last - first + 1,
    start: blocks[first].start,
    end: blocks[last].end,
  };
}

function countPairs(
  pairs: readonly ParagraphPair[],
  oldDoc: Document,
  newDoc: Document,
): ComparisonCounts {
  let paragraphsAdded = 0;
  let paragraphsRemoved = 0;
  let paragraphsChanged = 0;
  let paragraphsMoved = 0;
  let charsInserted = 0;
  let charsDeleted = 0;
  for (const p of pairs) {
    if (p.op === 'added' && p.new) {
      paragraphsAdded += p.new.count;
      charsInserted += blockChars(newDoc, p.new);
    } else if (p.op === 'removed' && p.old) {
      paragraphsRemoved += p.old.count;
      charsDeleted += blockChars(oldDoc, p.old);
    } else if (p.op === 'moved') paragraphsMoved++;
    else if (p.op === 'changed') {
      paragraphsChanged++;
      for (const s of p.segments ?? []) {
        if (s.op === 'insert') charsInserted += s.text.length;
        else if (s.op === 'delete') charsDeleted += s.text.length;
      }
    }
  }
  return {
    paragraphsAdded,
    paragraphsRemoved,
    paragraphsChanged,
    paragraphsMoved,
    charsInserted,
    charsDeleted,
  };
}

/** Characters of the blocks of a span, without the separators between them. */
function blockChars(doc: Document, s: BlockSpan): number {
  let n = 0;
  for (let i = s.index; i < s.index + s.count; i++) n += doc.blocks[i].end - doc.blocks[i].start;
  return n;
}
