/**
 * The phrase witness of the Chinese misreading scan: the few characters around a place are read
 * as the likeliest run of words under the word bigrams of a language model (`WordBigrams`), once
 * as printed and once with each candidate of similar shape. Where the lexicon's words reach a
 * reading but not the evidence to apply it, a phrase that reads far better with it is the
 * second witness that applies it (弟弟[媒]妹们 → 弟弟妹妹们, 很温[謦]啊 → 很温馨啊); where the
 * words read a candidate by too little to propose it, a phrase that reads better with it too
 * proposes it (夫妻之[闻]的 → 夫妻之间的).
 */
import { MAX_WORD_LENGTH, type WordBigrams } from '../../lexicon/word-bigrams';

/**
 * Characters of the phrase on each side of the place read: four, so that the words around the
 * place are read whole (at two, a word of three or four characters beside it was cut at the
 * window's edge and read as pieces). Measured on 7 December 2026 (sixteenth session), all
 * thresholds as they were: FASPell's OCR 337 → 357 findings at precision 0.953 → 0.958, safe
 * fixes 179 → 191 (the one not the gold's, 濒临崩[绩]的边缘 → 崩溃, is the gold's own error:
 * 崩遗), error reduction 0.0542 → 0.0566 (as one issue 0.0531 → 0.0562); the seeded news 0.1002
 * → 0.1074 (whole articles 0.1140 → 0.1229), safe fixes all right; zh-news no edit, the Sina
 * text none more, the CLUE web text one more, a typo it prints (摆设而[己] → 而已). At three
 * the same in FASPell, 0.1051 in the seeded news; at five and six no more in FASPell. The
 * misreading pass of the 10 MB bench issue takes about 3% longer.
 */
export const PHRASE_REACH = 4;
/**
 * A suggestion of the lexicon's words is applied when the phrase, with the same candidate the
 * best of all, reads this much better (ln units, after the misreading's prior). On FASPell's OCR
 * 8 made 16 suggestions safe, all right (7 would make 25, one of them wrong in zh-news:
 * 防洪排[涝] → 排泄); none in zh-news, nor in 500 uncleaned Sina articles. With the phrase
 * reading four characters each side (`PHRASE_REACH`, sixteenth session), 7.5: one more in
 * FASPell (忙子[动]儿园 → 幼儿园) and three in the seeded news, all right, none in zh-news, the
 * Sina or the CLUE text; 7 there made 4 more in FASPell, one of them wrong.
 */
export const PHRASE_SAFE_GAIN = 7.5;
/**
 * A reading the words make by at least this much (ln units), too little for a suggestion
 * (`CHINESE_TUNING.suggestGain`, 3.5)…
 */
export const PHRASE_FLOOR = 2.5;
/**
 * …or at least this much at an orphan, a character that makes no word of the lexicon, however
 * rare, with either neighbour (快乐最重[婆] → 重要: the words 1.3, the phrase 3.9). There
 * jieba's counts read the printed character as a word of its own, which prices it far too
 * kindly, and the phrase's word bigrams are the better judge. Measured on 7 December 2026 at
 * -1 (经常被遗[怎] → 遗忘 too: the words -0.8, the phrase 9.8): on FASPell's OCR 49 more
 * findings, 45 right (precision 0.963 → 0.956), read as one issue 15 more safe fixes, all right (the issue
 * printing the reading elsewhere); the seeded news 35 more findings, 33 right, and 3 more safe
 * fixes (whole articles 6), all right; zh-news, the Sina and CLUE texts no edit more. At 0, 10
 * fewer right in FASPell; at -2, 3 more right for one more wrong; at -100 (no floor) 8 more
 * right, one more wrong, and the 10 MB bench issue takes 3.4 s instead of 2.3 (at -1, 2.6).
 * At 0 since the tenth session (7 December 2026): the misreading pass of the 10 MB bench issue
 * takes 1.46 s instead of 1.60 at -1 (1.30 without the floor), and FASPell keeps all but 10 of
 * the findings -1 made (error reduction 0.0540 against 0.0542; as one issue 0.0507 against
 * 0.0511; the seeded news the same).
 */
