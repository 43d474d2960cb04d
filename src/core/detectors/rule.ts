/**
 * `rule`: the editor's replacement rules (wrong → right: OCR confusions such as 己经 → 已经,
 * house style such as 其它 → 其他). A finding covers only the characters the rule changes
 * (its match minus the prefix and suffix it keeps), so "己经" → "已经" edits just "己".
 * Findings are safe only when the rule says so.
 *
 * Uses `options.rules` (compiled with `compileRules`); without it, the default rules (which
 * have no replacements) apply. One Aho-Corasick pass for every plain rule, so 10,000 rules cost
 * about what 10 do; regex rules run block by block.
 */
import type { FindingDraft, Message } from '../finding';
import { defaultRules } from '../rules/compile';
import { effectiveEdit } from '../rules/protected';
import type { ReplacementRule } from '../rules/types';
import type { Detector } from './detector';

export const ruleDetector: Detector = {
  kind: 'rule',
  detect(doc, options) {
    const rules = options.rules ?? defaultRules();
    if (rules.replacements.rules.length === 0) return [];
    const drafts: FindingDraft[] = [];
    for (const match of rules.replacements.matches(doc.text, doc.blocks)) {
      const rule = rules.replacements.rules[match.rule];
      const edit = effectiveEdit(doc.text, match);
      drafts.push({
        kind: 'rule',
        start: edit.start,
        end: edit.end,
        replacement: edit.replacement,
        confidence: rule.safe ? 'safe' : 'suggest',
        message: ruleMessage(rule, doc.text.slice(match.start, match.end), match.replacement),
      });
    }
    return drafts;
  },
};

function ruleMessage(rule: ReplacementRule, found: string, replacement: string): Message {
  const noteZh = rule.note ? `（${rule.note}）` : '';
  const noteEn = rule.note ? ` (${rule.note})` : '';
  return {
    'zh-CN': `规则：“${found}”应为“${replacement}”${noteZh}。`,
    en: `Rule: "${found}" should read "${replacement}"${noteEn}.`,
  };
}
