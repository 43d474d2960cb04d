/**
 * Our one door to jsdiff. Every call is bounded (maxEditLength, and a timeout as a last resort)
 * and charged to a per-comparison budget, and every caller gets a coarser answer instead of
 * `undefined`, so no comparison can hang on long unrelated paragraphs.
 *
 * Segments are lossless: joining the `equal` and `delete` texts gives the old text, joining the
 * `equal` and `insert` texts gives the new text.
 */
import { diffArrays } from 'diff';
import { alignSequences } from './align';
import { sentenceTokens, tokenize, type Granularity } from './tokens';

export type SegmentOp = 'equal' | 'insert' | 'delete';

/** A run of text that is kept, inserted or deleted. */
export interface Segment {
  readonly op: SegmentOp;
  /** Never empty. */
  readonly text: string;
}

/**
 * Work allowed to jsdiff within one comparison. Myers' algorithm costs about D² steps for D
 * edits, so a call bounded to E edits is charged E² when it gives up and d² when it finds a diff
 * of d edits. Once the budget runs low, calls get smaller bounds, then none, and callers take
 * their coarse fallback. 10⁷ steps is roughly half a second of jsdiff on a current machine.
 */
export class DiffBudget {
  private remaining: number;

  constructor(steps = 1e7) {
    this.remaining = steps;
  }

  /** The largest maxEditLength a call may use now, at most `cap`; 0 when the budget is spent. */
  allowance(cap: number): number {
    if (this.remaining <= 0) return 0;
    return Math.min(cap, Math.floor(Math.sqrt(this.remaining)));
  }

  /** Records the work of a call that explored `edits` edit steps. */
  charge(edits: number): void {
    this.remaining -= Math.max(1, edits * edits);
  }
}

/** A wall-clock guard behind maxEditLength; it only matters on a machine that stalls. */
const TIMEOUT_MS = 2000;

/**
 * Bounded Myers diff of two token arrays (common prefix and suffix taken off first). Returns
 * undefined when more than `cap` edits (or the remaining budget) would be needed.
 */
export function diffTokens(
  oldTokens: readonly string[],
  newTokens: readonly string[],
  budget: DiffBudget,
  cap: number,
): Segment[] | undefined {
  let pre = 0;
  const minLen = Math.min(oldTokens.length, newTokens.length);
  while (pre < minLen && oldTokens[pre] === newTokens[pre]) pre++;
  let suf = 0;
  while (
    suf < minLen - pre &&
    oldTokens[oldTokens.length - 1 - suf] === newTokens[newTokens.length - 1 - suf]
  ) {
    suf++;
  }
  const oldMid = oldTokens.slice(pre, oldTokens.length - suf);
  const newMid = newTokens.slice(pre, newTokens.length - suf);
  const out = new SegmentBuilder();
  out.push('equal', oldTokens.slice(0, pre).join(''));
  if (oldMid.length === 0 || newMid.length === 0) {
    out.push('delete', oldMid.join(''));
    out.push('insert', newMid.join(''));
  } else {
    const bound = budget.allowance(cap);
    // Myers needs at least |m - n| edits; do not start a search that cannot succeed.
    if (bound === 0 || Math.abs(oldMid.length - newMid.length) > bound) return undefined;
    const changes = diffArrays(oldMid, newMid, { maxEditLength: bound, timeout: TIMEOUT_MS });
    if (changes === undefined) {
      budget.charge(bound);
      return undefined;
    }
    let edits = 0;
    for (const c of changes) {
      if (c.added || c.removed) edits += c.count;
      out.push(c.added ? 'insert' : c.removed ? 'delete' : 'equal', c.value.join(''));
    }
    budget.charge(edits);
  }
  out.push('equal', oldTokens.slice(oldTokens.length - suf).join(''));
  return out.finish();
}

/** The result of comparing two paragraphs' texts. */
export interface TextDiff {
  readonly segments: Segment[];
  /** True when a bound was hit and part of the diff is coarser than `granularity`. */
  readonly coarse: boolean;
}

/** Edits allowed to one character or word diff of a paragraph (about 60 ms when it fails). */
const TOKEN_CAP = 1000;

/**
 * Compares two paragraph texts at `granularity`, falling back to sentences (each changed run of
 * sentences then refined at `granularity` where the budget allows), and finally to replacing
 * the whole text. Never returns undefined and never runs unbounded.
 */
