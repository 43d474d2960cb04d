/**
 * `formulation`: a near miss of a standard formulation (规范提法) — one character missing,
 * extra, replaced, or two swapped, inside the phrase — proposing the exact phrase. The exact
 * phrase is never flagged, nor is a window overlapping an exact occurrence of any listed
 * formulation (a formulation inside a longer legitimate one, or a legitimate variant that is
 * itself listed). Always a suggestion: the editor confirms the official wording.
 *
 * Uses `options.rules`; without it, the starter formulations apply (see `defaultRules`).
 */
import type { FindingDraft, Message } from '../finding';
import { defaultRules } from '../rules/compile';
import type { NearMissKind } from '../rules/near-miss';
import type { Detector } from './detector';

export const formulationDetector: Detector = {
  kind: 'formulation',
  detect(doc, options) {
    const rules = options.rules ?? defaultRules();
    if (rules.formulations.length === 0) return [];
    const scan = rules.formulationMatcher.scan(doc.text);
    return scan.nearMisses.map((miss): FindingDraft => {
      const formulation = rules.formulations[miss.phrase];
      return {
        kind: 'formulation',
        start: miss.start,
        end: miss.end,
        replacement: formulation.phrase,
        confidence: 'suggest',
        message: formulationMessage(formulation.phrase, miss.kind, formulation.note),
      };
    });
  },
};

const KIND_ZH: Readonly<Record<NearMissKind, string>> = {
  missing: '漏字',
  extra: '多字',
  replaced: '错字',
  swapped: '字序颠倒',
};

const KIND_EN: Readonly<Record<NearMissKind, string>> = {
  missing: 'a character is missing',
  extra: 'a character is extra',
  replaced: 'a character is wrong',
  swapped: 'two characters are swapped',
};

function formulationMessage(phrase: string, kind: NearMissKind, note: string): Message {
  return {
    'zh-CN': `规范提法：应为“${phrase}”（${KIND_ZH[kind]}）${note ? `。${note}` : ''}。`,
    en: `Standard formulation: should read "${phrase}" (${KIND_EN[kind]})${note ? `; ${note}` : ''}.`,
  };
}
