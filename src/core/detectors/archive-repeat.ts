/**
 * `archive-repeat`: a paragraph (exact or near) or a whole article that already appeared in
 * another issue of the workspace — a re-run story (重稿). Each finding links to the earlier
 * copy: `source` (issue, version, date, block index) and the message. Paragraphs marked as
 * boilerplate (mastheads, weather boxes, standing columns) are never flagged.
 *
 * Uses `options.archive` (a lookup over the workspace's archive index); without it, nothing is
 * found. A repeated article gives one finding over the whole article and none for its
 * paragraphs. Every finding is a suggestion to drop the repeat (the block or blocks plus one
 * adjoining separator, as for a duplicate paragraph): whether a story may run again is the
 * editor's call.
 */
import type { ArchiveSource } from '../archive/archive-index';
import { fingerprintDocument } from '../archive/prints';
import type { Block } from '../document/document';
import type { FindingDraft, FindingSource, Message, Span } from '../finding';
import type { Detector } from './detector';

export const archiveRepeat: Detector = {
  kind: 'archive-repeat',
  detect(doc, options) {
    if (!options.archive) return [];
    const prints = fingerprintDocument(doc);
    if (prints.blocks.length === 0) return [];
    const matches = options.archive.match(prints);
    const drafts: FindingDraft[] = [];
    const covered = new Set<number>();
    for (const repeat of matches.articles) {
      // A run found without its headline still takes the headline and deck right above it.
      let first = repeat.firstBlock;
      while (first > 0 && isTitle(doc.blocks[first - 1])) first--;
      const last = repeat.lastBlock;
      for (let b = first; b <= last; b++) covered.add(b);
      drafts.push({
        kind: 'archive-repeat',
        ...dropSpan(doc.blocks, first, last),
        replacement: '',
        confidence: 'suggest',
        message: articleMessage(repeat.source, repeat.exact, repeat.repeated),
        source: findingSource(repeat.source),
      });
    }
    for (const repeat of matches.paragraphs) {
      const block = prints.blocks[repeat.paragraph];
      if (covered.has(block)) continue;
      drafts.push({
        kind: 'archive-repeat',
        ...dropSpan(doc.blocks, block, block),
        replacement: '',
        confidence: 'suggest',
        message: paragraphMessage(repeat.source, repeat.exact),
        source: findingSource(repeat.source),
      });
    }
    return drafts;
  },
};

function isTitle(block: Block): boolean {
  return block.role === 'headline' || block.role === 'deck';
}

function findingSource(source: ArchiveSource): FindingSource {
  return {
    issueId: source.issueId,
    versionId: source.versionId,
    date: source.date,
    paragraph: source.block,
  };
}

/** Blocks `first..last` plus the separator before them (after them, for the first block). */
function dropSpan(blocks: readonly Block[], first: number, last: number): Span {
  if (first > 0) return { start: blocks[first - 1].end, end: blocks[last].end };
  const next = blocks[last + 1];
  return { start: blocks[first].start, end: next ? next.start : blocks[last].end };
}

/**
 * Where the earlier copy ran, as the editor names issues: publication and date, else the
 * title; never the issue's internal id, never an empty "期".
 */
function where(source: ArchiveSource): { zh: string; en: string } {
  const n = source.block + 1;
  const publication = source.publication?.trim() ?? '';
  const title = source.title?.trim() ?? '';
  const date = source.date;
  let zh: string;
  let en: string;
  if (publication && date) {
    zh = `${publication} ${date} 期`;
    en = `${publication} of ${date}`;
  } else if (date) {
    zh = title ? `${date} 期「${title}」` : `${date} 期`;
    en = title ? `“${title}” of ${date}` : `the issue of ${date}`;
  } else if (publication || title) {
    zh = [publication, title && `「${title}」`].filter(Boolean).join(' ');
    en = [publication, title && `“${title}”`].filter(Boolean).join(', ');
  } else {
    zh = '另一期稿件';
    en = 'another issue';
  }
  return { zh: `${zh}第 ${n} 段`, en: `${en}, paragraph ${n}` };
}

function paragraphMessage(source: ArchiveSource, exact: boolean): Message {
  const at = where(source);
  return exact
    ? {
        'zh-CN': `重稿：此段已见于 ${at.zh}。`,
        en: `Archive repeat: this paragraph already ran in ${at.en}.`,
      }
    : {
        'zh-CN': `疑似重稿：此段与 ${at.zh} 几乎相同。`,
        en: `Possible archive repeat: this paragraph nearly matches ${at.en}.`,
      };
}

function articleMessage(source: ArchiveSource, exact: boolean, repeated: number): Message {
  const at = where(source);
  return exact
    ? {
        'zh-CN': `重稿：整篇稿件已见于 ${at.zh}起。`,
        en: `Archive repeat: this whole article already ran in ${at.en} onwards.`,
      }
    : {
        'zh-CN': `疑似重稿：本文 ${repeated} 段与 ${at.zh}起的稿件相同或几乎相同。`,
        en: `Possible archive repeat: ${repeated} paragraphs of this article match the article at ${at.en} onwards.`,
      };
}
