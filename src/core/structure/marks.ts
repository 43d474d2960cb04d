/**
 * Punctuation classes for paragraph structure: how a block ends and how the next one starts.
 *
 * Every function looks at a few characters at one edge of a string; none scans a whole block,
 * except `countProseMarks`, which is linear in its input.
 */
import { isCjkChar, isCjkPunctuation, isLatinLetter } from '../document/script';

/** Marks that end a sentence (CJK and Latin). */
const FINAL = new Set(['。', '！', '？', '!', '?', '…', '．', '.', '‼', '⁇']);
/** Closing quotes and brackets that may follow a sentence-final mark. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '〉', '】', ']', '〕', '"', "'"]);
/** Marks that can only stand inside a sentence: a paragraph never ends with one. */
const INTERNAL = new Set(['，', '、', '；', ',', ';']);
const COLONS = new Set(['：', ':']);
/** Marks a paragraph never starts with: a block opening with one continues the one before. */
const CONTINUATION_START = new Set([
  '，',
  '。',
  '、',
  '；',
  '：',
  '！',
  '？',
  '）',
  '」',
  '』',
  '》',
  '〉',
  '】',
  '〕',
  '”',
  '’',
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  ')',
]);
const DASHES = new Set(['—', '–', '-', '～', '~']);
/** Opening quotes and brackets: nothing ends with one. */
const OPENERS = new Set(['（', '(', '“', '《', '【', '「', '『', '〔']);

/** True for horizontal white space (space, tab, ideographic space, no-break space). */
export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0';
}

/** `isSpace` for one code unit. */
function isSpaceUnit(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}

/** True when `ch` ends a sentence (。！？!?…). */
export function isFinalMark(ch: string): boolean {
  return FINAL.has(ch);
}

/** The last code point of `text` ('' for an empty string). */
export function lastChar(text: string): string {
  if (text.length === 0) return '';
  const code = text.charCodeAt(text.length - 1);
  if (code >= 0xdc00 && code <= 0xdfff && text.length >= 2) return text.slice(-2);
  return text.slice(-1);
}

/** The first code point of `text` ('' for an empty string). */
export function firstChar(text: string): string {
  if (text.length === 0) return '';
  const code = text.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdbff && text.length >= 2) return text.slice(0, 2);
  return text.slice(0, 1);
}

/** How a block ends, judged on its last characters (trailing white space ignored). */
export type EndKind =
  /** sentence-final mark, possibly followed by closing quotes or brackets: a closed paragraph */
  | 'final'
  /** a comma, enumeration comma or semicolon: the sentence goes on */
  | 'internal'
  /** a colon: may introduce a quotation or a list */
  | 'colon'
  /** a closing quote or bracket not preceded by a final mark */
  | 'closer'
  /** an opening quote or bracket: nothing can end there */
  | 'opener'
  /** a letter, ideograph or digit */
  | 'word'
  /** a Latin letter followed by a hyphen: hyphenation, another detector's business */
  | 'hyphen'
  /** a dash */
  | 'dash'
  | 'other'
  | 'empty';

/** Classifies the end of `text` (white space at the end is skipped). */
export function endKind(text: string): EndKind {
  let i = text.length;
  while (i > 0 && isSpace(text[i - 1])) i--;
  if (i === 0) return 'empty';
  const last = text[i - 1];
  if (FINAL.has(last)) return 'final';
  if (INTERNAL.has(last)) return 'internal';
  if (COLONS.has(last)) return 'colon';
  if (CLOSERS.has(last)) {
    let j = i - 1;
    while (j > 0 && CLOSERS.has(text[j - 1])) j--;
    return j > 0 && FINAL.has(text[j - 1]) ? 'final' : 'closer';
  }
  if (OPENERS.has(last)) return 'opener';
  if (last === '-' && i >= 2 && isLatinLetter(text.charCodeAt(i - 2))) return 'hyphen';
  if (DASHES.has(last)) return 'dash';
  if (isWordChar(lastChar(text.slice(0, i)))) return 'word';
  return 'other';
}

/** How a block starts, judged on its first character (leading white space skipped). */
export type StartKind =
  /** a mark no paragraph starts with (，。）” …): the block continues the previous one */
  | 'continuation'
  /** a lower-case Latin letter: in Latin text, the middle of a sentence */
  | 'lower'
  | 'upper'
  | 'cjk'
  | 'digit'
  /** an opening quote or bracket, or anything else */
  | 'other'
  | 'empty';

