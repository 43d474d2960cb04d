/**
 * The junction between two neighbouring blocks: does the sentence of the first run on into the
 * second (a paragraph cut by a column or page break), and how sure are we?
 *
 * This one judgement feeds both the role classifier (a block that runs on is body, not a
 * headline) and the broken-paragraph detector (which joins the two), so they never disagree.
 * Cost: a constant-size window at the cut plus one linear scan of each block.
 */
import { isCjkChar, type Script } from '../document/script';
import {
  countProseMarks,
  endKind,
  firstChar,
  hasSpacedCjkPhrases,
  hasUnclosedPair,
  isDigit,
  isSpace,
  lastChar,
  startKind,
  visibleLength,
  type EndKind,
  type StartKind,
} from './marks';
import {
  datelineLength,
  isJumpBlock,
  leadingJump,
  looksLikeCaption,
  startsWithByline,
  startsWithDateline,
  startsWithListMarker,
  trailingJump,
} from './patterns';
import { endsWithDanglingWord, startsWithBoundWord, wordSpansCut } from './word-span';

/** A block as the junction sees it. */
export interface JunctionSide {
  readonly text: string;
  readonly script: Script;
}

/**
 * What stands before the first block of the junction: `title` (a headline or deck: the first
 * block may be another deck), `prose` (running text), or `none` (start of the issue, or a jump
 * line). Only after prose is a title-like fragment read as cut prose.
 */
export type PrecedingContext = 'title' | 'prose' | 'none';

export interface Junction {
  /** `strong`: evidence enough for an automatic join; `medium`: worth showing the editor. */
  readonly strength: 'strong' | 'medium';
  /** What goes between the two halves: '' for CJK, ' ' for Latin text. */
  readonly joiner: '' | ' ';
  /** The last character before the cut and the first after it (code points). */
  readonly before: string;
  readonly after: string;
  /** Offset, within the first block's text, where the cut starts (trailing white space excluded). */
  readonly cutStart: number;
  /** Offset, within the second block's text, where its text resumes (leading white space excluded). */
  readonly cutEnd: number;
}

/** Longest title-like block: zh-news headlines run to 58 characters. */
const TITLE_MAX = 64;

/** English words that cannot end a sentence: a block ending with one runs on. */
const LATIN_RUN_ON = new Set(
  (
    'the a an of to in on at by for with from into onto upon and or but nor that which who whom ' +
    'whose as is are was were be been being has have had his her its their our my your this these ' +
    'those than between about under over not no will would should could can may might must shall ' +
    'said very more most such each every both either neither if when while where whether because'
  ).split(' '),
);

/** The last Latin word of `text`, lower-cased ('' when it does not end with a letter). */
function lastLatinWord(text: string): string {
  const m = /([A-Za-z]+)\s*$/u.exec(text.slice(-24));
  return m ? m[1].toLowerCase() : '';
}

/** True when `text` starts a paragraph of its own kind (byline, dateline, list, caption, jump). */
function startsOwnParagraph(text: string): boolean {
  return (
    isJumpBlock(text) ||
    leadingJump(text) !== null ||
    startsWithByline(text) ||
    startsWithDateline(text) ||
    startsWithListMarker(text) ||
    looksLikeCaption(text)
  );
}

/** Number of white-space code units at the start of `text`. */
function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && (isSpace(text[i]) || text[i] === '\n')) i++;
  return i;
}

/**
 * Judges whether the sentence of `a` runs on into `b` (its next block). Returns null when it
 * does not: `a` ends a sentence, ends with a jump marker or a hyphen (hyphenation's business),
 * `b` opens a byline, dateline, list item, caption or jump line, or the evidence is too weak.
 */
