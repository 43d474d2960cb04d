/**
 * The open findings of the issue being proofread, kept inside the editor state so that they move
 * with every edit (as `@codemirror/lint` keeps its diagnostics):
 *
 * - findings live in a DecorationSet (one mark per finding, plus a small widget where the span is
 *   invisible, e.g. the blank lines of a broken paragraph); mapping it through an edit is cheap
 *   for any number of findings, and a finding whose text the edit touched is dropped until the
 *   next analysis says what is there now;
 * - decisions (accepted / rejected, by finding id) sit beside them; a rejected finding is never
 *   shown again, even when a fresh analysis reports it;
 * - decide/restore effects are inverted in the undo history, so undo brings a rejected or
 *   accepted finding back together with its text.
 *
 * Every offset is a UTF-16 code unit into the editor's document (the normalized text).
 */
import { invertedEffects } from '@codemirror/commands';
import {
  StateEffect,
  StateField,
  type ChangeDesc,
  type EditorState,
  type Extension,
  type Range,
  type Text,
} from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { Finding, Span } from '../../../../../core/finding';
import type { Decision } from '../../../../../shared/contract';
import { activeDecorations, findingDecorations, type FindingSpec } from './finding-marks';

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
  readonly from: number;
  readonly to: number;
}

function mapFinding(finding: Finding, changes: ChangeDesc): Finding {
  const start = changes.mapPos(finding.start, 1);
  const end = Math.max(start, changes.mapPos(finding.end, -1));
  const related = finding.related && mapSpan(finding.related, changes);
  return { ...finding, start, end, ...(related && { related }) };
}

function mapSpan(span: Span, changes: ChangeDesc): Span {
  const start = changes.mapPos(span.start, 1);
  return { start, end: Math.max(start, changes.mapPos(span.end, -1)) };
}

const mapChanges = (list: readonly DecisionChange[], changes: ChangeDesc) =>
  list.map((c) => ({ ...c, finding: mapFinding(c.finding, changes) }));

/** Replaces every open finding (a fresh analysis, offsets into the document after the transaction). */
export const setFindings = StateEffect.define<readonly Finding[]>({
  map: (findings, changes) => findings.map((f) => mapFinding(f, changes)),
});

/** Records decisions and removes the decided findings. Inverted into `restore` by the history. */
export const decide = StateEffect.define<readonly DecisionChange[]>({ map: mapChanges });

/** Undoes decisions: the ids get their previous decision back and the findings reappear. */
export const restore = StateEffect.define<readonly DecisionChange[]>({ map: mapChanges });

function mapActive(active: ActiveFinding | null, changes: ChangeDesc): ActiveFinding | null {
  if (!active) return null;
  const from = changes.mapPos(active.from, 1);
  return { id: active.id, from, to: Math.max(from, changes.mapPos(active.to, -1)) };
}

/** Makes a finding the active one (offsets into the document after the transaction), or none. */
export const setActive = StateEffect.define<ActiveFinding | null>({ map: mapActive });

/** The field's value: open findings, their related spans, decisions and the active finding. */
export interface ProofState {
  readonly marks: DecorationSet;
  /** `related` spans of open findings that have one, by id, kept mapped. */
  readonly related: ReadonlyMap<string, Span>;
  readonly decisions: ReadonlyMap<string, Decision>;
  /** Number of open findings. */
  readonly open: number;
  readonly active: ActiveFinding | null;
}

const primary = (value: Decoration) => (value.spec as FindingSpec).role === 'primary';
const specOf = (value: Decoration) => value.spec as FindingSpec;

/** Drops findings whose text `changes` touched (offsets after the change); returns the count. */
function dropTouched(marks: DecorationSet, changes: ChangeDesc): [DecorationSet, Set<string>] {
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

function withoutIds(map: ReadonlyMap<string, Span>, ids: Iterable<string>) {
  const next = new Map(map);
  for (const id of ids) next.delete(id);
  return next;
}

function build(findings: readonly Finding[], doc: Text, decisions: ReadonlyMap<string, Decision>) {
  const open = findings.filter(
    (f) => decisions.get(f.id) !== 'rejected' && f.end <= doc.length && f.start <= f.end,
  );
  const ranges: Range<Decoration>[] = [];
  const related = new Map<string, Span>();
  for (const f of open) {
    ranges.push(...findingDecorations(f, doc));
    if (f.related) related.set(f.id, f.related);
  }
  return { marks: Decoration.set(ranges, true), related, open: open.length };
}

function findActive(marks: DecorationSet, pos: number): ActiveFinding | null {
  let found: ActiveFinding | null = null;
  marks.between(pos, pos, (from, to, value) => {
    if (!primary(value) || found) return;
    if (from <= pos && (pos < to || from === to))
      found = { id: specOf(value).finding.id, from, to };
  });
  return found;
}

function applyDecide(
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
  };
}

