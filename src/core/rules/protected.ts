/**
 * Protected terms: names and terms no detector may change. Their occurrences are found with
 * one Aho-Corasick pass; a finding whose edit touches an occurrence is dropped.
 *
 * "Touches" is judged on the finding's effective edit — its span with the prefix and suffix it
 * shares with its replacement trimmed off (a finding that rewrites "进人" as "进入" edits only
 * "人"):
 * - an edit that replaces or inserts characters touches every occurrence it overlaps (an
 *   insertion: every occurrence it falls strictly inside);
 * - a pure deletion touches an occurrence it cuts into, but not one it removes whole (dropping
 *   a duplicated paragraph that names a protected person does not change the name).
 */
import { AhoCorasick } from './aho-corasick';

/** An occurrence of a protected term, UTF-16 offsets into the text, end exclusive. */
export interface ProtectedSpan {
  readonly start: number;
  readonly end: number;
}

/** A proposed edit: `[start, end)` of the text becomes `replacement`. */
export interface ProposedEdit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

export class ProtectedTerms {
  readonly terms: readonly string[];
  private readonly automaton: AhoCorasick;

  constructor(terms: readonly string[]) {
    this.terms = terms;
    this.automaton = AhoCorasick.build(terms);
  }

  /** Every occurrence of every term in `text`, sorted by start then end (overlaps kept). */
  spans(text: string): ProtectedSpan[] {
    return this.spansIn(text, 0, text.length);
  }

  /** The occurrences lying inside `[from, to)` of `text`, sorted as `spans` sorts them. */
  spansIn(text: string, from: number, to: number): ProtectedSpan[] {
    if (this.terms.length === 0) return [];
    const out: ProtectedSpan[] = [];
    this.automaton.forEachMatch(text, (_pattern, start, end) => out.push({ start, end }), from, to);
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

/** The span an edit really changes: its span minus the prefix and suffix kept as they are. */
export function effectiveEdit(text: string, edit: ProposedEdit): ProposedEdit {
  const covered = text.slice(edit.start, edit.end);
  const r = edit.replacement;
  const limit = Math.min(covered.length, r.length);
  let p = 0;
  while (p < limit && covered.charCodeAt(p) === r.charCodeAt(p)) p++;
  let q = 0;
  while (
    q < limit - p &&
    covered.charCodeAt(covered.length - 1 - q) === r.charCodeAt(r.length - 1 - q)
  ) {
    q++;
  }
  return { start: edit.start + p, end: edit.end - q, replacement: r.slice(p, r.length - q) };
}

/**
 * True when `edit` would change an occurrence in `spans` (sorted by start; see the module
 * comment). `longest` (the longest span's length) lets the search skip to the spans near the
 * edit.
 */
export function touchesProtected(
  text: string,
  edit: ProposedEdit,
  spans: readonly ProtectedSpan[],
  longest = Number.POSITIVE_INFINITY,
): boolean {
  if (spans.length === 0) return false;
  const e = effectiveEdit(text, edit);
  if (e.start === e.end && e.replacement.length === 0) return false; // no change at all
  let lo = 0;
  let hi = spans.length;
  const from = e.start - longest;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length; i++) {
    const span = spans[i];
    if (span.start >= Math.max(e.end, e.start + 1)) break;
    if (e.start === e.end) {
      if (span.start < e.start && e.start < span.end) return true;
      continue;
    }
    if (!(e.start < span.end && span.start < e.end)) continue;
    const removesWhole = e.replacement.length === 0 && e.start <= span.start && span.end <= e.end;
    if (!removesWhole) return true;
  }
  return false;
}
