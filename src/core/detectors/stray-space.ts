/**
 * `stray-space`: spaces that Chinese typesetting does not set — inside a run of Chinese
 * characters ("确保 教育"), next to Chinese punctuation ("工作 ，") and around brackets
 * ("本报讯 (记者 许珂) 3月4日" → "本报讯（记者 许珂）3月4日" together with `punctuation-width`).
 *
 * Kept: the phrase-separating spaces of headlines, the space after a dateline, the spaces of a
 * credit line ("记者 许珂"), spaces between Latin words and between Chinese and Latin or digits
 * ("5G 网络" is a question of style). Indentation and spaces at line ends are not this
 * detector's business. A space in a headline is at most a suggestion.
 *
 * Evidence for an automatic removal: the space stands in body text between Han characters, or
 * beside Chinese punctuation or a bracket. Between two runs of Han characters inside paired
 * quotation or title marks (“稳就业 保民生”, 《奋进新时代 建功新征程》), in a headline or after a
 * dateline the space is never removed automatically: Chinese papers set it there on purpose. The
 * one exception inside marks is a space that splits a lexicon word (“稳就 业”): the text on both
 * sides, read as one, has a word across the gap.
 *
 * Each finding covers exactly one run of whitespace (ASCII space, tab, U+3000, other Unicode
 * spaces; never a line break) and replaces it with nothing.
 */
import type { Block, Document, Role } from '../document/document';
import type { Confidence, FindingDraft, Message } from '../finding';
import { joinSplitsWord, type ChineseLexicon } from '../lexicon/chinese';
import { insideQuoted, quotedSpans, type QuotedSpan } from '../structure/quoted';
import type { AnalyseOptions, Detector } from './detector';
import {
  CharClass,
  classOf,
  codePointBefore,
  isSpaceCode,
  mayHoldChinese,
} from './punctuation/classes';
import { creditSpaces, isDatelineSpace } from './punctuation/credits';
import { splitsPhrase } from './punctuation/headline';
import { hasSentencePunct, phraseLines } from './punctuation/layout';
import { judgeMarks, type MarkVerdict } from './punctuation/marks';
import { sideOf, type Side } from './punctuation/space-sides';

/** Why a space is stray; drives the message. */
type SpaceReason = 'cjk-gap' | 'bracket' | 'bracket-inside' | 'punct' | 'headline' | 'quoted';

interface SpaceVerdict {
  readonly reason: SpaceReason;
  readonly confidence: Confidence;
}

const MESSAGES: Readonly<Record<SpaceReason, Message>> = {
  'cjk-gap': {
    'zh-CN': '汉字之间多了空格，应删除（正文中，不在引号、书名号、标题或电头后）',
    en: 'Stray space between Chinese characters in body text (not inside quotation or title marks, a headline or after a dateline): remove it',
  },
  bracket: {
    'zh-CN': '括号前后多了空格，应删除',
    en: 'Stray space beside a bracket in Chinese text: remove it',
  },
  'bracket-inside': {
    'zh-CN': '括号内侧多了空格，应删除',
    en: 'Stray space inside a bracket in Chinese text: remove it',
  },
  punct: {
    'zh-CN': '中文标点前后多了空格，应删除',
    en: 'Stray space beside Chinese punctuation: remove it',
  },
  quoted: {
    'zh-CN':
      '引号或书名号内两段汉字之间的空格：标语、栏目名和书名常有意留空，没有拆开词语，仅作提示，请核对',
    en: 'A space between two runs of Chinese inside quotation or title marks: slogans and titles often set it on purpose, and it splits no word, so it is only a suggestion; please check',
  },
  headline: {
    'zh-CN': '标题中的这个空格拆开了一个词组，可能是排版断行留下的，请核对是否删除',
    en: 'This space in a headline splits a phrase, perhaps left from a line break: check whether to remove it',
  },
};

