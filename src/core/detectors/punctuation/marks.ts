/**
 * Judging half-width , : ; ( ) ? ! one by one: is this mark Chinese punctuation typed (or OCR'd)
 * at the wrong width, or does it belong to Latin text, a number, a time, a URL or code?
 *
 * Shared by `punctuation-width` (which widens the Chinese ones) and `stray-space` (which treats a
 * Chinese half-width mark like its full-width form), so both detectors agree in one pass.
 */
import type { Script } from '../../document/script';
import type { Confidence } from '../../finding';
import {
  CharClass,
  classOf,
  codePointBefore,
  FULL_WIDTH,
  isChineseClass,
  scanNeighbour,
} from './classes';
import { urlSpans } from './urls';

/** Why a mark was judged Chinese; drives the message the editor reads. */
export type MarkReason =
  /** A comma, colon, semicolon, ? or ! next to Chinese text. */
  | 'neighbour'
  /** A bracket pair around Chinese text. */
  | 'pair'
  /** One half of a pair whose other half is already full-width. */
  | 'mixed-pair'
  /** A bracket pair around Latin letters or digits, inside Chinese text (house style). */
  | 'latin-pair'
  /** A bracket without a partner, between Chinese characters. */
  | 'unmatched';

/** A half-width mark judged to be Chinese punctuation. */
export interface MarkVerdict {
  /** UTF-16 offset of the mark in the text that was judged (a block's text). */
  readonly offset: number;
  /** The half-width mark, one of , : ; ( ) ? ! */
  readonly mark: string;
  /** Its full-width form. */
  readonly replacement: string;
  readonly confidence: Confidence;
  readonly reason: MarkReason;
}

const UNJUDGED = 0;
const IN_URL = 1;
const SAFE = 2;
const SUGGEST = 3;
const KEEP = 4;

const OPEN_HALF = 0x28;
const CLOSE_HALF = 0x29;
const OPEN_FULL = 0xff08;
const CLOSE_FULL = 0xff09;

interface OpenBracket {
  readonly offset: number;
  /** Han or full-width punctuation seen between this bracket and the current position. */
  chinese: boolean;
}

/**
 * Judges every half-width , : ; ( ) ? ! in `text` (one block, `\n` line breaks allowed) and
 * returns the ones that are Chinese punctuation, in offset order. `script` is the block's dominant
 * script: in a Latin block a mark needs Chinese on both sides to be a safe fix.
 *
 * Linear in `text.length`: one pass for brackets (matched with a stack), one for the other marks,
 * each looking at a bounded number of neighbours.
 */
export function judgeMarks(text: string, script: Script): MarkVerdict[] {
  const n = text.length;
  const state = new Uint8Array(n);
  for (const url of urlSpans(text)) state.fill(IN_URL, url.start, url.end);
  const verdicts: MarkVerdict[] = [];
  const chinese = (pos: number): boolean => state[pos] === SAFE || state[pos] === SUGGEST;
  const side = (pos: number, dir: -1 | 1): CharClass =>
    scanNeighbour(text, pos, dir, 0, n, chinese);
  const decide = (offset: number, confidence: Confidence | null, reason: MarkReason): void => {
    if (confidence === null) {
      state[offset] = KEEP;
      return;
    }
    state[offset] = confidence === 'safe' ? SAFE : SUGGEST;
    const mark = text[offset];
    verdicts.push({ offset, mark, replacement: FULL_WIDTH[mark], confidence, reason });
  };

  // Brackets first: a pair is judged as a whole, and its verdict then informs the marks beside it.
  const stack: OpenBracket[] = [];
  const unmatched: number[] = [];
  for (let i = 0; i < n; i++) {
    if (state[i] === IN_URL) continue;
    const code = text.charCodeAt(i);
    if (code === OPEN_HALF || code === OPEN_FULL) {
      stack.push({ offset: i, chinese: false });
    } else if (code === CLOSE_HALF || code === CLOSE_FULL) {
      const open = stack.pop();
      if (open === undefined) {
        if (code === CLOSE_HALF) unmatched.push(i);
      } else {
        judgePair(text, open, i, script, side, decide);
        const parent = stack[stack.length - 1];
        const fullWidth = code === CLOSE_FULL || text.charCodeAt(open.offset) === OPEN_FULL;
        if (parent !== undefined) parent.chinese ||= open.chinese || fullWidth;
      }
    } else if (stack.length > 0 && isChineseClass(classOf(code))) {
      stack[stack.length - 1].chinese = true;
    }
  }
  for (const open of stack) {
    if (text.charCodeAt(open.offset) === OPEN_HALF) unmatched.push(open.offset);
  }
  for (const offset of unmatched) {
    const left = isChineseClass(side(offset, -1));
    const right = isChineseClass(side(offset + 1, 1));
    decide(offset, left && right ? 'safe' : left || right ? 'suggest' : null, 'unmatched');
  }

  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x2c && code !== 0x3a && code !== 0x3b && code !== 0x3f && code !== 0x21) {
      continue;
    }
    if (state[i] !== UNJUDGED) continue;
    decide(i, judgeNeighbourMark(text, i, code, script, side), 'neighbour');
  }
  return verdicts.sort((a, b) => a.offset - b.offset);
}

function judgePair(
  text: string,
  open: OpenBracket,
  close: number,
  script: Script,
  side: (pos: number, dir: -1 | 1) => CharClass,
  decide: (offset: number, confidence: Confidence | null, reason: MarkReason) => void,
): void {
  const openHalf = text.charCodeAt(open.offset) === OPEN_HALF;
  const closeHalf = text.charCodeAt(close) === CLOSE_HALF;
  if (!openHalf && !closeHalf) return;
  if (openHalf !== closeHalf) {
    // The other half is already full-width: the typesetter meant a Chinese pair.
    decide(openHalf ? open.offset : close, 'safe', 'mixed-pair');
    return;
  }
  const left = side(open.offset, -1);
  const right = side(close + 1, 1);
  let confidence: Confidence | null;
  let reason: MarkReason;
  if (open.chinese) {
    reason = 'pair';
    const englishAround = left === CharClass.Latin && right === CharClass.Latin;
    confidence = script === 'cjk' && !englishAround ? 'safe' : 'suggest';
  } else {
    reason = 'latin-pair';
    // "f(x)", "a(b)", "COVID-19(x)": a bracket glued to a Latin word or number is code or math.
    const glued = classOf(codePointBefore(text, open.offset));
    const code = glued === CharClass.Latin || glued === CharClass.Digit;
    confidence = !code && (isChineseClass(left) || isChineseClass(right)) ? 'suggest' : null;
  }
  decide(open.offset, confidence, reason);
  decide(close, confidence, reason);
}

function judgeNeighbourMark(
  text: string,
  offset: number,
  code: number,
  script: Script,
  side: (pos: number, dir: -1 | 1) => CharClass,
): Confidence | null {
  if (code === 0x3a || code === 0x2c) {
    // "10:30", "1:1", "1,000": a colon or comma between digits is a time, ratio or number.
    const before = codePointBefore(text, offset);
    const after = text.charCodeAt(offset + 1);
    if (isAsciiDigit(before) && isAsciiDigit(after)) return null;
  }
  const left = isChineseClass(side(offset, -1));
  const right = isChineseClass(side(offset + 1, 1));
  if (!left && !right) return null;
  return script === 'cjk' || (left && right) ? 'safe' : 'suggest';
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
