/**
 * The Chinese lexicon behind word boundaries: jieba's dictionary (about 349,000 words with their
 * counts in jieba's corpus, MIT), parsed once per process and handed to the analysis as data
 * (`AnalyseOptions.lexicon`). Core never reads the file: the main side, the CLI and the
 * renderer's worker each load the text and call `parseJiebaDictionary`.
 *
 * Segmentation is jieba's own without its HMM: a DAG of every dictionary word over a run of Han
 * characters, then the route of maximum probability (sum of log frequencies), right to left.
 * Characters outside the dictionary become one-character words.
 */

/** A word list with frequencies; what decides word boundaries in Chinese text. */
export interface ChineseLexicon {
  /** The word's count in jieba's corpus; 0 when it is not a word of the lexicon. */
  frequency(word: string): number;
  /** True when `word` is a word of the lexicon (frequency above 0). */
  has(word: string): boolean;
  /** The sum of every word's count (the denominator of a word's probability). */
  readonly total: number;
  /** The longest word, in UTF-16 code units. */
  readonly maxWordLength: number;
  /** Calls `visit` once for every word of the lexicon with its count (above 0), in no order. */
  forEachWord(visit: (word: string, count: number) => void): void;
  /** True when the lexicon tags `word` as a numeral (jieba's m: 第一, 一号, 一年, 万一). */
  isNumeral(word: string): boolean;
  /** True when the lexicon tags `word` as a person's name (jieba's nr, nrt, nrfg: 王明芳, 霍吉斯). */
  isPersonName(word: string): boolean;
}

/** The lexicon as built here: words and their prefixes in one map (prefixes count 0), as jieba. */
class JiebaLexicon implements ChineseLexicon {
  constructor(
    /** Every word with its count, and every proper prefix of a word with 0. */
    readonly entries: ReadonlyMap<string, number>,
    readonly total: number,
    readonly maxWordLength: number,
    /** The words tagged as numerals. */
    private readonly numerals: ReadonlySet<string> = new Set(),
    /** The words tagged as persons' names. */
    private readonly names: ReadonlySet<string> = new Set(),
  ) {}

  frequency(word: string): number {
    return this.entries.get(word) ?? 0;
  }

  has(word: string): boolean {
    return (this.entries.get(word) ?? 0) > 0;
  }

  forEachWord(visit: (word: string, count: number) => void): void {
    for (const [word, count] of this.entries) if (count > 0) visit(word, count);
  }

  isNumeral(word: string): boolean {
    return this.numerals.has(word);
  }

  isPersonName(word: string): boolean {
    return this.names.has(word);
  }

  /** True when `text` is a word or the beginning of one (the DAG's early stop). */
  isPrefix(text: string): boolean {
    return this.entries.has(text);
  }
}

/** True when the tag after the count (from `countEnd` to `lineEnd`) is jieba's numeral, m. */
function isNumeralTag(text: string, countEnd: number, lineEnd: number): boolean {
  let end = lineEnd;
  if (text[end - 1] === '\r') end--;
  return end === countEnd + 2 && text[countEnd + 1] === 'm';
}

/** True when the tag after the count is one of jieba's persons' names: nr, nrt, nrfg. */
function isNameTag(text: string, countEnd: number, lineEnd: number): boolean {
  return countEnd + 3 <= lineEnd && text[countEnd + 1] === 'n' && text[countEnd + 2] === 'r';
}

/**
 * Parses jieba's dictionary format: one `word count [tag]` line per word, separated by spaces.
 * Blank and malformed lines are skipped; a repeated word keeps its last count. Of the tags only
 * the numerals' (m) and the persons' names' (nr, nrt, nrfg) are kept.
 */
