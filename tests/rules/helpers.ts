/** Shared helpers of the rule tests: build a validated, compiled list from plain input. */
import { analyseText } from '../../src/core/analyse';
import type { Finding, FindingKind } from '../../src/core/finding';
import { compileRules, type CompiledRules } from '../../src/core/rules/compile';
import type { RuleList } from '../../src/core/rules/types';
import { validateRuleList } from '../../src/core/rules/validate';

/** Validates `input` (throwing on problems) and returns the list. */
export function ruleList(input: Record<string, unknown>): RuleList {
  const result = validateRuleList(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** Validates and compiles `input`. */
export function rules(input: Record<string, unknown>): CompiledRules {
  return compileRules(ruleList(input));
}

/** The findings of `kind` on `text` under `compiled`, as [covered text, replacement, confidence]. */
export function hits(
  text: string,
  compiled: CompiledRules | undefined,
  kind: FindingKind,
): [string, string, Finding['confidence']][] {
  const { doc, findings } = analyseText(text, compiled ? { rules: compiled } : {});
  return findings
    .filter((f) => f.kind === kind)
    .map((f) => [doc.text.slice(f.start, f.end), f.replacement, f.confidence]);
}

/** The Chinese news corpus, one article text (headline, blank line, paragraphs) per entry. */
export const ARTICLES_PATH = new URL(
  '../../../shared/corpus/zh-news/articles.jsonl',
  import.meta.url,
);
