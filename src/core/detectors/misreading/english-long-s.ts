/**
 * The long s (ſ) of print before about 1800, which OCR engines read as an f: "fuch", "fhall",
 * "thofe", "Majefty", "poffeffion". A long s stands at a word's start or inside it, never at its
 * end, so a form no list knows whose f's before its last letter, some or all read as s, make a
 * word is a long-s print. An issue printed so holds dozens of them per 1,000 words (the ICDAR 2017
 * newspapers, 1780s–1890s: at most 0.3, garbled forms such as "fis"); there every such form is
 * read so, before any other confusion ("fuch" is no misread "fuck"), and so is a rare word whose
 * long-s reading is used far more ("fo" for "so", "fent" for "sent"; not "fame" for "same"). Pure.
 */
import type { FindingDraft } from '../../finding';
import type { EnglishFrequencies } from '../../lexicon/english-frequency';
import { reshape, type Shape } from './english-case';

/** A word read in a long-s print must be used this often (per 51 million, lifted by print). */
const MIN_MEANT_COUNT = 20;
/** A word printed so is read as its long-s word when that is used this many times more. */
const WORD_LEAD = 100;
/** Forms with more f's than this are tried no further (2^n readings). */
const MAX_LONG_S = 4;
/** Long-s prints per 1,000 words from which an issue is printed with the long s … */
const LONG_S_PER_THOUSAND = 5;
/** … and at least this many of them. */
const LONG_S_MIN = 5;

/** One print read so, in the order. */
interface LongSPrint {
  readonly seen: string;
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** What a form reads as with the long s, and whether the form is a word of its own. */
export interface LongSForm {
  readonly word: string;
  readonly isWord: boolean;
}

/**
 * True when a print of `shape` may be a long-s print: an f before its last letter, and not in
 * capitals (a capital S has no long form).
 */
export function mayBeLongS(lower: string, shape: Shape | null): boolean {
  if (shape !== 'lower' && shape !== 'capital') return false;
  const f = lower.indexOf('f');
  return f >= 0 && f < lower.length - 1;
}

/** The long-s reading of `lower` (`longSWord`), with whether `lower` is a word itself. */
export function longSForm(lower: string, frequencies: EnglishFrequencies): LongSForm | null {
  const word = longSWord(lower, frequencies);
  return word === null ? null : { word, isWord: frequencies.count(lower) > 0 };
}

/**
 * The word `lower` (a lower-case form) is a long-s print of: its f's before the last letter, any
 * of them read as s, the most used word they make, used at least `WORD_LEAD` times more than the
 * form; null when none.
 */
export function longSWord(lower: string, frequencies: EnglishFrequencies): string | null {
  const places: number[] = [];
  for (let i = lower.indexOf('f'); i >= 0 && i < lower.length - 1; i = lower.indexOf('f', i + 1)) {
    places.push(i);
  }
  if (places.length === 0 || places.length > MAX_LONG_S) return null;
  let best: string | null = null;
  let bestCount = Math.max(MIN_MEANT_COUNT - 1, WORD_LEAD * frequencies.count(lower));
  for (let mask = 1; mask < 1 << places.length; mask++) {
    let word = lower;
    for (let k = 0; k < places.length; k++) {
      if ((mask & (1 << k)) !== 0) {
        word = word.slice(0, places[k]) + 's' + word.slice(places[k]! + 1);
      }
    }
    const count = frequencies.count(word);
    if (count > bestCount) {
      best = word;
      bestCount = count;
    }
  }
  return best;
}

/** The long-s prints of one issue, counted during the scan and read after it. */
export class LongSPrints {
  private readonly prints: LongSPrint[] = [];
  /** The prints of non-words among them: what tells a long-s issue. */
  private nonWords = 0;

  /** Notes the print `seen` at `[start, end)`, of `shape`, that reads as `form`. */
  note(form: LongSForm, seen: string, shape: Shape, start: number, end: number): void {
    if (!form.isWord) this.nonWords++;
    this.prints.push({ seen, word: reshape(form.word, shape), start, end });
  }

  /** The safe drafts of the prints, when the issue (of `words` words) is printed with the long s. */
  drafts(words: number): FindingDraft[] {
    const n = this.nonWords;
    if (n < LONG_S_MIN || n * 1000 < LONG_S_PER_THOUSAND * words) return [];
    return this.prints.map(({ seen, word, start, end }) => ({
      kind: 'misreading',
      start,
      end,
      replacement: word,
      confidence: 'safe',
      message: {
        'zh-CN': `疑为长 s 误识：“${seen}”应为“${word}”（旧式长 s“ſ”被认作“f”）；本期以长 s 排印，此类词有 ${n} 处。`,
        en: `Misread long s: "${seen}" for "${word}" (the long s, ſ, read as f); this issue is printed with the long s (${n} such words).`,
      },
    }));
  }
}
