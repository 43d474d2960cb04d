/**
 * Accepting and rejecting findings as editor transactions. Accepting applies the fixes as one
 * change (so one undo takes it back, decisions included); rejecting only records decisions.
 * A duplicate paragraph comes as a pair (drop the later copy, or the earlier): accepting one
 * rejects its alternative, so exactly one copy stays.
 */
import { isolateHistory } from '@codemirror/commands';
import { Transaction, type EditorState, type TransactionSpec } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { conflictingDuplicates } from '../../../../core/detectors/duplicate-paragraph';
import { compareSpans, type Finding } from '../../../../core/finding';
import {
  decide,
  decisionsOf,
  openFindings,
  setActive,
  type DecisionChange,
} from './editor/findings-state';

/**
 * The findings of `candidates` that can be applied together: document order, a finding that
 * overlaps (or touches at a point) one already taken is left out, as core's `applyFindings`
 * resolves overlaps; safe duplicates go before suggested ones, and a duplicate whose kept copy
 * another taken duplicate drops is left out.
 */
export function compatibleFindings(
  candidates: readonly Finding[],
  all: readonly Finding[],
): { taken: Finding[]; conflicts: Finding[] } {
  const order = [...candidates].sort((a, b) =>
    a.confidence === b.confidence ? 0 : a.confidence === 'safe' ? -1 : 1,
  );
  // Taken spans never overlap, so sorted by start they are sorted by end too: a clash is found
  // by binary search among a few neighbours instead of a scan of every span taken so far.
  const taken: Finding[] = [];
  const excluded = new Set<string>();
  const conflicts = new Map<string, Finding>();
  for (const f of order) {
    if (excluded.has(f.id)) continue;
    if (clashesFrom(taken, firstEndingAtOrAfter(taken, f.start), f)) continue;
    taken.splice(firstStartingAfter(taken, f.start), 0, f);
    for (const other of conflictingDuplicates(f, all)) {
      excluded.add(other.id);
      conflicts.set(other.id, other);
    }
  }
  taken.sort(compareSpans);
  const kept = new Set(taken.map((f) => f.id));
  return { taken, conflicts: [...conflicts.values()].filter((c) => !kept.has(c.id)) };
}

/** The index of the first span of `sorted` (no overlaps, by start) whose end is ≥ `pos`. */
function firstEndingAtOrAfter(sorted: readonly Finding[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first span of `sorted` whose start is > `pos`. */
function firstStartingAfter(sorted: readonly Finding[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `f` overlaps (or touches at a point) a span of `sorted` from index `at` on. */
function clashesFrom(sorted: readonly Finding[], at: number, f: Finding): boolean {
  for (let i = at; i < sorted.length && sorted[i].start <= f.end; i++) {
    const t = sorted[i];
    if (
      (f.start < t.end && t.start < f.end) ||
      (f.start === f.end && t.start <= f.start && f.start <= t.end) ||
      (t.start === t.end && f.start <= t.start && t.start <= f.end)
    ) {
      return true;
    }
  }
  return false;
}

function change(
  state: EditorState,
  finding: Finding,
  decision: DecisionChange['decision'],
): DecisionChange {
  return { finding, decision, previous: decisionsOf(state).get(finding.id) };
}

/** The finding after `from` (document order, wrapping), skipping `skip`; undefined if none. */
function nextAfter(all: readonly Finding[], from: number, skip: ReadonlySet<string>) {
  const rest = all.filter((f) => !skip.has(f.id));
  return rest.find((f) => f.start >= from) ?? rest[0];
}

/**
 * The transaction that accepts `findings` (those that fit together), rejects the duplicates they
 * conflict with, and makes the next open finding active. Null when nothing applies.
 */
export function acceptSpec(
  state: EditorState,
  findings: readonly Finding[],
): TransactionSpec | null {
  const all = openFindings(state);
  const { taken, conflicts } = compatibleFindings(findings, all);
  if (taken.length === 0) return null;
  // A confirmation (the replacement is the text itself: a low-confidence word checked against
  // the scan) is only a decision, not an edit.
  const changes = state.changes(
    taken
      .filter((f) => state.sliceDoc(f.start, f.end) !== f.replacement)
      .map((f) => ({ from: f.start, to: f.end, insert: f.replacement })),
  );
  const decided = new Set([...taken, ...conflicts].map((f) => f.id));
  const next = nextAfter(all, taken[0].start, decided);
  const nextFrom = next && changes.mapPos(next.start, 1);
  return {
    changes,
    effects: [
      decide.of([
        ...taken.map((f) => change(state, f, 'accepted')),
        ...conflicts.map((f) => change(state, f, 'rejected')),
      ]),
      setActive.of(
        next && nextFrom !== undefined
          ? {
              id: next.id,
              kind: next.kind,
              from: nextFrom,
              to: Math.max(nextFrom, changes.mapPos(next.end, -1)),
            }
          : null,
      ),
      ...(nextFrom !== undefined ? [EditorView.scrollIntoView(nextFrom, { y: 'center' })] : []),
    ],
    selection: nextFrom !== undefined ? { anchor: nextFrom } : undefined,
    annotations: [isolateHistory.of('full'), Transaction.userEvent.of('input.finding.accept')],
  };
}

/** The transaction that rejects `findings` and makes the next open finding active. */
export function rejectSpec(
  state: EditorState,
  findings: readonly Finding[],
): TransactionSpec | null {
  if (findings.length === 0) return null;
  const all = openFindings(state);
  const decided = new Set(findings.map((f) => f.id));
  const first = findings.reduce((min, f) => Math.min(min, f.start), Infinity);
  const next = nextAfter(all, first, decided);
  return {
    effects: [
      decide.of(findings.map((f) => change(state, f, 'rejected'))),
      setActive.of(next ? { id: next.id, kind: next.kind, from: next.start, to: next.end } : null),
      ...(next ? [EditorView.scrollIntoView(next.start, { y: 'center' })] : []),
    ],
    selection: next ? { anchor: next.start } : undefined,
    annotations: [isolateHistory.of('full'), Transaction.userEvent.of('input.finding.reject')],
  };
}