/** Classifies the start of `text` (white space at the start is skipped). */
export function startKind(text: string): StartKind {
  let i = 0;
  while (i < text.length && isSpace(text[i])) i++;
  if (i === text.length) return 'empty';
  const ch = firstChar(text.slice(i));
  if (CONTINUATION_START.has(ch)) return 'continuation';
  const code = ch.codePointAt(0) ?? 0;
  if (isCjkChar(code)) return 'cjk';
  if (code >= 0x30 && code <= 0x39) return 'digit';
  if (code >= 0xff10 && code <= 0xff19) return 'digit';
  if (isLatinLetter(code))
    return ch.toLowerCase() === ch && ch.toUpperCase() !== ch ? 'lower' : 'upper';
  return 'other';
}

/** True for an ideograph, a Latin letter or a digit (ASCII or full-width). */
export function isWordChar(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    isCjkChar(code) ||
    isLatinLetter(code) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a) ||
    ch === '%' ||
    ch === '％'
  );
}

/** True when `ch` is CJK: an ideograph or full-width punctuation. */
export function isCjkSide(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return isCjkChar(code) || isCjkPunctuation(code);
}

/**
 * Counts the marks of running prose inside `text`: commas and semicolons anywhere, and
 * sentence-final marks that are followed by more text. Headlines almost never have any
 * (1 of the 500 zh-news headlines has a comma, inside a quoted title 《…》); prose paragraphs
 * nearly always do. Marks inside 《》 are part of a title and do not count. A Latin full stop
 * counts only when followed by a space (so "U.S." and "3.5" do not).
 */
export function countProseMarks(text: string): number {
  let count = 0;
  let inTitle = 0;
  const last = text.length - 1;
  // By char codes: a one-character string of a Han character is a new string each time.
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x300a /* 《 */) inTitle++;
    else if (code === 0x300b /* 》 */) inTitle = Math.max(0, inTitle - 1);
    else if (inTitle > 0) continue;
    else if (code === 0xff0c /* ， */ || code === 0xff1b /* ； */ || code === 0x3b) count++;
    else if (code === 0x2c /* , */) {
      // "1,000" is a number, not prose.
      const next = i < last ? text.charCodeAt(i + 1) : 0;
      if (!(next >= 0x30 && next <= 0x39)) count++;
    } else if (code === 0x3002 /* 。 */ || code === 0xff01 /* ！ */ || code === 0xff1f /* ？ */) {
      if (i < last) count++;
    } else if (
      (code === 0x2e || code === 0x21 || code === 0x3f) &&
      i < last &&
      text.charCodeAt(i + 1) === 0x20
    ) {
      count++;
    }
  }
  return count;
}

/** Number of code points of `text` that are not white space. */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The low half of a surrogate pair belongs to the code point already counted.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x3000 || code === 0xa0)
      continue;
    n++;
  }
  return n;
}

/**
 * True when `text` has a space between two CJK characters: headlines separate phrases that
 * way ("坚持底线思维 全力释放产能"); running prose does not.
 */
export function hasSpacedCjkPhrases(text: string): boolean {
  for (let i = 1; i < text.length - 1; i++) {
    if (!isSpaceUnit(text.charCodeAt(i))) continue;
    let j = i;
    while (j < text.length && isSpaceUnit(text.charCodeAt(j))) j++;
    if (j >= text.length) return false;
    const before = text.codePointAt(i - 1) ?? 0;
    const after = text.codePointAt(j) ?? 0;
    if ((isCjkChar(before) || isCjkPunctuation(before)) && isCjkChar(after)) return true;
    i = j;
  }
  return false;
}

/** Opening marks tracked by `hasUnclosedPair`, as code units, parallel to PAIR_CLOSE. */
const PAIR_OPEN = [0xff08, 0x28, 0x201c, 0x300a, 0x3010, 0x300c, 0x300e, 0x3014];
const PAIR_CLOSE = [0xff09, 0x29, 0x201d, 0x300b, 0x3011, 0x300d, 0x300f, 0x3015];

/**
 * True when `text` leaves a quotation or parenthesis open ("央视网消息（新闻"): its sentence
 * cannot have ended. Linear in `text`, one pass over code units.
 */
export function hasUnclosedPair(text: string): boolean {
  const depth = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Every tracked mark is ( ) “ ” U+300A–U+3015 or （ ）: Han text is passed over by its code.
    if (
      code < 0x28 ||
      (code > 0x29 && code < 0x201c) ||
      (code > 0x201d && code < 0x300a) ||
      (code > 0x3015 && code !== 0xff08 && code !== 0xff09)
    ) {
      continue;
    }
    const o = PAIR_OPEN.indexOf(code);
    if (o >= 0) {
      depth[o]++;
      continue;
    }
    const c = PAIR_CLOSE.indexOf(code);
    if (c >= 0 && depth[c] > 0) depth[c]--;
  }
  return depth.some((d) => d > 0);
}

/** True for an ASCII or full-width digit. */
export function isDigit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}
