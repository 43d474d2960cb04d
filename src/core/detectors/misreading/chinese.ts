/**
 * The Chinese half of `misreading`: a character the OCR engine read as another of similar
 * shape (末来 for 未来, 入才 for 人才, 己经 for 已经). A Han character that joins none of its
 * neighbours into a word of the lexicon is tried against the characters of similar shape
 * (`ShapeTable`); a candidate that makes a word with a neighbour is scored by how much better the
 * few characters around it read under the lexicon (`readingCost`, jieba's word frequencies),
 * less what a misreading costs (rarer the less similar the shapes). The best candidate is
 * proposed when the gain is clear, and applied automatically only when it is overwhelming.
 */
import type { Document } from '../../document/document';
import type { FindingDraft } from '../../finding';
import { readingCost, type ChineseLexicon } from '../../lexicon/chinese';
import type { ShapeTable } from '../../lexicon/shapes';

/** Characters of context on each side that the reading cost is measured over. */
const WINDOW = 4;
/** Shape candidates tried per character (the table ranks them, most similar first). */
const MAX_CANDIDATES = 16;
/** A word the candidate makes must be at least this frequent in the lexicon. */
const MIN_WORD_COUNT = 20;
/** -ln of how rarely a character is misread at all (about once per 5,000 characters). */
const MISREAD_COST = 8.5;
/** Added per place down the shape ranking (ln units). */
const RANK_COST = 0.25;

/** The thresholds of a reading, in ln units. */
export interface ChineseTuning {
  /** A reading must beat the printed text by this much to be proposed… */
  readonly suggestGain: number;
  /** …and by this much, with the next candidate `safeLead` behind, to be applied automatically. */
  readonly safeGain: number;
  readonly safeLead: number;
}

/** The thresholds the detector uses. */
export const CHINESE_TUNING: ChineseTuning = { suggestGain: -3, safeGain: 10, safeLead: 4 };

/** One better reading of a character, with how much better it reads. */
export interface ChineseReading {
  readonly offset: number;
  readonly seen: string;
  readonly meant: string;
  /** The word the meant character makes with its neighbours. */
  readonly word: string;
  /** ln units by which the window reads better, misreading cost already taken off. */
  readonly gain: number;
  readonly safe: boolean;
}

function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/**
 * A character used this often as a word of its own (的, 是, 在, 人, 大) is taken as printed: it
 * stands alone everywhere, so standing alone is no evidence of a misreading.
 */
const MAX_ALONE_COUNT = 30_000;

/** The most frequent lexicon word of 2–3 characters covering `at` in `text` (`[from, to)`). */
function bestWordAt(
  lexicon: ChineseLexicon,
  text: string,
  at: number,
  from: number,
  to: number,
): { word: string; count: number } {
  let best = { word: '', count: 0 };
  for (let length = 2; length <= 3; length++) {
    for (
      let start = Math.max(from, at - length + 1);
      start <= at && start + length <= to;
      start++
    ) {
      const word = text.slice(start, start + length);
      const count = lexicon.frequency(word);
      if (count > best.count) best = { word, count };
    }
  }
  return best;
}

/**
 * Reads characters against the lexicon, remembering per character pair whether it is a word
 * (number keys: far cheaper than building and hashing a two-character string every time).
 * One reader per analysis; it holds no state beyond those caches.
 */
/** Key of a pair of characters from U+3400 up: two 15-bit offsets, a small integer. */
function pairKey(a: number, b: number): number {
  const x = a - 0x3400;
  const y = b - 0x3400;
  return x < 0 || y < 0 || x >= 0x8000 || y >= 0x8000 ? -1 : (x << 15) | y;
}

/** The two-character words of a lexicon by pair key, built once per lexicon. */
const pairTables = new WeakMap<ChineseLexicon, Map<number, number>>();

/**
 * Every two-character word of `lexicon` with its count, when the lexicon can list its words
 * (jieba's, as `parseJiebaDictionary` builds it, keeps them in `entries`); undefined otherwise.
 */
function pairTable(lexicon: ChineseLexicon): Map<number, number> | undefined {
  let table = pairTables.get(lexicon);
  if (table) return table;
  const entries = (lexicon as { entries?: unknown }).entries;
  if (!(entries instanceof Map)) return undefined;
  table = new Map<number, number>();
  for (const [word, count] of entries as Map<string, number>) {
    if (word.length !== 2 || count <= 0) continue;
    const key = pairKey(word.charCodeAt(0), word.charCodeAt(1));
    if (key >= 0) table.set(key, count);
  }
  pairTables.set(lexicon, table);
  return table;
}

export class ChineseReader {
  private readonly pairs: Map<number, number>;
  /** True when `pairs` holds every two-character word (absent means not a word). */
  private readonly complete: boolean;
  private readonly alone = new Map<number, number>();

  constructor(
    private readonly lexicon: ChineseLexicon,
    private readonly shapes: ShapeTable,
    private readonly tuning: ChineseTuning = CHINESE_TUNING,
  ) {
    const table = pairTable(lexicon);
    this.pairs = table ?? new Map<number, number>();
    this.complete = table !== undefined;
  }