export function assessJunction(
  a: JunctionSide,
  b: JunctionSide,
  context: PrecedingContext,
): Junction | null {
  const aText = a.text.trimEnd();
  const ek = endKind(aText);
  if (ek === 'empty' || ek === 'hyphen') return null;
  // "5." may be a number cut in two ("5." ‖ "7亿元"); any other closed block ends here.
  if (ek === 'final' && !/[0-9０-９][.．]$/u.test(aText)) return null;
  if (trailingJump(aText) !== null || startsOwnParagraph(b.text)) return null;
  const lead = leadingSpace(b.text);
  const bText = b.text.slice(lead);
  const sk = startKind(bText);
  if (sk === 'empty') return null;
  const before = lastChar(aText);
  const after = firstChar(bText);
  // In Latin blocks a dash or curly quotes are English marks ("he cried:—"); only an ideograph
  // on either side makes the junction Chinese.
  const latin =
    a.script === 'latin' &&
    b.script !== 'cjk' &&
    !isCjkChar(before.codePointAt(0) ?? 0) &&
    !isCjkChar(after.codePointAt(0) ?? 0);
  const numberSplit = !latin && splitsNumber(aText, before, after);
  if (ek === 'final' && !numberSplit) return null;

  const aMarks = countProseMarks(aText);
  const aLength = visibleLength(aText);
  const aSpaced = hasSpacedCjkPhrases(aText);
  const aTitleLike = aMarks === 0 && (aLength <= TITLE_MAX || aSpaced);
  const bCore = trimTrailingJump(bText);
  const bOpen = endKind(bCore) !== 'final';
  const bTitleLike = bOpen && countProseMarks(bCore) === 0 && visibleLength(bCore) <= TITLE_MAX;
  // A new paragraph is often indented; a continuation after a column break is not.
  const bIndented = lead >= 2;

  const unclosed = hasUnclosedPair(aText);
  const shape: Shape = { ek, aMarks, aLength, aSpaced, aTitleLike };
  const evidence = latin
    ? latinEvidence(aText, ek, sk, aMarks, context)
    : cjkEvidence(aText, bText, shape, context);
  let strength: 'strong' | 'medium' | null = null;
  if (
    sk === 'continuation' ||
    ek === 'internal' ||
    ek === 'opener' ||
    (unclosed && !aTitleLike) ||
    splitsDateline(aText, bText, ek) ||
    (context === 'prose' && (numberSplit || isFragmentPair(aText, bCore, aLength))) ||
    evidence === 'strong'
  ) {
    strength = 'strong';
  } else if (unclosed || numberSplit || evidence === 'medium') {
    // An OCR may drop the closing quote of a headline, and a headline may end with a number.
    strength = 'medium';
  }
  if (strength === null) return null;
  // A title-like next block may be the next story's headline: never join it automatically.
  // Nor English speech a comma introduces ("made bold to speak," ‖ '"Please, sir, …'): a
  // quotation often opens its own paragraph.
  if (bTitleLike || bIndented || (latin && ek === 'internal' && OPENING_QUOTES.has(after))) {
    strength = 'medium';
  }
  // An English dash closes up to the word after it as to the word before ("joy—and").
  const closesUp = ek === 'dash' && !isSpace(aText[aText.length - 2] ?? ' ');
  return {
    strength,
    joiner: latin && !closesUp ? ' ' : '',
    before,
    after,
    cutStart: aText.length,
    cutEnd: lead,
  };
}

/** Marks that open a quotation in English text. */
const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);

/**
 * True when either half is too small to stand alone: a single ideograph ("当" ‖ "天，李强…"),
 * or a closing "paragraph" of one or two characters ("王小洪参加会" ‖ "见。").
 */
function isFragmentPair(aText: string, bCore: string, aLength: number): boolean {
  if (aLength === 1 && isCjkChar(aText.trim().codePointAt(0) ?? 0)) return true;
  return visibleLength(bCore) <= 3 && endKind(bCore) === 'final';
}

/** Units that follow a number: "今年7" ‖ "月", "增长15" ‖ "%". */
const NUMBER_UNITS = new Set([
  ...'月日年时点分秒号%％个万亿千百元米吨岁名次家项倍天周届期条台辆座件种位人',
]);

