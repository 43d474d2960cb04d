/**
 * Editorial rules: rule lists (replacements, protected terms, standard formulations), their
 * validation, compilation and matchers.
 */
export * from './types';
export * from './validate';
export * from './compile';
export { AhoCorasick, type AcMatch } from './aho-corasick';
export {
  checkRegexSafety,
  MAX_PATTERN_LENGTH,
  MAX_SAFE_REPEAT,
  type RegexVerdict,
} from './regex-safety';
export {
  ReplacementMatcher,
  compileRuleRegex,
  expandTemplate,
  type ReplacementMatch,
} from './replacements';
export {
  ProtectedTerms,
  effectiveEdit,
  touchesProtected,
  type ProposedEdit,
  type ProtectedSpan,
} from './protected';
export {
  FormulationMatcher,
  MIN_INDEL_LENGTH,
  MIN_NEAR_MISS_LENGTH,
  type ExactSpan,
  type FormulationScan,
  type FormulationScanStats,
  type NearMiss,
} from './formulations';
export { compareWindow, NEAR_MISS_KINDS, type NearMissKind } from './near-miss';
export { STARTER_FORMULATIONS } from './starter';
export { dropProtected } from './filter';
export { mergeRuleLists, replacementKey, type MergeMode, type MergeOutcome } from './merge';
export {
  CSV_COLUMNS,
  parseCsv,
  rulesFromCsv,
  rulesToCsv,
  type CsvProblem,
  type CsvRuleInput,
} from './csv';
export { previewRule, type RulePreview, type RuleUnderTest } from './preview';
