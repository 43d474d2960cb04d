/**
 * Change sets: edits as data, in the manner of CodeMirror's ChangeSet.
 *
 * A change set is a list of `{from, to, insert}` against one text of a known length. `from`/`to`
 * are UTF-16 offsets into that text; changes are sorted and never overlap (two insertions at
 * the same point are merged in order). Nothing here mutates a string in place.
 */

export interface Change {
  /** Start of the replaced range in the old text (inclusive). */
  readonly from: number;
  /** End of the replaced range in the old text (exclusive). */
  readonly to: number;
  /** Text put in place of `[from, to)`. */
  readonly insert: string;
}

/** Which side a position sticks to when text is inserted exactly at it. */
export type Assoc = -1 | 1;

export class ChangeSet {
  private constructor(
    /** Sorted, non-overlapping, non-empty changes. */
    readonly changes: readonly Change[],
    /** Length of the text the changes apply to. */
    readonly length: number,
  ) {}

  /** The empty change set against a text of `length` code units. */
  static empty(length: number): ChangeSet {
    return new ChangeSet([], length);
  }

  /**
   * Builds a change set from changes in any order. Throws a RangeError when a change is out
   * of range or two changes overlap; callers that need a policy for overlaps resolve them first
   * (see `applyFindings`).
   */
  static of(changes: readonly Change[], length: number): ChangeSet {
    // Changes made from findings in document order (a clean's millions) are already sorted:
    // no copy, no sort then.
    const sorted = isSorted(changes)
      ? changes
      : [...changes]
          .map((c, i) => ({ c, i }))
          .sort((a, b) => a.c.from - b.c.from || a.c.to - b.c.to || a.i - b.i)
          .map(({ c }) => c);
    const out: Change[] = [];
    for (const c of sorted) {
      if (!(c.from >= 0 && c.from <= c.to && c.to <= length)) {
        throw new RangeError(`change ${c.from}-${c.to} is outside a text of length ${length}`);
      }
      if (c.from === c.to && c.insert === '') continue;
      const last = out[out.length - 1];
      if (last && c.from < last.to) {
        throw new RangeError(`changes ${last.from}-${last.to} and ${c.from}-${c.to} overlap`);
      }
      if (last && c.from === last.to && (c.from === c.to || last.from === last.to)) {
        // Adjacent insertion: merge so the list stays unambiguous.
        out[out.length - 1] = { from: last.from, to: c.to, insert: last.insert + c.insert };
        continue;
      }
      out.push({ from: c.from, to: c.to, insert: c.insert });
    }
    return new ChangeSet(out, length);
  }

  /** Length of the text after the changes apply. */
  get newLength(): number {
    let len = this.length;
    for (const c of this.changes) len += c.insert.length - (c.to - c.from);
    return len;
  }

  get isEmpty(): boolean {
    return this.changes.length === 0;
  }

  /** Applies the changes to `text`, whose length must equal `this.length`. */
  apply(text: string): string {
    if (text.length !== this.length) {
      throw new RangeError(`change set is for length ${this.length}, text has ${text.length}`);
    }
    const parts: string[] = [];
    let pos = 0;
    for (const c of this.changes) {
      parts.push(text.slice(pos, c.from), c.insert);
      pos = c.to;
    }
    parts.push(text.slice(pos));
    return parts.join('');
  }

  /** The change set that undoes this one; `text` is the text this set applies to. */
  invert(text: string): ChangeSet {
    const inverted: Change[] = [];
    let delta = 0;
    for (const c of this.changes) {
      const from = c.from + delta;
      inverted.push({ from, to: from + c.insert.length, insert: text.slice(c.from, c.to) });
      delta += c.insert.length - (c.to - c.from);
    }
    return new ChangeSet(inverted, this.newLength);
  }

