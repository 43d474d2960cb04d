/**
 * Trying one rule on a text before saving it (the Rules screen's "test against the open
 * issue"): every hit with a little context, so the editor sees what the rule would do.
 */
import { createDocument } from '../document/document';
import { FormulationMatcher } from './formulations';
import { ProtectedTerms, touchesProtected } from './protected';
import { ReplacementMatcher, type MatcherOptions } from './replacements';
import type { Formulation, ProtectedTerm, ReplacementRule } from './types';

/** Characters of context shown on each side of a hit. */
const CONTEXT = 12;

/** One hit of a rule on a text; offsets are UTF-16 code units into the normalized text. */
export interface RulePreview {
  readonly start: number;
  readonly end: number;
  /** The text the rule matched. */
  readonly found: string;
  /**
   * What the hit would become: a replacement's right text, a formulation's exact phrase for a
   * near miss; null for a protected term or an exact formulation (nothing changes).
   */
  readonly replacement: string | null;
  /** Up to 12 characters before and after the hit. */
  readonly before: string;
  readonly after: string;
}

/** The rule to try: one entry of a rule list, with its kind. */
export type RuleUnderTest =
  | { readonly kind: 'replacement'; readonly rule: ReplacementRule }
  | { readonly kind: 'protected'; readonly rule: ProtectedTerm }
  | { readonly kind: 'formulation'; readonly rule: Formulation };

/**
 * Every hit of one validated rule on `raw` (normalized first), in text order, at most `limit`.
 * `options.protectedTerms` (the list's protected terms) apply as in an analysis: a change that
 * would touch one is left out, so the test shows what Proofread will propose. `options` run a
 * regex rule as an analysis would (in a worker with a time budget, in the main process).
 */
export function previewRule(
  test: RuleUnderTest,
  raw: string,
  limit = 1000,
  options: MatcherOptions & { readonly protectedTerms?: readonly string[] } = {},
): RulePreview[] {
  const doc = createDocument(raw);
  const text = doc.text;
  const hit = (start: number, end: number, replacement: string | null): RulePreview => ({
    start,
    end,
    found: text.slice(start, end),
    replacement,
    before: text.slice(Math.max(0, start - CONTEXT), start),
    after: text.slice(end, end + CONTEXT),
  });
  let hits: RulePreview[];
  switch (test.kind) {
    case 'replacement':
      hits = new ReplacementMatcher([test.rule], options)
        .matches(text, doc.blocks)
        .map((m) => hit(m.start, m.end, m.replacement));
      break;
    case 'protected':
      hits = new ProtectedTerms([test.rule.term]).spans(text).map((s) => hit(s.start, s.end, null));
      break;
    case 'formulation': {
      const scan = new FormulationMatcher([test.rule.phrase]).scan(text);
      hits = [
        ...scan.exact.map((s) => hit(s.start, s.end, null)),
        ...scan.nearMisses.map((m) => hit(m.start, m.end, test.rule.phrase)),
      ].sort((a, b) => a.start - b.start || a.end - b.end);
      break;
    }
  }
  const terms = new ProtectedTerms(options.protectedTerms ?? []);
  const spans = terms.spans(text);
  const kept = hits.filter(
    (h) =>
      h.replacement === null ||
      !touchesProtected(text, { start: h.start, end: h.end, replacement: h.replacement }, spans),
  );
  return kept.slice(0, limit);
}