export function diffText(
  oldText: string,
  newText: string,
  granularity: Granularity,
  budget: DiffBudget,
): TextDiff {
  if (oldText === newText) {
    return { segments: oldText ? [{ op: 'equal', text: oldText }] : [], coarse: false };
  }
  const fine = diffTokens(
    tokenize(oldText, granularity),
    tokenize(newText, granularity),
    budget,
    TOKEN_CAP,
  );
  if (fine)
    return { segments: granularity === 'word' ? absorbLoneSpaces(fine) : fine, coarse: false };
  // Too many edits for one bounded diff: align sentences (patience, bounded), then refine each
  // changed run of sentences on its own.
  const oldSentences = sentenceTokens(oldText);
  const newSentences = sentenceTokens(newText);
  const matches = alignSequences(oldSentences, newSentences, budget);
  if (matches.length === 0) return { segments: replaceAll(oldText, newText), coarse: true };
  const bySentence = new SegmentBuilder();
  let i = 0;
  let j = 0;
  for (const [mi, mj] of matches) {
    bySentence.push('delete', oldSentences.slice(i, mi).join(''));
    bySentence.push('insert', newSentences.slice(j, mj).join(''));
    bySentence.push('equal', oldSentences[mi]);
    i = mi + 1;
    j = mj + 1;
  }
  bySentence.push('delete', oldSentences.slice(i).join(''));
  bySentence.push('insert', newSentences.slice(j).join(''));
  return { segments: refineRuns(bySentence.finish(), granularity, budget), coarse: true };
}

/**
 * Folds a kept run of only whitespace between two changes into the change, so a rewritten
 * phrase reads as one replacement ("the same" → "edited"), not word-space-word.
 */
function absorbLoneSpaces(segments: readonly Segment[]): Segment[] {
  const out = new SegmentBuilder();
  segments.forEach((s, i) => {
    const between =
      i > 0 &&
      i < segments.length - 1 &&
      segments[i - 1].op !== 'equal' &&
      segments[i + 1].op !== 'equal';
    if (s.op === 'equal' && between && /^\s+$/.test(s.text)) {
      out.push('delete', s.text);
      out.push('insert', s.text);
    } else out.push(s.op, s.text);
  });
  return out.finish();
}

/** Re-diffs each changed run of a coarse diff at `granularity`, keeping the run where it fails. */
function refineRuns(coarse: readonly Segment[], granularity: Granularity, budget: DiffBudget) {
  const out = new SegmentBuilder();
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted && inserted) {
      const fine = diffTokens(
        tokenize(deleted, granularity),
        tokenize(inserted, granularity),
        budget,
        TOKEN_CAP,
      );
      for (const s of fine ?? replaceAll(deleted, inserted)) out.push(s.op, s.text);
    } else {
      out.push('delete', deleted);
      out.push('insert', inserted);
    }
    deleted = '';
    inserted = '';
  };
  for (const s of coarse) {
    if (s.op === 'delete') deleted += s.text;
    else if (s.op === 'insert') inserted += s.text;
    else {
      flush();
      out.push('equal', s.text);
    }
  }
  flush();
  return out.finish();
}

/** The coarsest diff: all of the old text deleted, all of the new inserted. */
export function replaceAll(oldText: string, newText: string): Segment[] {
  const out: Segment[] = [];
  if (oldText) out.push({ op: 'delete', text: oldText });
  if (newText) out.push({ op: 'insert', text: newText });
  return out;
}

/**
 * Collects segments, dropping empty ones, merging neighbours of the same op, and putting the
 * deletion of a changed run before its insertion.
 */
export class SegmentBuilder {
  private readonly done: Segment[] = [];
  private deleted = '';
  private inserted = '';
  private equal = '';

  push(op: SegmentOp, text: string): void {
    if (!text) return;
    if (op === 'equal') {
      this.flushChange();
      this.equal += text;
    } else {
      this.flushEqual();
      if (op === 'delete') this.deleted += text;
      else this.inserted += text;
    }
  }

  finish(): Segment[] {
    this.flushEqual();
    this.flushChange();
    return this.done;
  }

  private flushEqual(): void {
    if (this.equal) this.done.push({ op: 'equal', text: this.equal });
    this.equal = '';
  }

  private flushChange(): void {
    if (this.deleted) this.done.push({ op: 'delete', text: this.deleted });
    if (this.inserted) this.done.push({ op: 'insert', text: this.inserted });
    this.deleted = '';
    this.inserted = '';
  }
}