  /**
   * Maps a position in the old text to the new text. A position inside a replaced range moves
   * to the start (`assoc` -1) or end (`assoc` 1) of its replacement; at an insertion point
   * `assoc` picks the side. A position at the end of a replaced range maps to the end of its
   * replacement.
   */
  mapPos(pos: number, assoc: Assoc = -1): number {
    let delta = 0;
    for (const c of this.changes) {
      if (c.from > pos) break;
      const grow = c.insert.length - (c.to - c.from);
      if (c.to < pos || (c.to === pos && c.from < pos)) {
        delta += grow;
        continue;
      }
      // c.from <= pos <= c.to, and pos is not the end of a non-empty range.
      if (assoc < 0) return c.from + delta;
      return c.from + delta + c.insert.length;
    }
    return pos + delta;
  }

  /** The change set that applies `this`, then `other` (which is against `this.newLength`). */
  compose(other: ChangeSet): ChangeSet {
    if (other.length !== this.newLength) {
      throw new RangeError(`cannot compose: lengths ${this.newLength} and ${other.length} differ`);
    }
    const ops1 = toOps(this);
    const ops2 = toOps(other);
    const out: Op[] = [];
    let i1 = 0;
    let i2 = 0;
    let op1: Op | undefined = ops1[i1++];
    let op2: Op | undefined = ops2[i2++];
    while (op1 || op2) {
      if (op1 && op1.type === 'delete') {
        out.push(op1);
        op1 = ops1[i1++];
        continue;
      }
      if (op2 && op2.type === 'insert') {
        out.push(op2);
        op2 = ops2[i2++];
        continue;
      }
      if (!op1 || !op2) throw new Error('internal: change sets do not line up');
      const n = Math.min(opLength(op1), opLength(op2));
      if (op1.type === 'retain' && op2.type === 'retain') out.push({ type: 'retain', n });
      else if (op1.type === 'insert' && op2.type === 'retain') {
        out.push({ type: 'insert', text: op1.text.slice(0, n) });
      } else if (op1.type === 'retain' && op2.type === 'delete') out.push({ type: 'delete', n });
      // insert then delete of the same text cancels out.
      op1 = shorten(op1, n) ?? ops1[i1++];
      op2 = shorten(op2, n) ?? ops2[i2++];
    }
    return ChangeSet.of(fromOps(out), this.length);
  }
}

type Op =
  | { readonly type: 'retain'; readonly n: number }
  | { readonly type: 'delete'; readonly n: number }
  | { readonly type: 'insert'; readonly text: string };

function opLength(op: Op): number {
  return op.type === 'insert' ? op.text.length : op.n;
}

/** The op with its first `n` units consumed, or undefined when nothing is left. */
function shorten(op: Op, n: number): Op | undefined {
  if (op.type === 'insert')
    return op.text.length > n ? { type: 'insert', text: op.text.slice(n) } : undefined;
  return op.n > n ? { type: op.type, n: op.n - n } : undefined;
}

function toOps(set: ChangeSet): Op[] {
  const ops: Op[] = [];
  let pos = 0;
  for (const c of set.changes) {
    if (c.from > pos) ops.push({ type: 'retain', n: c.from - pos });
    if (c.to > c.from) ops.push({ type: 'delete', n: c.to - c.from });
    if (c.insert) ops.push({ type: 'insert', text: c.insert });
    pos = c.to;
  }
  if (set.length > pos) ops.push({ type: 'retain', n: set.length - pos });
  return ops;
}

function fromOps(ops: readonly Op[]): Change[] {
  const changes: Change[] = [];
  let pos = 0;
  let current: { from: number; to: number; insert: string } | undefined;
  for (const op of ops) {
    if (op.type === 'retain') {
      if (current) changes.push(current);
      current = undefined;
      pos += op.n;
      continue;
    }
    current ??= { from: pos, to: pos, insert: '' };
    if (op.type === 'delete') {
      pos += op.n;
      current.to = pos;
    } else {
      current.insert += op.text;
    }
  }
  if (current) changes.push(current);
  return changes;
}

/** True when `changes` are in the order `ChangeSet.of` sorts them into. */
function isSorted(changes: readonly Change[]): boolean {
  for (let i = 1; i < changes.length; i++) {
    const a = changes[i - 1];
    const b = changes[i];
    if (a.from > b.from || (a.from === b.from && a.to > b.to)) return false;
  }
  return true;
}
