/**
 * `broken-paragraph`: a paragraph cut mid-sentence by a column or page break, printed as two
 * blocks ("…确保教育资助政" ‖ "策全部落实到位…").
 *
 * The judgement is the junction's (src/core/structure/junction.ts), the same one that made the
 * first block body rather than a headline: the first block ends without sentence-final
 * punctuation, the second opens no byline, dateline, list item or jump line, and the evidence
 * (a word spanning the cut, a comma before it, prose on both sides) decides `safe` or
 * `suggest`. Headlines and decks are never joined. The fix replaces the separator (the blank
 * lines and any white space at the cut) with '' for CJK and ' ' for Latin text.
 * Linear in the text: each junction is judged in constant time plus one scan of its blocks.
 */
import { isProse, precedingContext } from '../document/roles';
import type { FindingDraft, Message } from '../finding';
import { assessJunction } from '../structure/junction';
import type { Detector } from './detector';

export const brokenParagraph: Detector = {
  kind: 'broken-paragraph',
  detect(doc, options) {
    const drafts: FindingDraft[] = [];
    const max = options.listLimit?.max ?? Infinity;
    let skipped = 0;
    const blocks = doc.blocks;
    for (let i = 0; i + 1 < blocks.length; i++) {
      const a = blocks[i];
      const b = blocks[i + 1];
      if (!isProse(a.role) || a.role === 'caption' || b.role !== 'body') continue;
      const context = precedingContext(i > 0 ? blocks[i - 1].role : undefined, a.text);
      const junction = assessJunction(a, b, context);
      if (junction === null) continue;
      if (drafts.length >= max) {
        skipped++;
        continue;
      }
      const safe = junction.strength === 'strong' && a.role !== 'list-item';
      drafts.push({
        kind: 'broken-paragraph',
        start: a.start + junction.cutStart,
        end: b.start + junction.cutEnd,
        replacement: junction.joiner,
        confidence: safe ? 'safe' : 'suggest',
        message: message(junction.before, junction.after, junction.joiner),
      });
    }
    options.listLimit?.skipped('broken-paragraph', skipped);
    return drafts;
  },
};

/** Messages already built, shared by findings at the same kind of cut (dense text repeats them). */
const MESSAGES = new Map<string, Message>();
/** The cache is emptied when it holds this many messages, so it stays small. */
const MAX_MESSAGES = 4096;

/** "段落在分栏处断开：“政”与“策”应连接" / 'Paragraph cut by a column break; join "政" and "策"'. */
function message(before: string, after: string, joiner: string): Message {
  const key = `${joiner}\u0000${before}\u0000${after}`;
  let shared = MESSAGES.get(key);
  if (shared === undefined) {
    if (MESSAGES.size >= MAX_MESSAGES) MESSAGES.clear();
    shared = buildMessage(before, after, joiner);
    MESSAGES.set(key, shared);
  }
  return shared;
}

function buildMessage(before: string, after: string, joiner: string): Message {
  if (joiner === ' ') {
    return {
      'zh-CN': `段落在分栏处断开：“${before}”与“${after}”应以空格连接`,
      en: `Paragraph cut by a column break; join "${before}" and "${after}" with a space`,
    };
  }
  return {
    'zh-CN': `段落在分栏处断开：“${before}”与“${after}”应连接`,
    en: `Paragraph cut by a column break; join "${before}" and "${after}"`,
  };
}
