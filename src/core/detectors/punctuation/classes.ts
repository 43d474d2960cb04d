/**
 * Character classes for judging punctuation and spaces by their neighbours.
 *
 * Positions are UTF-16 code unit offsets into the normalized document text. A character outside
 * the BMP (an astral ideograph) is read as one code point from either side.
 */
import { isCjkChar, isLatinLetter } from '../../document/script';
import { HALF_TO_FULL_WIDTH } from '../../text/widths';

/** What a neighbouring character says about the language around a mark or a space. */
export const CharClass = {
  /** A Han ideograph, kana or hangul. */
  Han: 1,
  /** Full-width CJK punctuation or forms (，。、：；（）《》「」【】, full-width letters…). */
  CjkPunct: 2,
  Digit: 3,
  Latin: 4,
  /** Horizontal whitespace: ASCII space, tab, U+3000, no-break and other Unicode spaces. */
  Space: 5,
  /** Shared by both typographies (curly quotes, dashes, ellipsis, middle dot): not decisive. */
  Neutral: 6,
  /** A line break or the edge of the block. */
  Boundary: 7,
  Other: 8,
} as const;

/** One of the CharClass values. */
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

/** True for horizontal whitespace (never `\n`). */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x3000 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f
  );
}

/**
 * Punctuation that only Chinese (CJK) typesetting uses: the CJK symbols block (、。〈〉《》「」『』
 * 【】〔〕…, not the ideographic space), full-width forms (，：；（）！？ and full-width letters)
 * and the CJK compatibility and vertical forms. Curly quotes, dashes and the ellipsis are not
 * here: English uses them too.
 */
export function isDecisiveCjkPunct(code: number): boolean {
  return (
    (code >= 0x3001 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff65) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe4f)
  );
}

function isNeutralCode(code: number): boolean {
  return (
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0xb7 ||
    code === 0x2026 ||
    (code >= 0x2010 && code <= 0x2015)
  );
}

/** The class of one code point. */
export function classOf(code: number): CharClass {
  if (code === 0x0a) return CharClass.Boundary;
  if (isCjkChar(code)) return CharClass.Han;
  if (code >= 0x30 && code <= 0x39) return CharClass.Digit;
  if (isLatinLetter(code)) return CharClass.Latin;
  if (isSpaceCode(code)) return CharClass.Space;
  if (isDecisiveCjkPunct(code)) return CharClass.CjkPunct;
  if (isNeutralCode(code)) return CharClass.Neutral;
  return CharClass.Other;
}

/** The code point that ends just before `pos` (a surrogate pair read as one), or -1 at 0. */
export function codePointBefore(text: string, pos: number): number {
  if (pos <= 0) return -1;
  const low = text.charCodeAt(pos - 1);
  if (low >= 0xdc00 && low <= 0xdfff && pos >= 2) {
    const high = text.charCodeAt(pos - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Half-width marks this family of detectors widens, with their full-width forms. */
export const FULL_WIDTH = HALF_TO_FULL_WIDTH;

/** True for the code of a half-width mark in FULL_WIDTH. */
export function isHalfWidthMark(code: number): boolean {
  return (
    code === 0x2c ||
    code === 0x3a ||
    code === 0x3b ||
    code === 0x28 ||
    code === 0x29 ||
    code === 0x3f ||
    code === 0x21
  );
}

/** How many non-decisive characters (spaces aside) a neighbour scan looks through. */
const MAX_SKIP = 4;

/**
 * What a neighbour scan makes of a half-width mark: `chinese` (judged a safe fix: it reads as
 * the full-width mark it will become), `barrier` (a bracket not safely Chinese: the scan stops,
 * since a bracket separates what is inside from what is outside) or `skip` (look through it).
 */
export type MarkView = 'chinese' | 'barrier' | 'skip';

/**
 * Reads the language signal on one side of a position: the class of the first decisive character
 * found by stepping away from `pos` (backwards when `dir` is -1, forwards when +1), looking
 * through spaces, neutral marks (quotes, dashes) and the half-width marks `view` says to skip.
 * A mark viewed as `chinese` counts as CjkPunct, a `barrier` as Other. Stops at a line break or
 * at `[floor, ceil)` (the block), returning Boundary, and after MAX_SKIP non-space characters,
 * returning Other. A run of spaces is crossed whole: it is scanned only by the few marks that
 * border it, so the total cost stays linear.
 */
export function scanNeighbour(
  text: string,
  pos: number,
  dir: -1 | 1,
  floor: number,
  ceil: number,
  view: (pos: number) => MarkView,
): CharClass {
  let i = pos;
  let skipped = 0;
  while (skipped <= MAX_SKIP) {
    let code: number;
    let at: number;
    if (dir < 0) {
      if (i <= floor) return CharClass.Boundary;
      code = codePointBefore(text, i);
      at = i - (code > 0xffff ? 2 : 1);
    } else {
      if (i >= ceil) return CharClass.Boundary;
      code = text.codePointAt(i) ?? -1;
      at = i;
    }
    if (isHalfWidthMark(code)) {
      const seen = view(at);
      if (seen === 'chinese') return CharClass.CjkPunct;
      if (seen === 'barrier') return CharClass.Other;
      skipped++;
    } else {
      const cls = classOf(code);
      if (cls === CharClass.Neutral) skipped++;
      else if (cls !== CharClass.Space) return cls;
    }
    i = dir < 0 ? at : at + (code > 0xffff ? 2 : 1);
  }
  return CharClass.Other;
}

/** A character at U+3000 or above: the first code of every class `isChineseClass` holds. */
const FROM_U3000 = /[\u3000-\uffff]/;

/**
 * False when no character of `text` can be Chinese: Han (and kana, hangul), Chinese punctuation,
 * the full-width brackets and the ideographic space all lie at U+3000 or above (astral Han as
 * its surrogates). A block of Latin text is let go with one scan: on the bench's 10 MB English
 * issue, judging its marks and spaces took 0.5 s of CPU and found nothing.
 */
export function mayHoldChinese(text: string): boolean {
  return FROM_U3000.test(text);
}

/** True for the classes that only occur in Chinese text. */
export function isChineseClass(cls: CharClass): boolean {
  return cls === CharClass.Han || cls === CharClass.CjkPunct;
}
