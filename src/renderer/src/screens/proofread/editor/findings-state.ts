/**
 * The open findings of the issue being proofread, kept inside the editor state so that they move
 * with every edit (as `@codemirror/lint` keeps its diagnostics):
 *
 * - findings live in a range set (one light value per finding); mapping it through an edit is
 *   cheap for any number of findings, and a finding whose text the edit touched is dropped until
 *   the next analysis says what is there now; only the visible ones are drawn;
 * - decisions (accepted / rejected, by finding id) sit beside them; a rejected finding is never
 *   shown again, even when a fresh analysis reports it;
 * - decide/restore effects are inverted in the undo history, so undo brings a rejected or
 *   accepted finding back together with its text.
 *
 * Every offset is a UTF-16 code unit into the editor's document (the normalized text).
 * The transitions themselves are in proof-state.ts.
 */
import { invertedEffects } from '@codemirror/commands';
import { StateEffect, StateField, type EditorState, type Extension } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  ViewPlugin,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';
import type { Finding, FindingKind, Span } from '../../../../../core/finding';
import type { Decision } from '../../../../../shared/contract';
import { activeDecorations, visibleFindingDecorations } from './finding-marks';
import {
  applyDecide,
  applyEdit,
  applyRestore,
  dropOpen,
  emptyProofState,
  findActive,
  locate,
  mapActive,
  mapChanges,
  mapFinding,
  openedProofState,
  relatedSpans,
  replaceFindings,
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

/** The open findings, decisions and active finding of the editor's text. */
export const proofField = StateField.define<ProofState>({
  create: () => emptyProofState(),
  update(value, tr) {
    // Findings decided by this transaction go before its changes are mapped: mapping a range
    // set costs its size times the changes, and a batch of 17,000 fixes would map each of the
    // 17,000 findings it removes through all 17,000 changes.
    let next = tr.docChanged ? applyEdit(withoutDecided(value, tr.effects), tr.changes) : value;
    let activeSet = false;
    for (const effect of tr.effects) {
      if (effect.is(setFindings)) next = replaceFindings(next, effect.value, tr.newDoc);
      else if (effect.is(decide)) next = applyDecide(next, effect.value, tr.changes, tr.newDoc);
      else if (effect.is(restore)) next = applyRestore(next, effect.value, tr.newDoc);
      else if (effect.is(setActive)) {
        next = { ...next, active: effect.value };
        activeSet = true;
      }
    }
    if (tr.selection && !activeSet) {
      // The cursor moved into a finding (or out of the active one): it becomes the active one.
      const head = tr.selection.main.head;
      const at = findActive(next.items, head);
      if (at || !next.active || head < next.active.from || head > next.active.to) {
        next = { ...next, active: at };
      }
    }
    return next;
  },
});

/** `value` without the open findings that `effects` decide (their text is about to change). */
function withoutDecided(value: ProofState, effects: readonly StateEffect<unknown>[]): ProofState {
  const ids = new Set<string>();
  for (const effect of effects) {
    if (effect.is(decide)) for (const c of effect.value) ids.add(c.finding.id);
  }
  return ids.size === 0 ? value : dropOpen(value, ids);
}

/** Draws the findings of the visible part of the text (recomputed as it scrolls or changes). */
const findingHighlighter = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = visibleFindingDecorations(view, view.state.field(proofField).items);
    }
    update(update: ViewUpdate) {
      const items = update.state.field(proofField).items;
      if (update.viewportChanged || items !== update.startState.field(proofField).items) {
        this.decorations = visibleFindingDecorations(update.view, items);
      }
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

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

/** The findings field, its drawing, the active finding's highlight, and decisions in history. */
export const findingsExtension: Extension = [
  proofField,
  findingHighlighter,
  activeHighlight,
  decisionHistory,
];

/** The open findings in document order, with their current offsets. */
export function openFindings(state: EditorState): Finding[] {
  const { items } = state.field(proofField);
  const related = relatedSpans(state.field(proofField).related);
  const out: Finding[] = [];
  for (let it = items.iter(); it.value; it.next()) {
    out.push(atSpan(it.value.finding, it.from, it.to, related.get(it.value.finding.id)));
  }
  return out;
}

/** `f` at `[from, to)` with related span `span`; `f` itself when nothing moved. */
function atSpan(f: Finding, from: number, to: number, span: Span | undefined): Finding {
  const moved =
    from !== f.start ||
    to !== f.end ||
    (span !== undefined && (span.start !== f.related?.start || span.end !== f.related.end));
  return moved ? { ...f, start: from, end: to, ...(span && { related: span }) } : f;
}

/** The open finding with `id`, with its current offsets, or undefined. */
export function openFinding(state: EditorState, id: string): Finding | undefined {
  const { items, related } = state.field(proofField);
  const at = locate(items, id);
  if (!at) return undefined;
  const span = relatedSpans(related).get(id);
  return { ...at.item.finding, start: at.from, end: at.to, ...(span && { related: span }) };
}

/** The decisions recorded so far (those loaded with the issue and those made since). */
export function decisionsOf(state: EditorState): ReadonlyMap<string, Decision> {
  return state.field(proofField).decisions;
}

/** Number of open findings. */
export function openCount(state: EditorState): number {
  return state.field(proofField).items.size;
}

/** Changes whenever the set of open findings changes (see `ProofState.generation`). */
export function findingsGeneration(state: EditorState): number {
  return state.field(proofField).generation;
}

/** The active finding (offsets current), or null. */
export function activeFinding(state: EditorState): ActiveFinding | null {
  return state.field(proofField).active;
}

/**
 * Loads decisions recorded earlier and the findings of the text as opened (both from
 * `issue.open`; offsets into the initial document) into a fresh state's field.
 */
export function withDecisions(
  decisions: Readonly<Record<string, Decision>>,
  findings: readonly Finding[] = [],
): Extension {
  return proofField.init((state) =>
    openedProofState(new Map(Object.entries(decisions)), findings, state.doc),
  );
}

/** The open findings of `kinds` in document order, with their current offsets. */
export function openFindingsOfKinds(
  state: EditorState,
  kinds: ReadonlySet<FindingKind>,
): Finding[] {
  const { items, related } = state.field(proofField);
  const out: Finding[] = [];
  let spans: Map<string, Span> | null = null;
  for (let it = items.iter(); it.value; it.next()) {
    const f = it.value.finding;
    if (!kinds.has(f.kind)) continue;
    spans ??= relatedSpans(related);
    out.push(atSpan(f, it.from, it.to, spans.get(f.id)));
  }
  return out;
}
