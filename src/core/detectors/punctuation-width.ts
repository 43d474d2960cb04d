/**
 * `punctuation-width`: half-width , : ; ( ) ? ! in Chinese text, which Chinese typesetting sets
 * full-width (，：；（）？！). Marks in Latin text, numbers, times, ratios, URLs and code stay.
 *
 * One finding per mark: it covers exactly that one code unit and its replacement is the single
 * full-width character, so it never overlaps a `stray-space` finding beside it.
 */
import type { Document } from '../document/document';
import type { FindingDraft, Message } from '../finding';
import type { AnalyseOptions, Detector } from './detector';
import { FULL_WIDTH } from './punctuation/classes';
import { forEachChineseMark, type MarkReason } from './punctuation/marks';

const REASONS: readonly MarkReason[] = [
  'neighbour',
  'pair',
  'mixed-pair',
  'latin-pair',
  'unmatched',
];

/** Every message, built once: by reason, then by half-width mark. */
const MESSAGES: ReadonlyMap<MarkReason, ReadonlyMap<string, Message>> = new Map(
  REASONS.map((reason) => [
    reason,
    new Map(Object.keys(FULL_WIDTH).map((mark) => [mark, buildMessage(reason, mark)])),
  ]),
);

function buildMessage(reason: MarkReason, mark: string): Message {
  const replacement = FULL_WIDTH[mark];
  switch (reason) {
    case 'latin-pair':
      return {
        'zh-CN': `中文语境中的括号即使括着外文或数字，按中文排版惯例也宜用全角括号“${replacement}”`,
        en: `Brackets around Latin text or digits inside Chinese text: house style sets them full-width ("${replacement}")`,
      };
    case 'mixed-pair':
      return {
        'zh-CN': `括号半角、全角混用：半角“${mark}”应与另一半一样用全角“${replacement}”`,
        en: `Mixed bracket widths: the half-width "${mark}" should match its full-width partner ("${replacement}")`,
      };
    case 'unmatched':
      return {
        'zh-CN': `中文之间的半角括号“${mark}”应为全角“${replacement}”（未找到配对的另一半，请核对）`,
        en: `Half-width bracket "${mark}" between Chinese characters: use "${replacement}" (its partner is missing; please check)`,
      };
    default:
      return {
        'zh-CN': `中文语境中的半角“${mark}”应改为全角“${replacement}”`,
        en: `Half-width "${mark}" in Chinese text: use the full-width "${replacement}"`,
      };
  }
}

/** Widens the half-width marks that `judgeMarks` (`forEachChineseMark`) finds to be Chinese punctuation. */
export const punctuationWidth: Detector = {
  kind: 'punctuation-width',
  detect(doc: Document, options: AnalyseOptions): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    const max = options.listLimit?.max ?? Infinity;
    let skipped = 0;
    for (const block of doc.blocks) {
      const text = block.text;
      forEachChineseMark(text, block.script, (offset, confidence, reason) => {
        if (drafts.length >= max) {
          skipped++;
          return;
        }
        const mark = text[offset];
        const start = block.start + offset;
        drafts.push({
          kind: 'punctuation-width',
          start,
          end: start + 1,
          replacement: FULL_WIDTH[mark],
          confidence,
          message: MESSAGES.get(reason)?.get(mark) ?? buildMessage(reason, mark),
        });
      });
    }
    options.listLimit?.skipped('punctuation-width', skipped);
    return drafts;
  },
};