function applyRestore(value: ProofState, list: readonly DecisionChange[], doc: Text) {
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
  const related = new Map([...value.related, ...added.related]);
  return { ...value, marks, decisions, related, open: value.open + added.open };
}

function rangesOf(set: DecorationSet): Range<Decoration>[] {
  const out: Range<Decoration>[] = [];
  for (let it = set.iter(); it.value; it.next()) out.push(it.value.range(it.from, it.to));
  return out;
}

export const proofField = StateField.define<ProofState>({
  create: () => ({
    marks: Decoration.none,
    related: new Map(),
    decisions: new Map(),
    open: 0,
    active: null,
  }),
  update(value, tr) {
    let next = value;
    if (tr.docChanged) {
      const [mapped, touched] = dropTouched(value.marks.map(tr.changes), tr.changes);
      const related = new Map<string, Span>();
      for (const [id, span] of withoutIds(value.related, touched))
        related.set(id, mapSpan(span, tr.changes));
      const active =
        value.active && !touched.has(value.active.id) ? mapActive(value.active, tr.changes) : null;
      next = { ...value, marks: mapped, related, open: value.open - touched.size, active };
    }
    let activeSet = false;
    for (const effect of tr.effects) {
      if (effect.is(setFindings)) {
        const built = build(effect.value, tr.newDoc, next.decisions);
        const keep = next.active && findById(built.marks, next.active.id);
        next = { ...next, ...built, active: keep ?? null };
      } else if (effect.is(decide)) next = applyDecide(next, effect.value, tr.changes);
      else if (effect.is(restore)) next = applyRestore(next, effect.value, tr.newDoc);
      else if (effect.is(setActive)) {
        next = { ...next, active: effect.value };
        activeSet = true;
      }
    }
    if (tr.selection && !activeSet) {
      const head = tr.selection.main.head;
      const at = findActive(next.marks, head);
      if (at || !next.active || head < next.active.from || head > next.active.to) {
        next = { ...next, active: at };
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field, (value) => value.marks),
});

function findById(marks: DecorationSet, id: string): ActiveFinding | null {
  for (let it = marks.iter(); it.value; it.next()) {
    if (primary(it.value) && specOf(it.value).finding.id === id) {
      return { id, from: it.from, to: it.to };
    }
  }
  return null;
}

/** Undo and redo carry decisions: a decide is undone by a restore and the other way round. */
const decisionHistory = invertedEffects.of((tr) => {
  const inverted: StateEffect<unknown>[] = [];
  for (const effect of tr.effects) {
    if (effect.is(decide)) inverted.push(restore.of(effect.value));
    else if (effect.is(restore)) inverted.push(decide.of(effect.value));
  }
  return inverted;
});

const activeHighlight = EditorView.decorations.compute([proofField], (state) => {
  const active = state.field(proofField).active;
  return active
    ? Decoration.set(activeDecorations(state.doc, active.from, active.to), true)
    : Decoration.none;
});

/** The findings field, the active finding's highlight, and decisions in the undo history. */
export const findingsExtension: Extension = [proofField, activeHighlight, decisionHistory];

/** The open findings in document order, with their current offsets. */
export function openFindings(state: EditorState): Finding[] {
  const { marks, related } = state.field(proofField);
  const out: Finding[] = [];
  for (let it = marks.iter(); it.value; it.next()) {
    if (!primary(it.value)) continue;
    const f = specOf(it.value).finding;
    const span = related.get(f.id);
    out.push({ ...f, start: it.from, end: it.to, ...(span && { related: span }) });
  }
  return out;
}

/** The open finding with `id`, with its current offsets, or undefined. */
export function openFinding(state: EditorState, id: string): Finding | undefined {
  const { marks, related } = state.field(proofField);
  const at = findById(marks, id);
  if (!at) return undefined;
  let finding: Finding | undefined;
  marks.between(at.from, at.to, (from, to, value) => {
    if (!finding && primary(value) && specOf(value).finding.id === id && from === at.from) {
      finding = specOf(value).finding;
    }
  });
  if (!finding) return undefined;
  const span = related.get(id);
  return { ...finding, start: at.from, end: at.to, ...(span && { related: span }) };
}

/** The decisions recorded so far (those loaded with the issue and those made since). */
export function decisionsOf(state: EditorState): ReadonlyMap<string, Decision> {
  return state.field(proofField).decisions;
}

/** Number of open findings. */
export function openCount(state: EditorState): number {
  return state.field(proofField).open;
}

/** The active finding (offsets current), or null. */
export function activeFinding(state: EditorState): ActiveFinding | null {
  return state.field(proofField).active;
}

/** Loads decisions recorded earlier (from `issue.open`) into a fresh state's field. */
export function withDecisions(decisions: Readonly<Record<string, Decision>>): Extension {
  return proofField.init(() => ({
    marks: Decoration.none,
    related: new Map(),
    decisions: new Map(Object.entries(decisions)),
    open: 0,
    active: null,
  }));
}
