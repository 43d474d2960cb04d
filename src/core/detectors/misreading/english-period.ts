/**
 * Whether an issue is written in older English (before about 1700: "thou hast", "hee", "goe"),
 * whose spelling a modern word list does not know: "readie", "farre", "cheare" are right there,
 * and a printed form that no list knows is then no proof of a misreading. Counted on the words
 * the English scan reads anyway. In the ICDAR 2017 English newspapers (1780s–1890s) these words
 * come at most once per 1,000 words; in its 17th-century books 4–73 times.
 */

/** Words of older English that modern English, newspapers included, does not use. */
const OLDER_WORDS = new Set([
  'thou',
  'thee',
  'thy',
  'thine',
  'hath',
  'doth',
  'hast',
  'shalt',
  'canst',
  'didst',
  'wouldst',
  'hee',
  'shee',
  'wee',
  'yee',
  'doe',
  'goe',
  'bee',
]);

/** The longest of them ("wouldst"): longer words need no look-up. */
const LONGEST_OLDER = 7;

/** Older words per 1,000 words from which an issue is older English. */
const OLDER_PER_THOUSAND = 4;
/** … and at least this many of them. */
const OLDER_MIN = 2;

/** The words read and the older ones among them. */
export interface PeriodCount {
  words: number;
  older: number;
}

/** Counts one word (lower case). */
export function countPeriod(count: PeriodCount, lower: string): void {
  count.words++;
  if (lower.length <= LONGEST_OLDER && OLDER_WORDS.has(lower)) count.older++;
}

/** True when the words counted read as older English. */
export function isOlderEnglish({ words, older }: PeriodCount): boolean {
  return older >= OLDER_MIN && older * 1000 >= OLDER_PER_THOUSAND * words;
}