export const ORPHAN_PHRASE_FLOOR = 0;
/**
 * …is proposed when the phrase reads best with it by this much, after the misreading's prior;
 * so is a twin the words do not read (`ChineseReader.readTwin`). Together, on FASPell's OCR they
 * add 47 right Han findings and one wrong (precision 0.944 → 0.952 of all), on the seeded news
 * 20, in zh-news none and in 1,000 uncleaned Sina articles one. A floor of 2 finds 5 more right
 * in FASPell and 2 more wrong, one of 1 19 and 3, but the scan reads many more candidates in
 * full (a quarter slower).
 */
export const PHRASE_GAIN = 3;
/** ln P of a single character the model has no word for: one in 10^8. */
const UNKNOWN_CHARACTER = Math.log(1e-8);
const LONGEST = 2 * PHRASE_REACH + 1;

/** The best candidate by phrase, and by how much its phrase reads better than the printed one. */
export interface PhraseReading {
  readonly rank: number;
  readonly gain: number;
}

/** Reads short phrases with one model; holds only buffers reused from place to place. */
export class PhraseReader {
  private readonly codes = new Int32Array(LONGEST);
  /** ln P of the best reading of the first `end` characters whose last word has `length`. */
  private readonly best = new Float64Array((LONGEST + 1) * (MAX_WORD_LENGTH + 1));
  /** The id of that last word (-1: a character the model does not know). */
  private readonly last = new Int32Array((LONGEST + 1) * (MAX_WORD_LENGTH + 1));

  constructor(private readonly model: WordBigrams) {}

  /**
   * The candidate among the first `count` of `ranks` (places in `similar`) with which the
   * phrase around `at` in the Han run `[from, to)` of `text` reads best, after `prior(rank)`,
   * the cost of misreading it, with its gain over the printed phrase; null when none reads better.
   */
  read(
    text: string,
    at: number,
    from: number,
    to: number,
    similar: Uint16Array,
    ranks: Int32Array,
    count: number,
    prior: (rank: number) => number,
  ): PhraseReading | null {
    const start = Math.max(from, at - PHRASE_REACH);
    const length = Math.min(to, at + PHRASE_REACH + 1) - start;
    const codes = this.codes;
    for (let i = 0; i < length; i++) codes[i] = text.charCodeAt(start + i);
    const printed = this.score(length, 1);
    // The readings of the characters before the place are the printed phrase's: each candidate
    // is read from the place on.
    const resume = at - start + 1;
    let best: PhraseReading | null = null;
    for (let k = 0; k < count; k++) {
      const rank = ranks[k]!;
      codes[at - start] = similar[rank]!;
      const gain = this.score(length, resume) - prior(rank) - printed;
      if (gain > 0 && (best === null || gain > best.gain)) best = { rank, gain };
    }
    return best;
  }

  /**
   * ln P of the likeliest reading of `codes[0, length)` as words (Viterbi over the bigrams), its
   * cells made from the end `resume` on: those that end before it are the last score's, which
   * read the same characters there.
   */
  private score(length: number, resume: number): number {
    const { model, codes, best, last } = this;
    const row = MAX_WORD_LENGTH + 1;
    for (let end = resume; end <= length; end++) {
      for (let size = 1; size <= MAX_WORD_LENGTH; size++) {
        const cell = end * row + size;
        best[cell] = -Infinity;
        if (size > end) continue;
        const id = model.word(codes, end - size, size);
        if (id < 0 && size > 1) continue;
        last[cell] = id;
        const before = end - size;
        if (before === 0) {
          best[cell] = id < 0 ? UNKNOWN_CHARACTER : model.lnWord(id);
          continue;
        }
        let top = -Infinity;
        for (let previous = 1; previous <= MAX_WORD_LENGTH && previous <= before; previous++) {
          const from = best[before * row + previous]!;
          if (from === -Infinity) continue;
          const step =
            id < 0 ? UNKNOWN_CHARACTER : model.follows(last[before * row + previous]!, id);
          if (from + step > top) top = from + step;
        }
        best[cell] = top;
      }
    }
    let top = -Infinity;
    for (let size = 1; size <= MAX_WORD_LENGTH && size <= length; size++) {
      top = Math.max(top, best[length * row + size]!);
    }
    return top;
  }
}
