/**
 * The value of the findings field and its transitions: what happens to the open findings, their
 * related spans, the decisions and the active finding when the text changes, a fresh analysis
 * arrives, or the editor decides. Pure functions of CodeMirror range sets; offsets are UTF-16
 * code units into the editor's document.
 */
import { RangeSet, RangeValue, type ChangeDesc, type Range, type Text } from '@codemirror/state';
import { Decoration, type DecorationSet } from '@codemirror/view';
import type { Finding, FindingKind, Span } from '../../../../../core/finding';
import type { Decision } from '../../../../../shared/contract';
import { findingDecorations, type FindingSpec } from './finding-marks';

/** One decision in a `decide` or `restore` effect. */
export interface DecisionChange {
  /**
   * The finding decided. In `decide`, its offsets are those of the document before the
   * transaction; in `restore`, those of the document after it (where it comes back).
   */
  readonly finding: Finding;
  readonly decision: Decision;
  /** The decision the id had before (undefined: none); `restore` goes back to it. */
  readonly previous: Decision | undefined;
}

/** The finding the editor is looking at, with its current span. */
export interface ActiveFinding {
  readonly id: string;
  readonly kind: FindingKind;
  readonly from: number;
  readonly to: number;
}

/** `finding` with its offsets (and related span) mapped through `changes`. */
export function mapFinding(finding: Finding, changes: ChangeDesc): Finding {
  const start = changes.mapPos(finding.start, 1);
  const end = Math.max(start, changes.mapPos(finding.end, -1));
  const related = finding.related && mapSpan(finding.related, changes);
  return { ...finding, start, end, ...(related && { related }) };
}

function mapSpan(span: Span, changes: ChangeDesc): Span {
  const start = changes.mapPos(span.start, 1);
  return { start, end: Math.max(start, changes.mapPos(span.end, -1)) };
}

/** Decision changes with their findings mapped through `changes` (for effect mapping). */
export const mapChanges = (list: readonly DecisionChange[], changes: ChangeDesc) =>
  list.map((c) => ({ ...c, finding: mapFinding(c.finding, changes) }));

/** The active finding mapped through `changes`. */
export function mapActive(active: ActiveFinding | null, changes: ChangeDesc): ActiveFinding | null {
  if (!active) return null;
  const from = changes.mapPos(active.from, 1);
  return { ...active, from, to: Math.max(from, changes.mapPos(active.to, -1)) };
}

/** The `related` span of an open finding, kept in a range set so edits map it cheaply. */
export class RelatedSpan extends RangeValue {
  constructor(readonly id: string) {
    super();
  }
  override eq(other: RelatedSpan): boolean {
    return other.id === this.id;
  }
}

export type RelatedSet = RangeSet<RelatedSpan>;

/** The field's value: open findings, their related spans, decisions and the active finding. */
export interface ProofState {
  readonly marks: DecorationSet;
  /** `related` spans of the open findings that have one. */
  readonly related: RelatedSet;
  readonly decisions: ReadonlyMap<string, Decision>;
  /** Number of open findings. */
  readonly open: number;
  readonly active: ActiveFinding | null;
  /**
   * Changes whenever the set of open findings changes (not when edits only move them), so a
   * view of the list can skip rebuilding it while the editor types elsewhere.
   */
  readonly generation: number;
}

/** True for the one decoration per finding whose range is its span (not a marker). */
export const primary = (value: Decoration) => (value.spec as FindingSpec).role === 'primary';
/** The finding spec a findings decoration carries. */
export const specOf = (value: Decoration) => value.spec as FindingSpec;

/** Drops findings whose text `changes` touched (offsets after the change); returns their ids. */
export function dropTouched(
  marks: DecorationSet,
  changes: ChangeDesc,
): [DecorationSet, Set<string>] {
  const touched = new Set<string>();
  let lo = Infinity;
  let hi = -Infinity;
  changes.iterChangedRanges((_fromA, _toA, fromB, toB) => {
    marks.between(fromB, toB, (from, to, value) => {
      if (!primary(value)) return;
      const hit =
        from === to ? fromB <= from && from <= toB : to <= from || (fromB < to && toB > from);
      if (!hit) return;
      touched.add(specOf(value).finding.id);
      lo = Math.min(lo, from);
      hi = Math.max(hi, to);
    });
  });
  return [removeIds(marks, touched, lo, hi), touched];
}

