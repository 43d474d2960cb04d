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
  mayHoldChinese,
  scanNeighbour,
  type MarkView,
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

// Per-offset state of the marks.
const UNJUDGED = 0;
const IN_URL = 1;
const SAFE = 2;
const SUGGEST = 3;
const KEEP = 4;

const REASONS: readonly MarkReason[] = [
  'neighbour',
  'pair',
  'mixed-pair',
  'latin-pair',
  'unmatched',
];

const OPEN_HALF = 0x28;
const CLOSE_HALF = 0x29;
const OPEN_FULL = 0xff08;
const CLOSE_FULL = 0xff09;

interface OpenBracket {
  readonly offset: number;
  /** Han or full-width punctuation seen between this bracket and the current position. */
  chinese: boolean;
}

/** The working state of one judgement: the text, its script and what is decided so far. */
interface Judging {
  readonly text: string;
  readonly script: Script;
  readonly state: Uint8Array;
  readonly reason: Uint8Array;
  readonly side: (pos: number, dir: -1 | 1) => CharClass;
}

/**
 * Judges every half-width , : ; ( ) ? ! in `text` (one block, `\n` line breaks allowed) and
 * returns the ones that are Chinese punctuation, in offset order. `script` is the block's dominant
 * script: in a Latin block a mark needs Chinese on both sides to be a safe fix.
 *
 * Bracket pairs are judged first, as wholes. The other marks (and unmatched brackets) are judged
 * from their neighbours, where a mark already judged a safe fix reads as the full-width mark it
 * becomes: one pass left to right, one right to left, which reaches the fixed point (a chain of
 * marks is Chinese from whichever end it touches Chinese text). So widening the safe marks and
 * judging again finds no new safe mark.
 *
 * Linear in `text.length`: every mark looks at a bounded number of neighbours.
 */
export function judgeMarks(text: string, script: Script): MarkVerdict[] {
  const verdicts: MarkVerdict[] = [];
  forEachChineseMark(text, script, (offset, confidence, reason) => {
    const mark = text[offset];
    verdicts.push({ offset, mark, replacement: FULL_WIDTH[mark], confidence, reason });
  });
  return verdicts;
}

/**
 * As `judgeMarks`, without a verdict object per mark: calls `each` with the offset, confidence
 * and reason of every mark judged Chinese punctuation, in offset order (the mark is
 * `text[offset]`, its full-width form `FULL_WIDTH[mark]`).
 */
export function forEachChineseMark(
  text: string,
  script: Script,
  each: (offset: number, confidence: Confidence, reason: MarkReason) => void,
): void {
  // A mark is judged Chinese only beside Chinese (`isChineseClass`) or a full-width bracket.
  if (!mayHoldChinese(text)) return;
  const arrays = workspace(text.length);
  try {
    judge(text, script, arrays, each);
  } finally {
    release(arrays);
  }
}

function judge(
  text: string,
  script: Script,
  { state, reason }: Workspace,
  each: (offset: number, confidence: Confidence, reason: MarkReason) => void,
): void {
  const n = text.length;
  for (const url of urlSpans(text)) state.fill(IN_URL, url.start, url.end);
  const view = (pos: number): MarkView => {
    if (state[pos] === SAFE) return 'chinese';
    const code = text.charCodeAt(pos);
    return code === OPEN_HALF || code === CLOSE_HALF ? 'barrier' : 'skip';
  };
  const judging: Judging = {
    text,
    script,
    state,
    reason,
    side: (pos, dir) => scanNeighbour(text, pos, dir, 0, n, view),
  };

  const singles: number[] = [];
  const unmatched = judgePairs(judging, singles);
  // The marks found by the scan are in order already; only unmatched brackets need merging in.
  if (unmatched.length > 0) {
    for (const offset of unmatched) singles.push(offset);
    singles.sort((a, b) => a - b);
  }
  for (const offset of singles) judgeSingle(judging, offset);
  for (let k = singles.length - 1; k >= 0; k--) {
    if (state[singles[k]] !== SAFE) judgeSingle(judging, singles[k]);
  }

  for (let i = 0; i < n; i++) {
    if (state[i] !== SAFE && state[i] !== SUGGEST) continue;
    each(i, state[i] === SAFE ? 'safe' : 'suggest', REASONS[reason[i]]);
  }
}

/** The per-offset state and reason arrays of one judgement. */
interface Workspace {
  readonly state: Uint8Array;
  readonly reason: Uint8Array;
}

/**
 * One pair of arrays reused by every judgement (a block's marks are judged thousands of times
 * per issue, and a fresh typed array per block is an allocation outside the heap); a judgement
 * started while another is still reporting (from its `each`) gets arrays of its own.
 */
let shared: Workspace = { state: new Uint8Array(1024), reason: new Uint8Array(1024) };
let sharedInUse = false;

/** Blocks longer than this get arrays of their own, so a huge block's are not kept afterwards. */
const SHARED_MAX = 1 << 16;

