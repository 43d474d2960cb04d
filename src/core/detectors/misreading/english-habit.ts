/**
 * Forms only the habit reads: "ho" for "he" where the engine prints o for e on every line
 * (`IssueProfile`). SUBTLEX counts "ho" 2,141 times (Santa's "ho ho ho", the slang), so the
 * corrector reads it only where grammar leaves no doubt ("ho had", "will ho held"); in an issue
 * whose safe fixes show e read as o again and again, a lower-case "ho" before a word is the
 * pronoun, as the issue lists first among Trove's errors. The calls stay: "ho, ho", "land ho",
 * "heave ho", "ho!" (no word after it). Pure.
 */
import type { Block } from '../../document/document';
import type { FindingDraft } from '../../finding';
import { neighboursOf } from './english-neighbours';

/** Words before "ho" that make it a call, not a pronoun. */
const CALLS_BEFORE: ReadonlySet<string> = new Set([
  'ho',
  'land',
  'heave',
  'tally',
  'westward',
  'eastward',
  'what',
  'yo',
  'gee',
  'oh',
]);

/** "ho" standing alone as a lower-case word. */
const HO = /(?<![A-Za-z'’-])ho(?![A-Za-z'’-])/g;

/** The habit's readings of "ho" in `blocks` (the English blocks), applied. */
export function habitualHoDrafts(text: string, blocks: readonly Block[]): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const block of blocks) {
    if (!block.text.includes('ho')) continue;
    HO.lastIndex = 0;
    for (let m = HO.exec(block.text); m; m = HO.exec(block.text)) {
      const from = block.start + m.index;
      const n = neighboursOf(text, from, from + 2);
      if (n.after === null || n.after === 'ho' || (n.before && CALLS_BEFORE.has(n.before))) {
        continue;
      }
      drafts.push({
        kind: 'misreading',
        start: from,
        end: from + 2,
        replacement: 'he',
        confidence: 'safe',
        message: {
          'zh-CN':
            '疑为误识：“ho”应为“he”（e 误识为 o）；本期的识别常犯此类误识，句中“ho”之后接词只能是代词“he”。',
          en: 'Misread word: "ho" for "he" (e → o misread); this issue is misread so on many lines, and a "ho" before a word inside a sentence is the pronoun.',
        },
      });
    }
  }
  return drafts;
}