function removeIds(marks: DecorationSet, ids: ReadonlySet<string>, lo: number, hi: number) {
  if (ids.size === 0) return marks;
  return marks.update({
    filter: (_from, _to, value) => !ids.has(specOf(value).finding.id),
    filterFrom: lo,
    filterTo: hi,
  });
}

/** The ids among `ids` that have an open finding in `[lo, hi]` (the whole set by default). */
function presentIds(
  marks: DecorationSet,
  ids: ReadonlySet<string>,
  lo = 0,
  hi = Number.MAX_SAFE_INTEGER,
): Set<string> {
  const present = new Set<string>();
  marks.between(lo, hi, (_from, _to, value) => {
    const id = specOf(value).finding.id;
    if (primary(value) && ids.has(id)) present.add(id);
  });
  return present;
}

/** `related` without the spans of findings in `ids`. */
export function withoutIds(related: RelatedSet, ids: ReadonlySet<string>): RelatedSet {
  return ids.size === 0 || related.size === 0
    ? related
    : related.update({ filter: (_from, _to, value) => !ids.has(value.id) });
}

/** The related spans by finding id. */
export function relatedSpans(related: RelatedSet): Map<string, Span> {
  const spans = new Map<string, Span>();
  for (let it = related.iter(); it.value; it.next()) {
    spans.set(it.value.id, { start: it.from, end: it.to });
  }
  return spans;
}

function build(findings: readonly Finding[], doc: Text, decisions: ReadonlyMap<string, Decision>) {
  const open = findings.filter(
    (f) => decisions.get(f.id) !== 'rejected' && f.end <= doc.length && f.start <= f.end,
  );
  const ranges: Range<Decoration>[] = [];
  const related: Range<RelatedSpan>[] = [];
  for (const f of open) {
    for (const range of findingDecorations(f, doc)) ranges.push(range);
    const span = f.related;
    if (span && span.start <= span.end && span.end <= doc.length) {
      related.push(new RelatedSpan(f.id).range(span.start, span.end));
    }
  }
  return {
    marks: Decoration.set(ranges, true),
    related: RangeSet.of(related, true),
    open: open.length,
  };
}

const sameFinding = (a: Finding, b: Finding) =>
  a.replacement === b.replacement && a.confidence === b.confidence && a.message.en === b.message.en;

/**
 * Replaces the open findings by `findings` (a fresh analysis), touching only what differs: a
 * finding already open with the same id, span and fix stays as it is, so a re-analysis that
 * finds what was already there costs a scan, not a rebuild, and leaves the generation alone.
 */
export function replaceFindings(
  value: ProofState,
  findings: readonly Finding[],
  doc: Text,
): ProofState {
  const current = new Map<string, { from: number; to: number; finding: Finding }>();
  for (let it = value.marks.iter(); it.value; it.next()) {
    if (primary(it.value)) {
      current.set(specOf(it.value).finding.id, {
        from: it.from,
        to: it.to,
        finding: specOf(it.value).finding,
      });
    }
  }
  const kept = new Set<string>();
  const fresh: Finding[] = [];
  for (const f of findings) {
    const open = current.get(f.id);
    if (open && open.from === f.start && open.to === f.end && sameFinding(open.finding, f))
      kept.add(f.id);
    else fresh.push(f);
  }
  const removed = new Set([...current.keys()].filter((id) => !kept.has(id)));
  const added = build(fresh, doc, value.decisions);
  if (removed.size === 0 && added.open === 0) return value;
  const marks = value.marks.update({
    filter: (_from, _to, v) => !removed.has(specOf(v).finding.id),
    add: rangesOf(added.marks),
    sort: true,
  });
  const related = value.related.update({
    filter: (_from, _to, v) => !removed.has(v.id),
    add: rangesOf(added.related),
    sort: true,
  });
  return {
    ...value,
    marks,
    related,
    active: successor(value.active, removed, fresh),
    open: kept.size + added.open,
    generation: value.generation + 1,
  };
}

