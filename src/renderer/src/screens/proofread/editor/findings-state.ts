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
 * The transitions themselves are in proof-state.ts.
 */
import { invertedEffects } from '@codemirror/commands';
import {
  RangeSet,
  StateEffect,
  StateField,
  type EditorState,
  type Extension,
} from '@codemirror/state';
import { Decoration, EditorView } from '@codemirror/view';
import type { Finding } from '../../../../../core/finding';
import type { Decision } from '../../../../../shared/contract';
import { activeDecorations } from './finding-marks';
import {
  applyDecide,
  applyRestore,
  dropTouched,
  findActive,
  findById,
  mapActive,
  mapChanges,
  mapFinding,
  primary,
  relatedSpans,
  replaceFindings,
  specOf,
  withoutIds,
  type ActiveFinding,
  type DecisionChange,
  type ProofState,
} from './proof-state';

export type { ActiveFinding, DecisionChange, ProofState } from './proof-state';

/** Replaces every open finding (a fresh analysis, offsets into the document after the transaction). */
export const setFindings = StateEffect.define<readonly Finding[]>({
  map: (findings, changes) => findings.map((f) => mapFinding(f, changes)),
});

/** Records decisions and removes the decided findings. Inverted into `restore` by the history. */
export const decide = StateEffect.define<readonly DecisionChange[]>({ map: mapChanges });

/** Undoes decisions: the ids get their previous decision back and the findings reappear. */
export const restore = StateEffect.define<readonly DecisionChange[]>({ map: mapChanges });

/** Makes a finding the active one (offsets into the document after the transaction), or none. */
export const setActive = StateEffect.define<ActiveFinding | null>({ map: mapActive });

export const proofField = StateField.define<ProofState>({
  create: () => ({
    marks: Decoration.none,
    related: RangeSet.empty,
    decisions: new Map(),
    open: 0,
    active: null,
    generation: 0,
  }),
  update(value, tr) {
    let next = value;
    if (tr.docChanged) {
      const [mapped, touched] = dropTouched(value.marks.map(tr.changes), tr.changes);
      const related = withoutIds(value.related.map(tr.changes), touched);
      const active =
        value.active && !touched.has(value.active.id) ? mapActive(value.active, tr.changes) : null;
      next = {
        ...value,
        marks: mapped,
        related,
        open: value.open - touched.size,
        active,
        generation: value.generation + (touched.size > 0 ? 1 : 0),
      };
    }
    let activeSet = false;
    for (const effect of tr.effects) {
      if (effect.is(setFindings)) next = replaceFindings(next, effect.value, tr.newDoc);
      else if (effect.is(decide)) next = applyDecide(next, effect.value, tr.changes);
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
  const { marks } = state.field(proofField);
  const related = relatedSpans(state.field(proofField).related);
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
  const span = relatedSpans(related).get(id);
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

/** Changes whenever the set of open findings changes (see `ProofState.generation`). */
export function findingsGeneration(state: EditorState): number {
  return state.field(proofField).generation;
}

/** The active finding (offsets current), or null. */
export function activeFinding(state: EditorState): ActiveFinding | null {
  return state.field(proofField).active;
}

/** Loads decisions recorded earlier (from `issue.open`) into a fresh state's field. */
export function withDecisions(decisions: Readonly<Record<string, Decision>>): Extension {
  return proofField.init(() => ({
    marks: Decoration.none,
    related: RangeSet.empty,
    decisions: new Map(Object.entries(decisions)),
    open: 0,
    active: null,
    generation: 0,
  }));
}
