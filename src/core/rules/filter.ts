/**
 * The protected-term post-filter of an analysis: drafts from every detector whose edit would
 * change an occurrence of a protected term are dropped (see `touchesProtected`).
 */
import type { FindingDraft } from '../finding';
import type { CompiledRules } from './compile';
import { touchesProtected } from './protected';

/** `drafts` minus those touching a protected term of `rules` in `text`; as given without terms. */
export function dropProtected(
  text: string,
  drafts: FindingDraft[],
  rules: CompiledRules | undefined,
): FindingDraft[] {
  if (!rules || rules.protectedTerms.terms.length === 0) return drafts;
  const spans = rules.protectedTerms.spans(text);
  if (spans.length === 0) return drafts;
  return drafts.filter((d) => !touchesProtected(text, d, spans, rules.longestProtected));
}