/**
 * The active finding after a re-analysis: the same one if it stayed, else the fresh finding
 * with the same id or, since ids depend on the surrounding text, with the same span and kind.
 */
function successor(
  active: ActiveFinding | null,
  removed: ReadonlySet<string>,
  fresh: readonly Finding[],
): ActiveFinding | null {
  if (!active || !removed.has(active.id)) return active;
  const same =
    fresh.find((f) => f.id === active.id) ??
    fresh.find((f) => f.start === active.from && f.end === active.to && f.kind === active.kind);
  return same ? { id: same.id, kind: same.kind, from: same.start, to: same.end } : null;
}

/** The open finding at `pos` (its span contains it), as the active one, or null. */
export function findActive(marks: DecorationSet, pos: number): ActiveFinding | null {
  let found: ActiveFinding | null = null;
  marks.between(pos, pos, (from, to, value) => {
    if (!primary(value) || found) return;
    if (from <= pos && (pos < to || from === to))
      found = { id: specOf(value).finding.id, kind: specOf(value).finding.kind, from, to };
  });
  return found;
}

/** Records decisions and removes the decided findings (`list` offsets: before `changes`). */
export function applyDecide(
  value: ProofState,
  list: readonly DecisionChange[],
  changes: ChangeDesc,
): ProofState {
  if (list.length === 0) return value;
  const ids = new Set(list.map((c) => c.finding.id));
  const decisions = new Map(value.decisions);
  for (const c of list) decisions.set(c.finding.id, c.decision);
  const spans = list.map((c) => mapFinding(c.finding, changes));
  const lo = Math.min(...spans.map((s) => s.start));
  const hi = Math.max(...spans.map((s) => s.end));
  const removed = presentIds(value.marks, ids, lo, hi).size;
  const marks = removeIds(value.marks, ids, lo, hi);
  const active = value.active && ids.has(value.active.id) ? null : value.active;
  return {
    ...value,
    marks,
    decisions,
    active,
    related: withoutIds(value.related, ids),
    open: value.open - removed,
    generation: value.generation + 1,
  };
}

/** Gives ids their previous decision back and reopens their findings (offsets: `doc`). */
export function applyRestore(value: ProofState, list: readonly DecisionChange[], doc: Text) {
  const decisions = new Map(value.decisions);
  for (const c of list) {
    if (c.previous) decisions.set(c.finding.id, c.previous);
    else decisions.delete(c.finding.id);
  }
  const present = presentIds(value.marks, new Set(list.map((c) => c.finding.id)));
  const back = list
    .filter((c) => c.previous !== 'rejected' && !present.has(c.finding.id))
    .map((c) => c.finding);
  const added = build(back, doc, decisions);
  const marks = value.marks.update({ add: [...rangesOf(added.marks)], sort: true });
  const related = value.related.update({ add: rangesOf(added.related), sort: true });
  return {
    ...value,
    marks,
    decisions,
    related,
    open: value.open + added.open,
    generation: value.generation + 1,
  };
}

function rangesOf<T extends RangeValue>(set: RangeSet<T>): Range<T>[] {
  const out: Range<T>[] = [];
  for (let it = set.iter(); it.value; it.next()) out.push(it.value.range(it.from, it.to));
  return out;
}

/** The open finding `id` with its current span, or null. O(open findings). */
export function findById(marks: DecorationSet, id: string): ActiveFinding | null {
  for (let it = marks.iter(); it.value; it.next()) {
    if (primary(it.value) && specOf(it.value).finding.id === id) {
      return { id, kind: specOf(it.value).finding.kind, from: it.from, to: it.to };
    }
  }
  return null;
}
