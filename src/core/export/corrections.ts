/**
 * The correction report: every change from the imported version to the exported one, with the
 * kind of defect it fixed.
 *
 * Each hunk of the diff is attributed, in this order, to: a finding of the original text whose
 * edit covers it; a finding of an intermediate text (the original with the safe fixes of the
 * earlier passes applied, as a clean does), mapped back to the original; the shape of the change
 * itself (a paragraph break removed, a half-width mark made full-width, a doubled phrase cut…);
 * and otherwise a manual edit.
 */
import { analyseText } from '../analyse';
import { applyFindings } from '../changes/apply';
import type { ChangeSet } from '../changes/changeset';
import { FINDING_KINDS, type Finding, type FindingKind } from '../finding';
import { hunksBetween, type Hunk } from './hunks';
import { kindFromShape } from './shape';

export type CorrectionKind = FindingKind | 'manual-edit';

export interface Correction {
  readonly kind: CorrectionKind;
  /** Text of the original that was replaced ('' for an insertion). */
  readonly before: string;
  /** Text put in its place ('' for a deletion). */
  readonly after: string;
  /** UTF-16 offsets into the normalized original; `start === end` for an insertion. */
  readonly start: number;
  readonly end: number;
  /** 1-based line of `start` in the normalized original. */
  readonly line: number;
  /** The finding that explains the change, when one does. */
  readonly findingId?: string;
  /** Up to 12 characters of the original on each side, for the reader. */
  readonly context: { readonly before: string; readonly after: string };
}

/** Passes of re-analysis tried for changes no finding of the original explains (as cleanText). */
const PASSES = 3;
const CONTEXT = 12;

/** Lists and attributes every change from `original` to `exported`, in original order. */
export function buildCorrectionReport(original: string, exported: string): Correction[] {
  const { cmp, hunks } = hunksBetween(original, exported);
  const text = cmp.oldDoc.text;
  const kinds = new Array<{ kind: CorrectionKind; findingId?: string } | undefined>(hunks.length);
  if (hunks.length > 0) attributeByFindings(text, hunks, kinds);
  const lineStarts = lineStartsOf(text);
  return hunks.map((h, i) => {
    const k = kinds[i] ?? { kind: kindFromShape(text, h) ?? 'manual-edit' };
    return {
      kind: k.kind,
      before: h.before,
      after: h.after,
      start: h.start,
      end: h.end,
      line: lineOf(lineStarts, h.start),
      ...(k.findingId ? { findingId: k.findingId } : {}),
      context: {
        before: text.slice(Math.max(0, h.start - CONTEXT), h.start),
        after: text.slice(h.end, h.end + CONTEXT),
      },
    };
  });
}

/** A finding's effect as a minimal edit in original coordinates. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
  readonly finding: Finding;
}

function attributeByFindings(
  original: string,
  hunks: readonly Hunk[],
  kinds: ({ kind: CorrectionKind; findingId?: string } | undefined)[],
): void {
  let text = original;
  let toOriginal: ChangeSet | undefined; // maps the current pass's text back to the original
  let composed: ChangeSet | undefined; // original → current text
  for (let pass = 0; pass < PASSES; pass++) {
    const { findings } = analyseText(text);
    const edits = findings.map((f) => minimalEdit(text, f, toOriginal));
    hunks.forEach((h, i) => {
      if (kinds[i]) return;
      const edit = bestEdit(h, edits);
      if (edit) kinds[i] = { kind: edit.finding.kind, findingId: edit.finding.id };
    });
    if (kinds.every((k) => k !== undefined)) return;
    const safe = findings.filter((f) => f.confidence === 'safe');
    if (safe.length === 0) return;
    const next = applyFindings(text, safe);
    composed = composed ? composed.compose(next.changes) : next.changes;
    toOriginal = composed.invert(original);
    text = next.text;
  }
}

/** The finding's replacement without the prefix and suffix it keeps, in original offsets. */
function minimalEdit(text: string, f: Finding, toOriginal: ChangeSet | undefined): Edit {
  const covered = text.slice(f.start, f.end);
  const repl = f.replacement;
  let pre = 0;
  while (pre < covered.length && pre < repl.length && covered[pre] === repl[pre]) pre++;
  let suf = 0;
  while (
    suf < covered.length - pre &&
    suf < repl.length - pre &&
    covered[covered.length - 1 - suf] === repl[repl.length - 1 - suf]
  ) {
    suf++;
  }
  let start = f.start + pre;
  let end = f.end - suf;
  if (toOriginal) {
    start = toOriginal.mapPos(start, -1);
    end = Math.max(start, toOriginal.mapPos(end, 1));
  }
  return { start, end, insert: repl.slice(pre, repl.length - suf), finding: f };
}

/**
 * The edit that explains a hunk: an exact match first, then one overlapping it (an insertion
 * counts when it touches), the earlier-listed kind winning ties.
 */
function bestEdit(h: Hunk, edits: readonly Edit[]): Edit | undefined {
  let best: Edit | undefined;
  let bestScore = 0;
  for (const e of edits) {
    let score = 0;
    if (e.start === h.start && e.end === h.end && e.insert === h.after) score = 3;
    else if (e.start < h.end && h.start < e.end) score = 2;
    else if ((e.start === e.end || h.start === h.end) && e.start <= h.end && h.start <= e.end) {
      score = 1;
    }
    if (
      score > bestScore ||
      (score === bestScore &&
        best &&
        score > 0 &&
        FINDING_KINDS.indexOf(e.finding.kind) < FINDING_KINDS.indexOf(best.finding.kind))
    ) {
      best = e;
      bestScore = score;
    }
  }
  return bestScore > 0 ? best : undefined;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line containing `pos`. */
function lineOf(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
