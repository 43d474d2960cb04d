/**
 * What stands on either side of a space, as far as Chinese spacing is concerned.
 */
import type { Confidence } from '../../finding';
import { CharClass, classOf } from './classes';
import type { MarkVerdict } from './marks';

/** The role of one neighbour of a space. */
export type SideKind =
  | 'han'
  | 'digit'
  | 'latin'
  /** An opening bracket or book-title mark: （《「『【〔〈, or a half-width "(" judged Chinese. */
  | 'open'
  /** A closing bracket or book-title mark, or a half-width ")" judged Chinese. */
  | 'close'
  /** Other Chinese punctuation: ，。、；：！？…, or a half-width mark judged Chinese. */
  | 'punct'
  /** “ or ‘, which both typographies use. */
  | 'open-quote'
  /** ” or ’. */
  | 'close-quote'
  | 'other';

/** One neighbour: its kind and, for a half-width mark judged Chinese, that judgement's confidence. */
export interface Side {
  readonly kind: SideKind;
  readonly confidence: Confidence;
}

const OPENERS = new Set([
  0xff08, 0x300a, 0x300c, 0x300e, 0x3010, 0x3014, 0x3008, 0x3016, 0xff3b, 0xff5b,
]);
const CLOSERS = new Set([
  0xff09, 0x300b, 0x300d, 0x300f, 0x3011, 0x3015, 0x3009, 0x3017, 0xff3d, 0xff5d,
]);

const SAFE_SIDE: Readonly<Record<SideKind, Side>> = {
  han: { kind: 'han', confidence: 'safe' },
  digit: { kind: 'digit', confidence: 'safe' },
  latin: { kind: 'latin', confidence: 'safe' },
  open: { kind: 'open', confidence: 'safe' },
  close: { kind: 'close', confidence: 'safe' },
  punct: { kind: 'punct', confidence: 'safe' },
  'open-quote': { kind: 'open-quote', confidence: 'safe' },
  'close-quote': { kind: 'close-quote', confidence: 'safe' },
  other: { kind: 'other', confidence: 'safe' },
};

/**
 * Classifies the code point `code` found at `offset` (UTF-16, in the text `marks` was judged on).
 * `marks` maps the offsets of half-width marks judged Chinese to their verdicts.
 */
export function sideOf(
  code: number,
  offset: number,
  marks: ReadonlyMap<number, MarkVerdict>,
): Side {
  const verdict = marks.get(offset);
  if (verdict !== undefined) {
    const kind = verdict.mark === '(' ? 'open' : verdict.mark === ')' ? 'close' : 'punct';
    return { kind, confidence: verdict.confidence };
  }
  if (OPENERS.has(code)) return SAFE_SIDE.open;
  if (CLOSERS.has(code)) return SAFE_SIDE.close;
  if (code === 0x201c || code === 0x2018) return SAFE_SIDE['open-quote'];
  if (code === 0x201d || code === 0x2019) return SAFE_SIDE['close-quote'];
  switch (classOf(code)) {
    case CharClass.Han:
      return SAFE_SIDE.han;
    case CharClass.Digit:
      return SAFE_SIDE.digit;
    case CharClass.Latin:
      return SAFE_SIDE.latin;
    case CharClass.CjkPunct:
      // Full-width letters and digits (Ａ, １) are text, not punctuation.
      return (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff5a)
        ? SAFE_SIDE.other
        : SAFE_SIDE.punct;
    default:
      return SAFE_SIDE.other;
  }
}
