/**
 * `jump-line`: continuation markers of the printed page ("（下转第三版）", "(上接第一版)",
 * "(转第2版)", "详见三版", "（紧接第一版）", "(Continued on page 3)"). They belong to the
 * layout, not to the story; whether to drop one is the editor's call, so every finding is a
 * suggestion.
 *
 * A marker may be a block of its own (the fix drops the block and one adjoining separator, so
 * no double blank line remains), close a paragraph (the fix drops the marker and the white
 * space before it) or open one (the marker and the white space after it). Linear in the text:
 * each block is tested on a bounded window at each end.
 */
import type { Block } from '../document/document';
import type { FindingDraft, Message } from '../finding';
import { isJumpBlock, leadingJump, trailingJump } from '../structure/patterns';
import type { Detector } from './detector';

export const jumpLine: Detector = {
  kind: 'jump-line',
  detect(doc) {
    const drafts: FindingDraft[] = [];
    const blocks = doc.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      if (block.role === 'jump-line' || isJumpBlock(block.text)) {
        drafts.push(wholeBlock(blocks, i));
        continue;
      }
      const lead = leadingJump(block.text);
      if (lead) {
        const marker = block.text.slice(lead.start, lead.end).trim();
        drafts.push(draft(block.start + lead.start, block.start + lead.end, marker, 'start'));
      }
      const trail = trailingJump(block.text);
      if (trail && (!lead || trail.start >= lead.end)) {
        const marker = block.text.slice(trail.start, trail.end).trim();
        drafts.push(draft(block.start + trail.start, block.start + trail.end, marker, 'end'));
      }
    }
    return drafts;
  },
};

/**
 * The block and the separator before it; for the first block, the separator after it unless
 * the next block is a marker too (which takes that separator itself), so that dropping every
 * marker never leaves a blank line behind and no two findings overlap.
 */
function wholeBlock(blocks: readonly Block[], i: number): FindingDraft {
  const block = blocks[i];
  const marker = block.text.trim();
  if (i > 0) return draft(blocks[i - 1].end, block.end, marker, 'block');
  const next = blocks[i + 1];
  if (next && next.role !== 'jump-line' && !isJumpBlock(next.text)) {
    return draft(block.start, next.start, marker, 'block');
  }
  return draft(block.start, block.end, marker, 'block');
}

function draft(
  start: number,
  end: number,
  marker: string,
  where: 'block' | 'start' | 'end',
): FindingDraft {
  return {
    kind: 'jump-line',
    start,
    end,
    replacement: '',
    confidence: 'suggest',
    message: message(marker, where),
  };
}

/** Names the marker and says what dropping it does. */
function message(marker: string, where: 'block' | 'start' | 'end'): Message {
  const zhWhere = { block: '单独成段', start: '位于段首', end: '位于段末' }[where];
  const enWhere = { block: 'on its own', start: 'opening a paragraph', end: 'closing a paragraph' }[
    where
  ];
  return {
    'zh-CN': `转版提示“${marker}”${zhWhere}：属版面标记，如本稿不再分版可删除`,
    en: `Jump line "${marker}" ${enWhere}: a page-layout marker; remove it if the story is no longer split across pages`,
  };
}