export function parseJiebaDictionary(text: string): ChineseLexicon {
  const entries = new Map<string, number>();
  const numerals = new Set<string>();
  const names = new Set<string>();
  let total = 0;
  let maxWordLength = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const firstSpace = text.indexOf(' ', lineStart);
    if (firstSpace > lineStart && firstSpace < lineEnd) {
      const word = text.slice(lineStart, firstSpace);
      let countEnd = text.indexOf(' ', firstSpace + 1);
      if (countEnd < 0 || countEnd > lineEnd) countEnd = lineEnd;
      const count = Number.parseInt(text.slice(firstSpace + 1, countEnd), 10);
      if (Number.isFinite(count) && count > 0) {
        const previous = entries.get(word) ?? 0;
        entries.set(word, count);
        if (isNumeralTag(text, countEnd, lineEnd)) numerals.add(word);
        else if (isNameTag(text, countEnd, lineEnd)) names.add(word);
        total += count - previous;
        if (word.length > maxWordLength) maxWordLength = word.length;
        for (let end = word.length - 1; end > 0; end--) {
          const prefix = word.slice(0, end);
          if (entries.has(prefix)) break;
          entries.set(prefix, 0);
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return new JiebaLexicon(entries, total, maxWordLength, numerals, names);
}

/** An empty lexicon (every word unknown): what analysis falls back to without one. */
export const EMPTY_LEXICON: ChineseLexicon = new JiebaLexicon(new Map(), 0, 0);

const HAN = /\p{Script=Han}/u;

/** True when `char` (one UTF-16 code unit or a surrogate pair) is a Han character. */
export function isHan(char: string): boolean {
  return HAN.test(char);
}

/**
 * The ends of every lexicon word starting at `start` in `text` (exclusive end offsets, shortest
 * first), within `[start, limit)`. Always includes `start + 1` (a single character is a word of
 * its own when the lexicon has nothing longer).
 */
export function wordEndsAt(
  lexicon: ChineseLexicon,
  text: string,
  start: number,
  limit: number = text.length,
): number[] {
  const ends: number[] = [start + 1];
  const stop = Math.min(limit, start + lexicon.maxWordLength);
  const prefixAware = lexicon instanceof JiebaLexicon ? lexicon : undefined;
  for (let end = start + 2; end <= stop; end++) {
    const piece = text.slice(start, end);
    if (prefixAware !== undefined && !prefixAware.isPrefix(piece)) break;
    if (lexicon.has(piece)) ends.push(end);
  }
  return ends;
}

/**
 * Segments `text[from, to)` into words: the maximum-probability route through the DAG of
 * lexicon words, as jieba does without its HMM. Returns the word boundaries as offsets, from
 * `from` to `to` inclusive (so `n` words give `n + 1` offsets). Intended for runs of Han
 * characters; anything else is split one code unit at a time.
 */
export function segmentBoundaries(
  lexicon: ChineseLexicon,
  text: string,
  from = 0,
  to: number = text.length,
): number[] {
  const length = to - from;
  if (length <= 0) return [from];
  const logTotal = Math.log(lexicon.total > 0 ? lexicon.total : 1);
  // best[i]: best log probability of text[from + i, to); next[i]: the end of its first word.
  const best = new Float64Array(length + 1);
  const next = new Int32Array(length + 1);
  best[length] = 0;
  for (let i = length - 1; i >= 0; i--) {
    let bestScore = -Infinity;
    let bestEnd = i + 1;
    for (const end of wordEndsAt(lexicon, text, from + i, to)) {
      const frequency = lexicon.frequency(text.slice(from + i, end));
      const score = Math.log(frequency > 0 ? frequency : 1) - logTotal + best[end - from]!;
      // Ties go to the longer word, as jieba's max over (score, end).
      if (score >= bestScore) {
        bestScore = score;
        bestEnd = end - from;
      }
    }
    best[i] = bestScore;
    next[i] = bestEnd;
  }
  const boundaries = [from];
  for (let i = 0; i < length; i = next[i]!) boundaries.push(from + next[i]!);
  return boundaries;
}

/** The words of `text[from, to)` (see `segmentBoundaries`). */
export function segmentWords(
  lexicon: ChineseLexicon,
  text: string,
  from = 0,
  to: number = text.length,
): string[] {
  const boundaries = segmentBoundaries(lexicon, text, from, to);
  const words: string[] = [];
  for (let i = 1; i < boundaries.length; i++) {
    words.push(text.slice(boundaries[i - 1]!, boundaries[i]!));
  }
  return words;
}

/**
 * True when `left + right`, read as one text, has a lexicon word of two or more characters
 * across the point where they meet: a space there would split a word ("稳就 业"), while one at a
 * word boundary may be the writer's ("稳就业 保民生").
 */
export function joinSplitsWord(lexicon: ChineseLexicon, left: string, right: string): boolean {
  if (left.length === 0 || right.length === 0) return false;
  const boundaries = segmentBoundaries(lexicon, left + right);
  return !boundaries.includes(left.length);
}

/**
 * How unlikely `text[from, to)` reads under the lexicon: the sum of `-log p(word)` over the
 * maximum-probability segmentation (unknown characters count as words of frequency 1). Lower
 * reads better; two versions of one sentence compare directly (人才 reads better than 入才).
 */
export function readingCost(
  lexicon: ChineseLexicon,
  text: string,
  from = 0,
  to: number = text.length,
): number {
  const boundaries = segmentBoundaries(lexicon, text, from, to);
  const logTotal = Math.log(lexicon.total > 0 ? lexicon.total : 1);
  let cost = 0;
  for (let i = 1; i < boundaries.length; i++) {
    const frequency = lexicon.frequency(text.slice(boundaries[i - 1]!, boundaries[i]!));
    cost += logTotal - Math.log(frequency > 0 ? frequency : 1);
  }
  return cost;
}
