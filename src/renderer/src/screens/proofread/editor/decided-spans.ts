/**
 * Where the editor rejected findings in this session, so that a rejection sticks when the next
 * analysis reports the same defect under another id. Ids include a little context on each side,
 * so an edit next to a finding (a paragraph merged just before it) gives the same defect a new
 * id; the editor, deciding between the edit and the analysis that follows it, decided the old
 * id. The span each rejection covered is kept and mapped through every edit since (an edit of
 * its own text forgets it); a fresh
 * finding of the same kind and replacement over exactly that span, whose text is still the text
 * rejected, is the same defect and is rejected too.
 *
 * Accepted findings need none of this: accepting edits their text, and an analysis begun before
 * that edit has its findings there dropped when it lands (see `mapStaleFindings`).
 *
 * Offsets are UTF-16 code units into the editor's document.
 */
import { RangeSet, RangeValue, type ChangeDesc, type Range, type Text } from '@codemirror/state';
import type { Finding, FindingKind } from '../../../../../core/finding';

/** One rejected finding: what it proposed and the text it covered, at its current span. */
export class DecidedSpan extends RangeValue {
  override startSide = 1;
  override endSide = -1;
  override point: boolean;

  constructor(
    readonly id: string,
    readonly kind: FindingKind,
    readonly replacement: string,
    /** The text the span covered when the finding was rejected. */
    readonly text: string,
  ) {
    super();
    this.point = text === '';
  }

  override eq(other: DecidedSpan): boolean {
    return other.id === this.id && other.text === this.text;
  }
}

/** The session's rejected spans. */
export type DecidedSet = RangeSet<DecidedSpan>;

/**
 * `set` with the rejected `findings` added; their offsets are those of the document before
 * `changes`, `doc` the document after.
 */
export function addDecided(
  set: DecidedSet,
  findings: readonly Finding[],
  changes: ChangeDesc,
  doc: Text,
): DecidedSet {
  const add: Range<DecidedSpan>[] = [];
  for (const f of findings) {
    const from = changes.mapPos(f.start, 1);
    const to = Math.max(from, changes.mapPos(f.end, -1));
    if (to > doc.length) continue;
    add.push(
      new DecidedSpan(f.id, f.kind, f.replacement, doc.sliceString(from, to)).range(from, to),
    );
  }
  return add.length === 0 ? set : set.update({ add, sort: true });
}

/**
 * `set` mapped through an edit; a span whose text the edit touched is forgotten (what is there
 * now is another text), as open findings are (see `applyEdit`).
 */
export function mapDecided(set: DecidedSet, changes: ChangeDesc): DecidedSet {
  if (set.size === 0) return set;
  const mapped = set.map(changes);
  const touched = new Set<DecidedSpan>();
  changes.iterChangedRanges((_fromA, _toA, fromB, toB) => {
    mapped.between(fromB, toB, (from, to, span) => {
      const hit = from === to ? fromB <= from && from <= toB : fromB < to && toB > from;
      if (hit) touched.add(span);
    });
  });
  return touched.size === 0
    ? mapped
    : mapped.update({ filter: (_from, _to, span) => !touched.has(span) });
}

/** `set` without the spans of `ids` (their rejection was undone). */
export function forgetDecided(set: DecidedSet, ids: ReadonlySet<string>): DecidedSet {
  return set.size === 0 ? set : set.update({ filter: (_from, _to, span) => !ids.has(span.id) });
}

/** The rejected span that `finding` (offsets into `doc`) reports again, or null. */
export function rejectedAgain(set: DecidedSet, finding: Finding, doc: Text): DecidedSpan | null {
  if (set.size === 0) return null;
  let found: DecidedSpan | null = null;
  set.between(finding.start, finding.end, (from, to, span) => {
    if (
      from === finding.start &&
      to === finding.end &&
      span.kind === finding.kind &&
      span.replacement === finding.replacement &&
      doc.sliceString(from, to) === span.text
    ) {
      found = span;
      return false;
    }
    return undefined;
  });
  return found;
}
