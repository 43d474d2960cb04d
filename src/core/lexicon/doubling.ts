/**
 * Evidence that a doubled span of Chinese text is an OCR stutter, read from the lexicon. A
 * doubling is deleted automatically only on positive evidence; everything else is a suggestion.
 *
 * The doubled text and the text with one copy removed are both segmented (jieba's
 * maximum-probability route over a window of up to `WINDOW` Han characters either side):
 *
 * - **whole words**: both copies are whole lexicon words (each copy splits into words of two or
 *   more characters, its ends on word boundaries; a copy the lexicon splits into characters
 *   counts when the ICU word segmenter reads it as one word, or when it is two characters that
 *   are no transliterated name and the pair where the copies meet is no word: 依规依规), and
 *   neither copy lies inside a longer
 *   lexicon word with its neighbours (三号车间车间主任 = 车间 + 车间主任, 新中国中国画 = 新中国 +
 *   中国画, 巴勒斯坦巴勒斯坦民族解放运动); or
 * - **broken words**: the doubling breaks a word that the single text has: where the copies meet
 *   the doubled text falls into a one-character piece, and the text with one copy removed reads a
 *   lexicon word of two or more characters across the place of the removed copy (要坚要坚持 →
 *   要坚持, 技术世技术世界 → 技术世界; for units of three characters or more, across the start
 *   of the kept copy too: 习近平主席近平主席). A word across the meeting point in the doubled
 *   text (手把手把技术, 面对面对接, 构建共建共治共享) rules this out, and so does, for two
 *   characters, a word across only the start (退税缓税缓费: 退税 / 缓税 / 缓费).
 *
 * The caller rules out the shapes that are grammar (reduplication, 一步一步, 大把大把) and spans
 * inside titles before asking.
 */
import { segmentBoundaries, type ChineseLexicon } from './chinese';

/** Han characters of context read on each side of the doubling. */
export const WINDOW = 6;

const HAN = /\p{Script=Han}/u;

/** What the lexicon says of one doubling. */
export type DoublingEvidence = 'whole-words' | 'broken-words' | 'none';

/**
 * Judges the doubling of `unit` characters at `start` (two copies: `[start, start + unit)` and
 * `[start + unit, start + 2 * unit)`) in `text`.
 */
export function doublingEvidence(
  lexicon: ChineseLexicon,
  text: string,
  start: number,
  unit: number,
): DoublingEvidence {
  const seam = start + unit;
  const end = start + 2 * unit;
  let from = start;
  while (from > start - WINDOW && from > 0 && HAN.test(text[from - 1]!)) from--;
  let to = end;
  while (to < end + WINDOW && to < text.length && HAN.test(text[to]!)) to++;
  const doubled = segmentBoundaries(lexicon, text, from, to);
  const bounds = new Set(doubled);
  if (bounds.has(start) && bounds.has(seam) && bounds.has(end)) {
    const wholeWords =
      doubled.every(
        (b, i) => i === 0 || b <= start || doubled[i - 1]! >= end || b - doubled[i - 1]! >= 2,
      ) ||
      icuReadsOneWord(text, from, to, start, seam, end) ||
      unknownWord(lexicon, text, start, unit);
    if (wholeWords && !insideLongerWord(lexicon, text, from, to, start, seam)) {
      if (!insideLongerWord(lexicon, text, from, to, seam, end)) return 'whole-words';
    }
    return 'none';
  }
  if (!bounds.has(seam)) return 'none';
  const at = doubled.indexOf(seam);
  const before = seam - doubled[at - 1]!;
  const after = doubled[at + 1]! - seam;
  if (before !== 1 && after !== 1) return 'none';
  // The single text: one copy removed (which one does not matter, the result is the same).
  const single = text.slice(from, seam) + text.slice(end, to);
  const singleBounds = new Set(segmentBoundaries(lexicon, single));
  // A word across the seam restores what the doubling broke. Across the start of the kept copy
  // only for longer units: with two characters that is the shape of parallel phrases (退税缓税缓费
  // reads 退税 / 缓税 / 缓费, and 退税 crosses the start).
  if (!singleBounds.has(seam - from)) return 'broken-words';
  return unit >= 3 && !singleBounds.has(start - from) ? 'broken-words' : 'none';
}

/**
 * True when a lexicon word longer than `[a, b)` within `[from, to)` contains it (the copy is part
 * of a longer word with its neighbours).
 */
function insideLongerWord(
  lexicon: ChineseLexicon,
  text: string,
  from: number,
  to: number,
  a: number,
  b: number,
): boolean {
  const longest = lexicon.maxWordLength;
  for (let s = Math.max(from, b - longest); s <= a; s++) {
    for (
      let e = Math.max(b, s + (b - a) + (s === a ? 1 : 0));
      e <= Math.min(to, s + longest);
      e++
    ) {
      if (e - s > b - a && lexicon.has(text.slice(s, e))) return true;
    }
  }
  return false;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * For a copy the lexicon does not know (依规: jieba splits it into characters): true when the
 * ICU word segmenter reads each copy as one word. The lexicon has already put word boundaries at
 * both copies' ends; ICU only vouches for the word in between.
 */
function icuReadsOneWord(
  text: string,
  from: number,
  to: number,
  start: number,
  seam: number,
  end: number,
): boolean {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const starts = new Set<number>();
  for (const piece of segmenter.segment(text.slice(from, to))) starts.add(from + piece.index);
  starts.add(to);
  if (!starts.has(start) || !starts.has(seam) || !starts.has(end)) return false;
  for (let k = start + 1; k < end; k++) if (k !== seam && starts.has(k)) return false;
  return true;
}

/** Characters of transliterated foreign names (巴拉, 阿卜, 萨拉): a doubled pair may be a name. */
const TRANSLITERATION = new Set(
  '阿埃艾爱安奥巴拜班邦贝本比波伯布查达戴丹道德迪蒂杜多厄恩法菲费芬弗福盖冈戈格古哈海汉赫亨胡华霍基吉加贾杰金卡凯坎科克库拉莱赖兰朗劳勒雷里利连林卢鲁伦罗洛马迈曼梅蒙米密莫姆穆纳奈南内尼宁努诺帕潘佩皮普齐奇恰乔切琼萨塞桑森沙尚什斯苏索塔泰坦特提托图瓦万旺威韦维温沃乌西希谢辛休亚扬耶伊因尤约扎泽詹'.split(
    '',
  ),
);

/**
 * A two-character copy that the lexicon splits into two characters (依规 in 依法依规依规处理):
 * an unknown word, doubled, when the two characters are not a transliterated name and the pair
 * where the copies meet (规依) is no word.
 */
function unknownWord(lexicon: ChineseLexicon, text: string, start: number, unit: number): boolean {
  if (unit !== 2) return false;
  const a = text[start]!;
  const b = text[start + 1]!;
  if (TRANSLITERATION.has(a) && TRANSLITERATION.has(b)) return false;
  return !lexicon.has(b + a);
}