/** Blocks that open with a byline or credit, whatever role the classifier gave them. */
const BYLINE_START =
  /^[\s\u3000]*(?:本报讯|本报[^\s，,。]{0,12}电|新华社[^\s，,。]{0,12}电|中新社[^\s，,。]{0,12}电|[（(]\s*(?:本报)?记者)/u;

/** Longest block (UTF-16 units) read as a headline when the classifier called it something else. */
const HEADLINE_MAX = 100;

const HEADLINE_ROLES: ReadonlySet<Role> = new Set<Role>(['headline', 'deck']);

/**
 * True for a headline or deck, and for a short single line with no sentence punctuation at all
 * (a long headline the classifier took for body). Bylines are never headlines here, so the
 * byline "本报讯 (记者 许珂)" gets safe fixes even when it stands alone as a block.
 */
function isHeadlineLike(block: Block, marks: ReadonlyMap<number, MarkVerdict>): boolean {
  if (BYLINE_START.test(block.text)) return false;
  if (HEADLINE_ROLES.has(block.role)) return true;
  return (
    block.text.length <= HEADLINE_MAX &&
    !block.text.includes('\n') &&
    !hasSentencePunct(block.text, marks)
  );
}

function cap(side: Side, other?: Side): Confidence {
  return side.confidence === 'safe' && (other === undefined || other.confidence === 'safe')
    ? 'safe'
    : 'suggest';
}

/**
 * Judges one run of whitespace in prose from its two neighbours. Returns null for a space that
 * belongs there. `dateline` (is the space the one closing a dateline?) is consulted for a space
 * before Chinese text or an opening mark other than a round bracket: "新华社北京3月4日电 《…》"
 * keeps its space, "新华社北京3月4日电 （记者 张三）" loses it. `roundRight` tells whether the
 * right neighbour is a round bracket.
 */
function judgeSpace(
  left: Side,
  right: Side,
  roundRight: boolean,
  dateline: () => boolean,
): SpaceVerdict | null {
  const l = left.kind;
  const r = right.kind;
  if (r === 'punct') return { reason: 'punct', confidence: cap(right) };
  if (l === 'punct') return { reason: 'punct', confidence: cap(left) };
  if (l === 'open') return { reason: 'bracket-inside', confidence: cap(left) };
  if (r === 'close') return { reason: 'bracket-inside', confidence: cap(right) };
  if (r === 'open') {
    if (!roundRight && dateline()) return null;
    if (l === 'han' || l === 'digit' || l === 'close' || l === 'close-quote') {
      return { reason: 'bracket', confidence: cap(right, left) };
    }
    return l === 'latin' ? { reason: 'bracket', confidence: 'suggest' } : null;
  }
  if (l === 'close') {
    if (r === 'han' || r === 'digit' || r === 'open-quote') {
      return { reason: 'bracket', confidence: cap(left) };
    }
    return r === 'latin' ? { reason: 'bracket', confidence: 'suggest' } : null;
  }
  const hanLeft = l === 'han' || l === 'close-quote' || l === 'open-quote';
  const hanRight = r === 'han' || r === 'open-quote' || r === 'close-quote';
  if ((l === 'han' && hanRight) || (hanLeft && r === 'han')) {
    return dateline() ? null : { reason: 'cjk-gap', confidence: 'safe' };
  }
  return null;
}

/** True when `code` is a letter or a digit of Latin text, a side no space is stray beside. */
function isLatinWordCode(code: number): boolean {
  const kind = classOf(code);
  return kind === CharClass.Latin || kind === CharClass.Digit;
}

/** Appends the stray-space findings of one block to `drafts`, offsets into the document text. */
function blockFindings(
  block: Block,
  drafts: FindingDraft[],
  lexicon: ChineseLexicon | undefined,
): void {
  const text = block.text;
  let quoted: readonly QuotedSpan[] | null = null;
  let marks: ReadonlyMap<number, MarkVerdict> | null = null;
  let credits: ReadonlySet<number> | null = null;
  let headline: boolean | null = null;
  let layout: readonly { start: number; end: number }[] | null = null;
  let line = 0;
  /** True when `pos` lies on a line laid out as phrases (spans are visited in order). */
  const onPhraseLine = (pos: number, judged: ReadonlyMap<number, MarkVerdict>): boolean => {
    layout ??= phraseLines(text, judged);
    while (line < layout.length && layout[line].end < pos) line++;
    return line < layout.length && layout[line].start <= pos;
  };
  // The space being judged, for the dateline test: a closure over a variable of the loop's body
  // would cost every character of the block a context on the heap.
  let spaceStart = 0;
  const dateline = (): boolean => isDatelineSpace(text, spaceStart);
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    const end = i;
    // Indentation and trailing spaces: not inside a line of text.
    if (start === 0 || end === n || text.charCodeAt(start - 1) === 0x0a) continue;
    if (text.charCodeAt(end) === 0x0a) continue;
    // Between two Latin letters or digits `judgeSpace` finds nothing (English text is all such
    // spaces): they are passed before the block's marks are judged.
    if (isLatinWordCode(text.charCodeAt(start - 1)) && isLatinWordCode(text.charCodeAt(end))) {
      continue;
    }
    credits ??= creditSpaces(text);
    if (credits.has(start)) continue;
    marks ??= new Map(judgeMarks(text, block.script).map((v) => [v.offset, v]));
    const leftCode = codePointBefore(text, start);
    const leftAt = start - (leftCode > 0xffff ? 2 : 1);
    const left = sideOf(leftCode, leftAt, marks);
    const right = sideOf(text.codePointAt(end) ?? -1, end, marks);
    const next = text.charCodeAt(end);
    const roundRight = next === 0x28 || next === 0xff08;
    spaceStart = start;
    let verdict = judgeSpace(left, right, roundRight, dateline);
    if (verdict === null) continue;
    headline ??= isHeadlineLike(block, marks);
    if (headline || onPhraseLine(start, marks)) {
      verdict = headlineVerdict(text, start, end, verdict);
    } else if (verdict.reason === 'cjk-gap') {
      quoted ??= quotedSpans(text);
      if (insideQuoted(quoted, start)) verdict = quotedVerdict(text, start, end, lexicon);
    }
    if (verdict === null) continue;
    drafts.push({
      kind: 'stray-space',
      start: block.start + start,
      end: block.start + end,
      replacement: '',
      confidence: verdict.confidence,
      message: MESSAGES[verdict.reason],
    });
  }
}

