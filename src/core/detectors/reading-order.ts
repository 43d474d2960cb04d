/**
 * `reading-order`: a headline whose parts the OCR read in the wrong order. The sample's banner
 * "习近平新时代中国特色社会主义思想 ⏎ 在指引下 ——新时代新作为新篇章" was set as
 * "在习近平新时代中国特色社会主义思想指引下——新时代新作为新篇章": the frame "在…指引下"
 * printed around the big line was read after it.
 *
 * Signals, in headline and deck blocks only: a part (a line, or a space-separated phrase of a
 * one-line title) that opens with an empty frame "在指引下" whose object is missing, or a line
 * after the first that opens with a particle no headline line starts with (的, 了, 着…). Always a
 * suggestion; when a two-part title has the frame, the replacement proposes the reordered text,
 * otherwise it equals the original (a pure warning). Linear in the text.
 *
 * A reordering is proposed only when it reads as words: the wrapped part starts and ends with a
 * letter (never "在——新时代新作为新篇章指引下"), and with the lexicon its words are all known
 * and the frame's 在 and verb stay words of their own around it. Parts are lines or phrases of
 * one block, never two blocks: a Word file that sets every line as its own paragraph gets the
 * warning, not a reordering across paragraphs.
 */
import type { Block } from '../document/document';
import { segmentBoundaries, type ChineseLexicon } from '../lexicon/chinese';
import type { FindingDraft, Message } from '../finding';
import { startsWithBoundWord } from '../structure/word-span';
import type { Detector } from './detector';

/** Frames "在 X 的 V 下" whose object X is missing: "在指引下", "在领导下". */
const EMPTY_FRAME =
  /^在(指引|领导|带领|引领|指导|关怀|关心|支持|帮助|鼓舞|感召|激励|号召|照耀|引导|推动|护航|助力|背景|框架|形势)下(?=[\s—–\-:：,，、!！]|$)/u;

/** The particles that a headline line never starts with (checked as a word of their own). */
const LINE_START_PARTICLES = new Set(['的', '了', '们', '吗', '呢', '吧', '么']);

interface Part {
  /** Offset of the part within the block's text. */
  readonly start: number;
  readonly text: string;
}

export const readingOrder: Detector = {
  kind: 'reading-order',
  detect(doc, options) {
    const drafts: FindingDraft[] = [];
    for (const block of doc.blocks) {
      if (block.role !== 'headline' && block.role !== 'deck') continue;
      const draft = frameFinding(block, options.lexicon) ?? particleFinding(block);
      if (draft) drafts.push(draft);
    }
    return drafts;
  },
};

/** The lines of a multi-line block, or the space-separated phrases of a one-line block. */
function partsOf(text: string): Part[] {
  const separator = text.includes('\n') ? /\n/gu : /[ \t\u3000]+/gu;
  const parts: Part[] = [];
  let from = 0;
  for (const m of text.matchAll(separator)) {
    parts.push({ start: from, text: text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  parts.push({ start: from, text: text.slice(from) });
  return parts.filter((p) => p.text.trim().length > 0);
}

function frameFinding(block: Block, lexicon: ChineseLexicon | undefined): FindingDraft | null {
  const parts = partsOf(block.text);
  if (parts.length < 2) return null;
  for (let k = 0; k < parts.length; k++) {
    const text = parts[k].text.trim();
    const m = EMPTY_FRAME.exec(text);
    if (!m) continue;
    const frame = m[0];
    let replacement = block.text;
    if (parts.length === 2) {
      const object = parts[k === 0 ? 1 : 0].text.trim();
      const rest = text.slice(frame.length).trimStart();
      const reordered = `在${object}${m[1]}下${rest}`;
      if (readsAsWords(reordered, object, m[1], lexicon)) replacement = reordered;
    }
    const proposal = replacement === block.text ? null : replacement;
    return {
      kind: 'reading-order',
      start: block.start,
      end: block.end,
      replacement,
      confidence: 'suggest',
      message: frameMessage(frame, proposal),
    };
  }
  return null;
}

/**
 * True when `object` wrapped in the frame ("在" + object + verb + "下", at the start of
 * `reordered`) reads as words: letters at both ends, and under the lexicon known words only,
 * with a word boundary on either side of the object.
 */
function readsAsWords(
  reordered: string,
  object: string,
  verb: string,
  lexicon: ChineseLexicon | undefined,
): boolean {
  if (!/^[\p{L}\p{N}]/u.test(object) || !/[\p{L}\p{N}]$/u.test(object)) return false;
  if (!lexicon || lexicon.total === 0) return true;
  const end = 1 + object.length;
  const boundaries = segmentBoundaries(lexicon, reordered, 0, end + verb.length + 1);
  if (!boundaries.includes(1) || !boundaries.includes(end)) return false;
  for (let i = 1; i < boundaries.length; i++) {
    const word = reordered.slice(boundaries[i - 1]!, boundaries[i]!);
    if (/\p{Script=Han}/u.test(word) && !lexicon.has(word)) return false;
  }
  return true;
}

function particleFinding(block: Block): FindingDraft | null {
  if (!block.text.includes('\n')) return null;
  const parts = partsOf(block.text);
  for (let k = 1; k < parts.length; k++) {
    const text = parts[k].text.trim();
    const first = text.slice(0, 1);
    if (!LINE_START_PARTICLES.has(first) || !startsWithBoundWord(text)) continue;
    return {
      kind: 'reading-order',
      start: block.start,
      end: block.end,
      replacement: block.text,
      confidence: 'suggest',
      message: {
        'zh-CN': `标题语序可能错乱：第${k + 1}行以“${first}”开头，标题行不应以此开头，请核对原版`,
        en: `Headline lines may be in scrambled reading order: line ${k + 1} starts with "${first}", which no headline line starts with; check the printed page`,
      },
    };
  }
  return null;
}

function frameMessage(frame: string, proposal: string | null): Message {
  if (proposal === null) {
    return {
      'zh-CN': `标题语序可能错乱：“${frame}”缺少宾语，应包住另一行，请核对原版`,
      en: `Headline parts may be in scrambled reading order: "${frame}" lacks its object and should wrap another line; check the printed page`,
    };
  }
  return {
    'zh-CN': `标题语序可能错乱：“${frame}”应包住另一行，似应为“${proposal}”`,
    en: `Headline parts may be in scrambled reading order: "${frame}" should wrap the other line; probably "${proposal}"`,
  };
}
