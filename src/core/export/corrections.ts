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

/** What the report knows of the editor's decisions. */
export interface CorrectionReportOptions {
  /**
   * Ids of findings the editor rejected: a change inside a rejected suggestion's span is the
   * editor's own (a hand edit), never credited to that suggestion.
   */
  readonly rejected?: ReadonlySet<string>;
}

/**
 * Lists and attributes every change from `original` to `exported`, in original order. Hand
 * edits close together in one paragraph (a few characters apart) are one correction.
 */
export function buildCorrectionReport(
  original: string,
  exported: string,
  options: CorrectionReportOptions = {},
): Correction[] {
  const { cmp, hunks } = hunksBetween(original, exported);
  const text = cmp.oldDoc.text;
  const pieces: Piece[] = hunks.map((h) => ({ ...h }));
  const rejected = options.rejected ?? new Set<string>();
  const attributed = pieces.length > 0 ? attributeByFindings(text, pieces, rejected) : pieces;
  const kinded = attributed.map((p) => ({
    ...p,
    kind: p.kind ?? kindFromShape(text, p) ?? ('manual-edit' as const),
  }));
  const lineStarts = lineStartsOf(text);
  return joinHandEdits(text, kinded).map((p) => ({
    kind: p.kind,
    before: p.before,
    after: p.after,
    start: p.start,
    end: p.end,
    line: lineOf(lineStarts, p.start),
    ...(p.findingId ? { findingId: p.findingId } : {}),
    context: {
      before: text.slice(Math.max(0, p.start - CONTEXT), p.start),
      after: text.slice(p.end, p.end + CONTEXT),
    },
  }));
}

/** Hand edits at most this many unchanged characters apart in one paragraph are one correction. */
const JOIN_GAP = CONTEXT;
const PARAGRAPH_BREAK = /\n\s*\n/;

/** Consecutive hand edits of one paragraph, close together, as one (the text between included). */
function joinHandEdits<P extends Hunk & { kind: CorrectionKind; findingId?: string }>(
  text: string,
  pieces: readonly P[],
): P[] {
  const out: P[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    const gap = last ? text.slice(last.end, p.start) : '';
    if (
      last &&
      last.kind === 'manual-edit' &&
      p.kind === 'manual-edit' &&
      p.start - last.end <= JOIN_GAP &&
      !PARAGRAPH_BREAK.test(gap + last.before + p.before)
    ) {
      out[out.length - 1] = {
        ...last,
        end: p.end,
        before: last.before + gap + p.before,
        after: last.after + gap + p.after,
      };
    } else out.push(p);
  }
  return out;
}

/** A hunk, or part of one, with the finding that explains it once known. */
interface Piece extends Hunk {
  kind?: FindingKind;
  findingId?: string;
}

/** A finding's effect as a minimal edit in original coordinates. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
  readonly finding: Finding;
}

/**
 * Attributes pieces to findings pass by pass (see the module comment). A hunk that merges a
 * finding's fix with a neighbouring edit (a diff joins adjacent changes) is split where the
 * finding's edit ends, so the fix and the other edit are reported apart.
 */
function attributeByFindings(
  original: string,
  hunks: Piece[],
  rejected: ReadonlySet<string>,
): Piece[] {
  let pieces = hunks;
  let text = original;
  let composed: ChangeSet | undefined; // original → the current pass's text
  for (let pass = 0; pass < PASSES; pass++) {
    const findings = analyseText(text).findings.filter((f) => !rejected.has(f.id));
    const toOriginal = composed?.invert(original);
    const edits = findings
      .map((f) => minimalEdit(text, f, toOriginal))
      .sort(
        (a, b) => FINDING_KINDS.indexOf(a.finding.kind) - FINDING_KINDS.indexOf(b.finding.kind),
      );
    pieces = pieces.flatMap((p) => (p.kind ? [p] : explain(p, edits)));
    if (pieces.every((p) => p.kind)) break;
    const safe = findings.filter((f) => f.confidence === 'safe');
    if (safe.length === 0) break;
    const next = applyFindings(text, safe);
    composed = composed ? composed.compose(next.changes) : next.changes;
    text = next.text;
  }
  return pieces;
}

/** The piece attributed, or split into an attributed part and the rest (explained in turn). */
function explain(p: Piece, edits: readonly Edit[]): Piece[] {
  // An exact match first; otherwise the narrowest edit that contains the piece.
  let best = edits.find((e) => e.start === p.start && e.end === p.end && e.insert === p.after);
  for (const e of best ? [] : edits) {
    // Inside the edit, and writing what the edit writes (not a hand edit in its span).
    const inside =
      e.start < e.end && e.start <= p.start && p.end <= e.end && e.insert.includes(p.after);
    if (inside && (!best || e.end - e.start < best.end - best.start)) best = e;
  }
  if (best) return [{ ...p, kind: best.finding.kind, findingId: best.finding.id }];
  for (const e of edits) {
    const part = peel(p, e);
    if (!part) continue;
    const rest = explain(part.rest, edits);
    return part.fixAtEnd ? [...rest, part.fix] : [part.fix, ...rest];
  }
  return [p];
}

/** Splits off the end or start of `p` that edit `e` accounts for exactly, if it does. */
function peel(p: Piece, e: Edit): { fix: Piece; rest: Piece; fixAtEnd: boolean } | undefined {
  if (e.start < p.start || e.end > p.end || e.insert.length > p.after.length) return undefined;
  const tag = { kind: e.finding.kind, findingId: e.finding.id };
  const covered = p.before.slice(e.start - p.start, e.end - p.start);
  if (e.end === p.end && p.after.endsWith(e.insert) && p.before.endsWith(covered)) {
    const rest = {
      ...p,
      end: e.start,
      before: p.before.slice(0, e.start - p.start),
      after: p.after.slice(0, p.after.length - e.insert.length),
    };
    if (rest.before || rest.after) {
      const fix = { ...p, ...tag, start: e.start, before: covered, after: e.insert };
      return { fix, rest, fixAtEnd: true };
    }
  }
  if (e.start === p.start && p.after.startsWith(e.insert)) {
    const rest = {
      ...p,
      start: e.end,
      before: p.before.slice(e.end - p.start),
      after: p.after.slice(e.insert.length),
    };
    if (rest.before || rest.after) {
      const fix = { ...p, ...tag, end: e.end, before: covered, after: e.insert };
      return { fix, rest, fixAtEnd: false };
    }
  }
  return undefined;
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