/** True when the cut falls inside a number ("2" ‖ "2日", "5." ‖ "7亿元", "15" ‖ "%"). */
function splitsNumber(aText: string, before: string, after: string): boolean {
  if (isDigit(before)) return isDigit(after) || NUMBER_UNITS.has(after);
  if (before === '.' || before === '．') {
    return isDigit(after) && aText.length >= 2 && isDigit(aText[aText.length - 2]);
  }
  return false;
}

/**
 * True when the cut falls inside a dateline ("央视" ‖ "网消息（新闻联播）：…", "央视网消息" ‖
 * "（新闻联播）：…"), right after a dateline that ends with a colon ("央视网消息（新闻联播）："
 * ‖ "国务院新闻办…"), or inside the first sentence after one ("…（新闻联播）：一些" ‖ "影视作品…"):
 * a dateline paragraph always goes on to a full sentence.
 */
function splitsDateline(aText: string, bText: string, ek: EndKind): boolean {
  const formula = datelineLength(aText);
  if (formula < 0) {
    return aText.length <= 40 && startsWithDateline(aText + bText.slice(0, 40));
  }
  if (ek === 'colon' || (aText.length <= 40 && hasUnclosedPair(aText))) return true;
  if (formula === aText.length) return /^[（(：:]/u.test(bText);
  return ek === 'word' && aText.length - formula >= 8;
}

function trimTrailingJump(text: string): string {
  const jump = trailingJump(text);
  return jump ? text.slice(0, jump.start) : text.trimEnd();
}

function latinEvidence(
  aText: string,
  ek: EndKind,
  sk: StartKind,
  aMarks: number,
  context: PrecedingContext,
): 'strong' | 'medium' | null {
  if (ek !== 'word' && ek !== 'closer' && ek !== 'colon' && ek !== 'dash') return null;
  if (sk === 'lower') return ek === 'colon' ? 'medium' : 'strong';
  // Before a capital or a quotation, a colon or a dash introduces what follows ("His story was
  // this:" ‖ "He had been…", "he cried:—" ‖ '"What do ye do…') and a closing quote or bracket
  // ends speech ('I never drink—"' ‖ '"Water!"'): Moby-Dick's 44 paragraphs of that shape.
  if (ek !== 'word') return null;
  if (LATIN_RUN_ON.has(lastLatinWord(aText))) return 'strong';
  if (aMarks > 0 && context === 'prose') return 'medium';
  return null;
}

/** What the CJK evidence reads of the first block. */
interface Shape {
  readonly ek: EndKind;
  readonly aMarks: number;
  readonly aLength: number;
  readonly aSpaced: boolean;
  readonly aTitleLike: boolean;
}

function cjkEvidence(
  aText: string,
  bText: string,
  { ek, aMarks, aLength, aSpaced, aTitleLike }: Shape,
  context: PrecedingContext,
): 'strong' | 'medium' | null {
  const spans = ek === 'word' && wordSpansCut(aText, bText);
  if (context !== 'prose') {
    // After a headline (or at the top), a block ending open is most likely a deck.
    if (spans && aMarks > 0) return 'strong';
    if (aMarks > 0 && aLength > 100) return ek === 'word' ? 'strong' : 'medium';
    return spans && !aTitleLike ? 'medium' : null;
  }
  if (ek === 'word') {
    if (spans) return aSpaced || (aTitleLike && aLength <= 24) ? 'medium' : 'strong';
    if (aMarks > 0) return 'strong';
    if (endsWithDanglingWord(aText) || startsWithBoundWord(bText))
      return aSpaced ? 'medium' : 'strong';
    if (!aTitleLike) return 'medium';
    return null;
  }
  // Ends with a colon, a closing quote or a dash: prose that may introduce what follows.
  if (aMarks > 0 || spans) return 'medium';
  return null;
}