  /** The lexicon count of the two-character word `a b` (UTF-16 code units). */
  private pair(a: number, b: number): number {
    const key = pairKey(a, b);
    if (key < 0) return this.lexicon.frequency(String.fromCharCode(a, b));
    let count = this.pairs.get(key);
    if (count === undefined) {
      if (this.complete) return 0;
      count = this.lexicon.frequency(String.fromCharCode(a, b));
      this.pairs.set(key, count);
    }
    return count;
  }

  private aloneCount(code: number): number {
    let count = this.alone.get(code);
    if (count === undefined) {
      count = this.lexicon.frequency(String.fromCharCode(code));
      this.alone.set(code, count);
    }
    return count;
  }

  /** The better reading of the character at `at` in the Han run `[from, to)` of `text`. */
  read(text: string, at: number, from: number, to: number): ChineseReading | null {
    const { lexicon } = this;
    const code = text.charCodeAt(at);
    const prev = at > from ? text.charCodeAt(at - 1) : -1;
    const next = at + 1 < to ? text.charCodeAt(at + 1) : -1;
    // A character inside a word of the lexicon is read as that word.
    if (prev >= 0 && this.pair(prev, code) > 0) return null;
    if (next >= 0 && this.pair(code, next) > 0) return null;
    if (this.aloneCount(code) >= MAX_ALONE_COUNT) return null;
    if (bestWordAt(lexicon, text, at, from, to).count > 0) return null;
    const similar = this.shapes.similar(text[at]);
    if (similar.length === 0) return null;
    const start = Math.max(from, at - WINDOW);
    const end = Math.min(to, at + WINDOW + 1);
    const window = text.slice(start, end);
    const offset = at - start;
    let printed = -1;
    let best: ChineseReading | null = null;
    let second = -Infinity;
    const count = Math.min(similar.length, MAX_CANDIDATES);
    for (let rank = 0; rank < count; rank++) {
      const meant = similar.charCodeAt(rank);
      // Cheap test first: the candidate must make a two-character word with a neighbour.
      if (
        !(prev >= 0 && this.pair(prev, meant) >= MIN_WORD_COUNT) &&
        !(next >= 0 && this.pair(meant, next) >= MIN_WORD_COUNT)
      ) {
        continue;
      }
      const variant = window.slice(0, offset) + similar[rank] + window.slice(offset + 1);
      const word = bestWordAt(lexicon, variant, offset, 0, variant.length);
      if (printed < 0) printed = readingCost(lexicon, window);
      const gain = printed - readingCost(lexicon, variant) - MISREAD_COST - RANK_COST * rank;
      if (!best || gain > best.gain) {
        if (best) second = Math.max(second, best.gain);
        best = {
          offset: at,
          seen: text[at],
          meant: similar[rank],
          word: word.word,
          gain,
          safe: false,
        };
      } else {
        second = Math.max(second, gain);
      }
    }
    if (!best || best.gain < this.tuning.suggestGain) return null;
    return {
      ...best,
      safe: best.gain >= this.tuning.safeGain && best.gain - second >= this.tuning.safeLead,
    };
  }
}

/**
 * True when the printed character and its neighbours occur again elsewhere in the issue: a
 * name (通伦, 哈恰图良) or a term (减贫, 市域) the lexicon lacks is written the same way each time,
 * while a misreading is an accident of one place.
 */
function repeatsInIssue(text: string, at: number, from: number, to: number): boolean {
  // Searched within a story's reach of the place, so a 10 MB issue costs no more per finding.
  const low = Math.max(0, at - REPEAT_REACH);
  const region = text.slice(low, Math.min(text.length, at + REPEAT_REACH));
  for (const [start, end] of [
    [at - 1, at + 1],
    [at, at + 2],
  ]) {
    if (start < from || end > to) continue;
    const piece = text.slice(start, end);
    const first = region.indexOf(piece);
    if (first >= 0 && region.indexOf(piece, first + 1) >= 0) return true;
  }
  return false;
}

/** How far (UTF-16 code units) on each side of a place `repeatsInIssue` looks. */
const REPEAT_REACH = 20_000;

/** The misread Han characters of `doc`. */
export function chineseMisreadings(
  doc: Document,
  lexicon: ChineseLexicon,
  shapes: ShapeTable,
): FindingDraft[] {
  const text = doc.text;
  const reader = new ChineseReader(lexicon, shapes);
  const drafts: FindingDraft[] = [];
  for (const block of doc.blocks) {
    if (block.script !== 'cjk') continue;
    let i = block.start;
    while (i < block.end) {
      if (!isHanCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let runEnd = i;
      while (runEnd < block.end && isHanCode(text.charCodeAt(runEnd))) runEnd++;
      if (runEnd - i >= 2) {
        for (let at = i; at < runEnd; at++) {
          const reading = reader.read(text, at, i, runEnd);
          if (!reading || repeatsInIssue(text, at, i, runEnd)) continue;
          drafts.push({
            kind: 'misreading',
            start: at,
            end: at + 1,
            replacement: reading.meant,
            confidence: reading.safe ? 'safe' : 'suggest',
            message: {
              'zh-CN': `疑为形近误识：“${reading.seen}”应为“${reading.meant}”，可成常用词“${reading.word}”。`,
              en: `Misread character: "${reading.seen}" for "${reading.meant}" of similar shape, which makes the common word "${reading.word}".`,
            },
          });
        }
      }
      i = runEnd;
    }
  }
  return drafts;
}
