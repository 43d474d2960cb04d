/**
 * The protected-term post-filter of an analysis: drafts from every detector whose edit would
 * change an occurrence of a protected term are dropped (see `touchesProtected`).
 *
 * Only the text around each draft's edit is searched (its effective edit widened by the longest
 * term on each side), so the filter costs O(drafts × longest term), not a pass over the issue;
 * when the drafts are so many that the windows would cover more than the text, one pass over
 * the whole text is made instead.
 */
import type { FindingDraft } from '../finding';
import type { CompiledRules } from './compile';
import { effectiveEdit, touchesProtected, type ProtectedSpan } from './protected';

/** `drafts` minus those touching a protected term of `rules` in `text`; as given without terms. */
export function dropProtected(
  text: string,
  drafts: FindingDraft[],
  rules: CompiledRules | undefined,
): FindingDraft[] {
  if (!rules || rules.protectedTerms.terms.length === 0 || drafts.length === 0) return drafts;
  const longest = rules.longestProtected;
  const reach = Math.max(0, longest - 1);
  let windows = 0;
  for (const d of drafts) windows += d.end - d.start + 2 * reach;
  if (windows >= text.length) {
    const spans = rules.protectedTerms.spans(text);
    if (spans.length === 0) return drafts;
    return drafts.filter((d) => !touchesProtected(text, d, spans, longest));
  }
  return drafts.filter((d) => {
    const e = effectiveEdit(text, d);
    const from = Math.max(0, e.start - reach);
    const to = Math.min(text.length, Math.max(e.end, e.start + 1) + reach);
    const spans: ProtectedSpan[] = rules.protectedTerms.spansIn(text, from, to);
    return spans.length === 0 || !touchesProtected(text, d, spans, longest);
  });
}