/**
 * In a headline (or a line laid out as phrases) a space is at most a suggestion: beside
 * punctuation or inside a bracket it is plainly stray; between words it is a phrase break unless
 * it cuts a phrase (`splitsPhrase`).
 */
function headlineVerdict(
  text: string,
  start: number,
  end: number,
  prose: SpaceVerdict,
): SpaceVerdict | null {
  if (prose.reason === 'punct' || prose.reason === 'bracket-inside') {
    return { reason: prose.reason, confidence: 'suggest' };
  }
  return splitsPhrase(text, start, end) ? { reason: 'headline', confidence: 'suggest' } : null;
}

/** Han characters read on each side of a space inside quotation marks. */
const QUOTED_CONTEXT = 6;
const HAN_CHAR = /\p{Script=Han}/u;

/**
 * A space between Han characters inside paired quotation or title marks: removed automatically
 * only when it splits a lexicon word (the Han text on both sides, read as one, has a word across
 * the gap); at a word boundary it may be the slogan's or title's own ("稳就业 保民生").
 */
function quotedVerdict(
  text: string,
  start: number,
  end: number,
  lexicon: ChineseLexicon | undefined,
): SpaceVerdict {
  if (lexicon !== undefined) {
    let from = start;
    while (from > start - QUOTED_CONTEXT && from > 0 && HAN_CHAR.test(text[from - 1]!)) from--;
    let to = end;
    while (to < end + QUOTED_CONTEXT && to < text.length && HAN_CHAR.test(text[to]!)) to++;
    if (joinSplitsWord(lexicon, text.slice(from, start), text.slice(end, to))) {
      return { reason: 'cjk-gap', confidence: 'safe' };
    }
  }
  return { reason: 'quoted', confidence: 'suggest' };
}

/** Finds stray spaces in every block. */
export const straySpace: Detector = {
  kind: 'stray-space',
  detect(doc: Document, options: AnalyseOptions): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const block of doc.blocks) {
      if (!/[ \t\u3000\u00a0\u2000-\u200a\u202f\u205f]/u.test(block.text)) continue;
      // A space is stray only beside Han, Chinese punctuation or a bracket (`judgeSpace`).
      if (!mayHoldChinese(block.text)) continue;
      blockFindings(block, drafts, options.lexicon);
    }
    return drafts;
  },
};