function workspace(n: number): Workspace {
  if (sharedInUse || n > SHARED_MAX) return { state: new Uint8Array(n), reason: new Uint8Array(n) };
  sharedInUse = true;
  if (shared.state.length < n) {
    const size = Math.min(SHARED_MAX, Math.max(n, 2 * shared.state.length));
    shared = { state: new Uint8Array(size), reason: new Uint8Array(size) };
  } else {
    // `reason` is read only where `state` holds a decision, which writes it too.
    shared.state.fill(UNJUDGED, 0, n);
  }
  return shared;
}

function release(arrays: Workspace): void {
  if (arrays === shared) sharedInUse = false;
}

function isSingleMark(code: number): boolean {
  return code === 0x2c || code === 0x3a || code === 0x3b || code === 0x3f || code === 0x21;
}

function decide(
  judging: Judging,
  offset: number,
  confidence: Confidence | null,
  reason: MarkReason,
): void {
  judging.state[offset] = confidence === null ? KEEP : confidence === 'safe' ? SAFE : SUGGEST;
  judging.reason[offset] = REASONS.indexOf(reason);
}

/**
 * Matches round brackets of both widths with a stack and judges every pair with a half-width
 * member. Returns the offsets of half-width brackets left without a partner; the offsets of the
 * other half-width marks outside URLs (, : ; ? !, which no pair decides) go to `marks`, in order.
 */
function judgePairs(judging: Judging, marks: number[]): number[] {
  const { text, state } = judging;
  const stack: OpenBracket[] = [];
  const unmatched: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (state[i] === IN_URL) continue;
    const code = text.charCodeAt(i);
    if (isSingleMark(code)) marks.push(i);
    if (code === OPEN_HALF || code === OPEN_FULL) {
      stack.push({ offset: i, chinese: false });
    } else if (code === CLOSE_HALF || code === CLOSE_FULL) {
      const open = stack.pop();
      if (open === undefined) {
        if (code === CLOSE_HALF) unmatched.push(i);
        continue;
      }
      judgePair(judging, open, i);
      const fullWidth = code === CLOSE_FULL || text.charCodeAt(open.offset) === OPEN_FULL;
      const parent = stack[stack.length - 1];
      if (parent !== undefined) parent.chinese ||= open.chinese || fullWidth;
    } else if (stack.length > 0 && isChineseClass(classOf(code))) {
      stack[stack.length - 1].chinese = true;
    }
  }
  for (const open of stack) {
    if (text.charCodeAt(open.offset) === OPEN_HALF) unmatched.push(open.offset);
  }
  return unmatched;
}

function judgePair(judging: Judging, open: OpenBracket, close: number): void {
  const { text, script, side } = judging;
  const openHalf = text.charCodeAt(open.offset) === OPEN_HALF;
  const closeHalf = text.charCodeAt(close) === CLOSE_HALF;
  if (!openHalf && !closeHalf) return;
  if (openHalf !== closeHalf) {
    // The other half is already full-width: the typesetter meant a Chinese pair.
    decide(judging, openHalf ? open.offset : close, 'safe', 'mixed-pair');
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
  decide(judging, open.offset, confidence, reason);
  decide(judging, close, confidence, reason);
}

/** Judges a comma, colon, semicolon, ? or ! (or an unmatched bracket) from its neighbours. */
function judgeSingle(judging: Judging, offset: number): void {
  const { text, script, side } = judging;
  const code = text.charCodeAt(offset);
  const bracket = code === OPEN_HALF || code === CLOSE_HALF;
  if (code === 0x3a || code === 0x2c) {
    // "10:30", "1:1", "1,000": a colon or comma between digits is a time, ratio or number.
    const before = codePointBefore(text, offset);
    const after = text.charCodeAt(offset + 1);
    if (isAsciiDigit(before) && isAsciiDigit(after)) {
      decide(judging, offset, null, 'neighbour');
      return;
    }
  }
  if (code === 0x3b && isEntityEnd(text, offset)) {
    decide(judging, offset, null, 'neighbour');
    return;
  }
  const left = isChineseClass(side(offset, -1));
  const right = isChineseClass(side(offset + 1, 1));
  let confidence: Confidence | null = null;
  if (left || right) {
    // A lone bracket, a mark in a Latin block, or a mark closing a Latin quotation inside
    // Chinese ("…Beijing!”我们") needs Chinese on both sides to be sure.
    const sure = bracket || script !== 'cjk' || endsLatinQuote(text, offset) ? left && right : true;
    confidence = sure ? 'safe' : 'suggest';
  }
  decide(judging, offset, confidence, bracket ? 'unmatched' : 'neighbour');
}

/** True when the mark at `offset` is glued to a Latin word and followed by a closing quote. */
function endsLatinQuote(text: string, offset: number): boolean {
  if (classOf(codePointBefore(text, offset)) !== CharClass.Latin) return false;
  const next = text.charCodeAt(offset + 1);
  return next === 0x201d || next === 0x2019 || next === 0x22 || next === 0x27;
}

/** True when the ";" at `offset` ends an HTML entity left in the text ("&nbsp;", "&#12288;"). */
function isEntityEnd(text: string, offset: number): boolean {
  const floor = Math.max(0, offset - 10);
  let i = offset - 1;
  while (i >= floor && /[A-Za-z0-9#]/u.test(text[i])) i--;
  return i >= 0 && i < offset - 1 && text[i] === '&';
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
