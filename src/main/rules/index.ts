/** The workspace's editorial rules (rules.json) and their import and export. */
export { RuleService, type ImportOutcome, type RuleEntry } from './rule-service';
export { RulesError } from './errors';
export {
  RULE_FORMATS,
  formatRules,
  parseRules,
  readRuleFile,
  ruleFormatOf,
  writeRuleFile,
  type ParsedRules,
  type RuleFormat,
} from './rule-io';
export { readRulesFile, rulesPath, writeRulesFile, type RulesFileState } from './rule-file';
export { createEditorial, type Editorial } from './editorial';
