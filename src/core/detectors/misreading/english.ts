/**
 * The English half of `misreading`: a noisy-channel word corrector. For a word the engine
 * printed, every word it could have meant is generated through the OCR confusion model
 * (`ocr-confusions.ts`, at most two misread letters) and scored by how often it is used
 * (SUBTLEX-US) times how likely the misreading is; the printed word competes with its own
 * frequency. "tho" (26 in 51 million words) loses to "the" (1.5 million, e read as o); "ho"
 * (2,141) and "lie" (6,133) keep, because they are words used often enough on their own.
 */
import { isEnglishWord } from '../../lexicon/english';
import type { EnglishFrequencies } from '../../lexicon/english-frequency';
import {
  CAPITAL_CONFUSIONS_BY_SEEN,
  COMMON_CONFUSION_COST,
  CONFUSIONS_BY_SEEN,
  isCommonConfusion,
  type Confusion,
} from './ocr-confusions';
import { WordTrie } from './english-trie';
import type { ConfusionCost } from './english-profile';

/** A better reading of a printed word. */
export interface EnglishReading {
  /** The word meant, lower case. */
  readonly word: string;
  /** The letters misread, e.g. [{meant: 'e', seen: 'o'}]. */
  readonly misread: readonly { readonly meant: string; readonly seen: string }[];
  /** True when the printed word is no word at all (not even a rare one). */
  readonly nonWord: boolean;
  /** log10 of how many times more likely the reading is than the printed word. */
  readonly gain: number;
  /** True when the evidence is overwhelming: an automatic clean may apply it. */
  readonly safe: boolean;
  /**
   * True when only the printed form being no word makes the reading safe: then it is safe in a
   * lower-case word of modern English alone (a capitalized one may be a name, and older English
   * spelled "readie", "farre" and "cheare").
   */
  readonly safeAsModernLowerCase?: boolean;
  /**
   * True when read through any letter misread (`anyLetter`), not the model's confusions: never
   * safe by itself, and no reading at all in older English ("kitchin", "marryed").
   */
  readonly anyLetter?: boolean;
  /** True when the issue's own error profile (`english-profile.ts`) made this reading. */
  readonly byIssueProfile?: boolean;
  /** Why the neighbouring words decide the reading, when they do (`english-context.ts`). */
  readonly context?: { readonly 'zh-CN': string; readonly en: string };
}

/** The score a non-word gets for itself (log10 of a count): below any word's. */
const NON_WORD_SCORE = -1;
/** A reading is proposed only when it is this much more likely (log10) than the printed word. */
const SUGGEST_GAIN = 1;
/** … and applied automatically only when it is this much more likely … */
const SAFE_GAIN = 2.5;
/** … and the next best reading is this much less likely (log10) than it. */
const SAFE_LEAD = 1.5;
/** A word meant must be used at least this often (per 51 million) to be proposed at all… */
export const MIN_MEANT_COUNT = 100;
/**
 * … or this often for a printed form this long: subtitles seldom say "revolving", "enclosing",
 * "splendidly" or "perceptible", which newspapers print every day, and a form of eight letters
 * is one word's misreading far more often than two's.
 */
const MIN_LONG_MEANT_COUNT = 30;
const LONG_MEANT_LENGTH = 8;
/** A printed word used this often (per 51 million) or more is never changed automatically. */
const SAFE_MAX_SEEN_COUNT = 50;
/** A printed word of the English word list is changed automatically only up to this length. */
const SAFE_MAX_WORD_LENGTH = 3;
/** Printed words longer than this are left alone (names, compounds, run-together words). */
const MAX_LENGTH = 14;

interface Candidate {
  readonly word: string;
  readonly cost: number;
  readonly misread: readonly { meant: string; seen: string }[];
  /** True when read through any letter (`anyLetter`), not the model's confusions. */
  readonly anyLetter?: boolean;
}

/** The words a misreading may be read as, as a trie. */
type MeantIndex = WordTrie;

const indexes = new WeakMap<EnglishFrequencies, Map<number, MeantIndex>>();

/**
 * What SUBTLEX counts of contractions on either side of the apostrophe ("we'll", "I've",
 * "don't", "isn't": it saw "don" 321,085 times): never a word printed alone, so never the word
 * meant ("lf" is no misread "ll", Melville's "den" no misread "don").
 */
const CONTRACTION_PARTS = [
  'll',
  've',
  'don',
  'didn',
  'doesn',
  'isn',
  'wasn',
  'aren',
  'weren',
  'hasn',
  'haven',
  'hadn',
  'couldn',
  'wouldn',
  'shouldn',
  'mustn',
  'needn',
  'ain',
];

/**
 * Swearing, which SUBTLEX counts among the commonest words because films swear, and print does
 * not use (Google Books ranks "fuck" 14,667th, SUBTLEX 288th): never the word meant, whatever
 * the confusion ("fuch" is a long-s "such", `english-long-s.ts`, or nothing, never "fuck"). So
 * are the spellings of film speech ("ya", "gonna"): Moby-Dick's "God bless ye" was read as "ya"
 * six times, the ICDAR newspapers' "vu." (viz.) once.
 */
export const NEVER_MEANT: readonly string[] = [
  'fuck',
  'fucks',
  'fucked',
  'fucker',
  'fucking',
  'fuckin',
  'motherfucker',
  'shit',
  'shitty',
  'bullshit',
  'bitch',
  'bitches',
  'asshole',
  'cunt',
  'goddamn',
  'nigga',
  'nigger',
  'ya',
  'yeah',
  'gonna',
  'wanna',
  'gotta',
  'kinda',
  'sorta',
  'lemme',
  'gimme',
];

/** The index of the words used at least `least` times, built once per table. */
function meantIndex(frequencies: EnglishFrequencies, least: number): MeantIndex {
  let byLeast = indexes.get(frequencies);
  if (!byLeast) {
    byLeast = new Map();
    indexes.set(frequencies, byLeast);
  }
  let index = byLeast.get(least);
  if (!index) {
    const words = new Set(frequencies.wordsUsedAtLeast(least));
    for (const part of CONTRACTION_PARTS) words.delete(part);
    for (const word of NEVER_MEANT) words.delete(word);
    index = new WordTrie(words);
    byLeast.set(least, index);
  }
  return index;
}

/** The endings writers coin words with ("universalify", "promisify", "bundleless"). */
const COINING = /(?:ify|ise|ize|ism|ist|able|ible|ness|less|ful|ly|like|wise|ship)$/;

/**
 * True when `seen` is a word of the word list with an ending that coins words: a coinage, not a
 * misreading of a rare word ("universalify" is no misread "universality").
 */
function isCoined(seen: string): boolean {
  const ending = COINING.exec(seen);
  return ending !== null && isEnglishWord(seen.slice(0, ending.index));
}

/** How often a word meant must be used to be read in `seen`'s place. */
function leastCount(seen: string): number {
  return seen.length >= LONG_MEANT_LENGTH && !isCoined(seen)
    ? MIN_LONG_MEANT_COUNT
    : MIN_MEANT_COUNT;
}

/**
 * Every word used at least `least` times that `seen` could be a misreading of, with one
 * or two confusions (best cost per word). The confusions are tried left to right, and a branch
 * whose text so far begins no such word is cut: about twenty look-ups a word instead of hundreds.
 * A long form no list knows that no confusion reads is read through any one letter inside it
 * (`anyLetter`).
 */
function candidates(
  seen: string,
  least: number,
  frequencies: EnglishFrequencies,
  capitals: boolean,
  costOf?: ConfusionCost,
): Map<string, Candidate> {
  const trie = meantIndex(frequencies, least);
  const confusions = capitals ? CAPITAL_CONFUSIONS_BY_SEEN : CONFUSIONS_BY_SEEN;
  const found = new Map<string, Candidate>();
  const costOfOne = (c: Confusion) => (costOf ? costOf(c) : c.cost);
  const keep = (word: string, cost: number, misread: Candidate['misread']) => {
    const known = found.get(word);
    if (!known || known.cost > cost) found.set(word, { word, cost, misread });
  };
  // One misread letter (or letter pair) at `i`, then a second one after it, at most: the trie's
  // node follows the form as read so far, and a branch no word continues ends there.
  for (let i = 0, node = 0; i < seen.length && node >= 0; i++) {
    for (const c of confusions.get(seen[i]!) ?? []) {
      if (!seen.startsWith(c.seen, i)) continue;
      const head = trie.descend(node, c.meant);
      if (head < 0) continue;
      const after = i + c.seen.length;
      const cost = costOfOne(c);
      const first = { meant: c.meant, seen: c.seen };
      if (trie.endsWith(head, seen, after)) {
        keep(seen.slice(0, i) + c.meant + seen.slice(after), cost, [first]);
      }
      for (let j = after, at = head; j < seen.length && at >= 0; j++) {
        for (const d of confusions.get(seen[j]!) ?? []) {
          if (!seen.startsWith(d.seen, j)) continue;
          const next = trie.descend(at, d.meant);
          if (!trie.endsWith(next, seen, j + d.seen.length)) continue;
          keep(
            seen.slice(0, i) +
              c.meant +
              seen.slice(after, j) +
              d.meant +
              seen.slice(j + d.seen.length),
            cost + costOfOne(d),
            [first, { meant: d.meant, seen: d.seen }],
          );
        }
        at = trie.child(at, seen.charCodeAt(j));
      }
    }
    node = trie.child(node, seen.charCodeAt(i));
  }
  found.delete(seen);
  // A long form no list knows that no confusion reads: any one letter inside it.
  return found.size === 0 &&
    seen.length >= ANY_LETTER_LENGTH &&
    frequencies.count(seen) === 0 &&
    !isEnglishWord(seen)
    ? anyLetter(seen, trie)
    : found;
}

/**
 * A printed non-word this long or longer that no confusion of the model reads is also read
 * through any one letter inside it misread as any other …
 */
const ANY_LETTER_LENGTH = 7;
/** … at this cost (log10): rarer than any confusion of the model. */
const ANY_LETTER_COST = 3.5;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const VOWELS = 'aeiou';

/**
 * The words of `trie` that `seen` spells with one letter inside it (not its first or last)
 * read as any other: "remtmber", "eicellent", "themselvec". Only suggested: in the ICDAR
 * newspapers' OCR, 13 of 17 such readings were the gold word, and with the first or last letter,
 * or a letter dropped or added, about half ("lettert" for letters, "addresw" for addressed, the
 * pieces of words a line cut, "kitchin" and "comming" in 17th-century books).
 */
function anyLetter(seen: string, trie: WordTrie): Map<string, Candidate> {
  const found = new Map<string, Candidate>();
  let node = trie.child(0, seen.charCodeAt(0));
  for (let i = 1; i + 1 < seen.length && node >= 0; i++) {
    // No word of the form's length goes on from here: no letter at i makes one.
    if (!trie.reaches(node, seen.length - i)) break;
    for (let k = 0; k < LETTERS.length; k++) {
      const letter = LETTERS[k]!;
      // A vowel for a vowel is how writers spell ("fanatacism", "kitchin", "theeves").
      if (letter === seen[i] || (VOWELS.includes(letter) && VOWELS.includes(seen[i]!))) continue;
      if (trie.endsWith(trie.child(node, LETTERS.charCodeAt(k)), seen, i + 1)) {
        const word = seen.slice(0, i) + letter + seen.slice(i + 1);
        found.set(word, {
          word,
          cost: ANY_LETTER_COST,
          misread: [{ meant: letter, seen: seen[i]! }],
          anyLetter: true,
        });
      }
    }
    node = trie.child(node, seen.charCodeAt(i));
  }
  return found;
}

/**
 * Every word `seen` (lower case) could be a misreading of through the model's confusions, used
 * often enough to be read in its place: the rivals an issue's own words choose among
 * (`english-vocabulary.ts`).
 */
export function readingsOf(seen: string, frequencies: EnglishFrequencies): string[] {
  // The candidates are words of the index of those used `leastCount` times: no count to test.
  return [...candidates(seen, leastCount(seen), frequencies, false).keys()];
}

/**
 * The better reading of `seen` (lower case, letters a–z only), or null when the printed word
 * is as likely as anything it could be a misreading of; `capitals` when the word was printed in
 * capitals (the confusions of capitals are read too); `costOf` gives the issue's own cost of a
 * confusion (`IssueProfile`), the model's when absent; `unseen` reads a word of the word list
 * as a form no list knows. Pure; callers may cache by word.
 */
export function readEnglishWord(
  seen: string,
  frequencies: EnglishFrequencies,
  capitals = false,
  costOf?: ConfusionCost,
  unseen = false,
): EnglishReading | null {
  if (seen.length < 2 || seen.length > MAX_LENGTH) return null;
  const seenCount = unseen || isSubtitleMisread(seen, frequencies) ? 0 : frequencies.count(seen);
  const seenScore = seenCount > 0 ? Math.log10(seenCount) : NON_WORD_SCORE;
  let best: { candidate: Candidate; score: number } | null = null;
  let second = -Infinity;
  const least = leastCount(seen);
  for (const candidate of candidates(seen, least, frequencies, capitals, costOf).values()) {
    const count = frequencies.count(candidate.word);
    if (count < least) continue;
    const score = Math.log10(count) - candidate.cost;
    if (!best || score > best.score) {
      if (best) second = Math.max(second, best.score);
      best = { candidate, score };
    } else {
      second = Math.max(second, score);
    }
  }
  // "keepe", "minde", "shee": older printing, not a misreading.
  if (
    !best ||
    NEWSPAPER_WORDS.has(seen) ||
    ROMAN_NUMERAL.test(seen) ||
    isArchaicSpelling(seen, frequencies)
  ) {
    return null;
  }
  const gain = best.score - seenScore;
  // `count` is 0 only for a form neither SUBTLEX nor the word list knows.
  const nonWord = seenCount === 0;
  if (gain < SUGGEST_GAIN && !(nonWord && best.score - second >= NON_WORD_LEAD)) return null;
  // A printed word that is a word ("tho", "bo", "tor") is changed automatically only into one
  // of the most frequent words: the misreadings that recur on every page of a newspaper.
  const safeByFrequency =
    isShortFunctionWordMisread(seen, seenCount, best, second, gain, frequencies) ||
    isLongNonWordMisread(seen, seenCount, best, second, gain) ||
    isFunctionNonWordMisread(seen, seenCount, best, second, gain, frequencies) ||
    (gain >= SAFE_GAIN &&
      best.score - second >= SAFE_LEAD &&
      seenCount < SAFE_MAX_SEEN_COUNT &&
      // A word of the full English word list ("offence", a British spelling SUBTLEX-US lacks) is
      // evidence of nothing; only short ones ("tho", "bo", "tor") become the most frequent words.
      (isEnglishWord(seen)
        ? seen.length <= SAFE_MAX_WORD_LENGTH && isFunctionWord(best.candidate.word, frequencies)
        : seenCount === 0 || isFunctionWord(best.candidate.word, frequencies)));
  const safeAsNonWord = !safeByFrequency && nonWord && isNonWordMisread(seen, best, second);
  // "targetting", "statting": a word but for a doubled letter is spelled so, not misread.
  const spelled = (safeByFrequency || safeAsNonWord) && nonWord ? singledWord(seen) : null;
  const safe =
    (safeByFrequency || safeAsNonWord) &&
    (spelled === null || spelled === best.candidate.word) &&
    !best.candidate.anyLetter;
  return {
    word: best.candidate.word,
    misread: best.candidate.misread,
    nonWord,
    gain,
    safe: safe && !(nonWord && lostLetter(seen, best.candidate, frequencies)),
    ...(safeAsNonWord ? { safeAsModernLowerCase: true } : {}),
    ...(best.candidate.anyLetter ? { anyLetter: true } : {}),
  };
}

/**
 * "ther": a non-word one confusion of the rarer group from a word ("then", n printed as r) is no
 * safe fix where a word used more often lost a letter to make it ("their", "there"): OCR drops a
 * letter about as often as it confuses that pair. Measured 7 December 2026 (fourteenth session):
 * in the ICDAR OCR and the bench's English issue it takes the safety of "ther" alone (then for
 * "they" in "that ther may", wrong).
 */
function lostLetter(seen: string, candidate: Candidate, frequencies: EnglishFrequencies): boolean {
  if (candidate.misread.every((c) => isCommonConfusion(c))) return false;
  // Asked again by every analysis's second reading: answered once per table.
  let known = lostLetters.get(frequencies);
  if (!known) {
    known = new Map();
    lostLetters.set(frequencies, known);
  }
  const key = `${seen} ${candidate.word}`;
  let lost = known.get(key);
  if (lost === undefined) {
    lost = moreFrequentWithALetter(seen, frequencies.count(candidate.word), frequencies);
    // OCR debris is endless: past this many forms the answers start again.
    if (known.size >= MAX_LOST_LETTERS) known.clear();
    known.set(key, lost);
  }
  return lost;
}

/** `lostLetter`'s answers, by table and by form and reading, at most this many a table. */
const lostLetters = new WeakMap<EnglishFrequencies, Map<string, boolean>>();
const MAX_LOST_LETTERS = 100_000;

/** True when a word used more than `count` times is `seen` with one letter more. */
function moreFrequentWithALetter(
  seen: string,
  count: number,
  frequencies: EnglishFrequencies,
): boolean {
  for (let i = 0; i <= seen.length; i++) {
    for (let letter = 97; letter <= 122; letter++) {
      const word = seen.slice(0, i) + String.fromCharCode(letter) + seen.slice(i);
      if (frequencies.count(word) > count) return true;
    }
  }
  return false;
}

/** The word an I read as l makes must be used this many times more often than the printed form. */
const CAPITAL_I_RATIO = 50;

/**
 * "ln", "ls", "lf": SUBTLEX counts subtitles read by OCR engines, which take a capital I for an
 * l as newspapers' engines do; it saw "ls" 4,967 times and "ln" 3,753. A form no word list knows
 * that is a word used fifty times more often but for its first i printed as l is that word
 * misread, however often SUBTLEX saw it.
 */
function isSubtitleMisread(seen: string, frequencies: EnglishFrequencies): boolean {
  return (
    seen[0] === 'l' &&
    !isEnglishWord(seen) &&
    frequencies.count(`i${seen.slice(1)}`) >= CAPITAL_I_RATIO * frequencies.count(seen)
  );
}

/**
 * Letters writers double as they please or by a slip ("targetting", "travelling"). An engine
 * doubles others: "nn" and "ii" are its u and h ("fonnd", "tiie").
 */
const WRITERS_DOUBLE = 'bcdfglmpstz';

/**
 * The word a printed form of seven letters or more spells with one of its doubled letters
 * single ("targetting": targeting), or null: a spelling, not a misreading ("forgetting" is two
 * misread letters from "targetting", and wrong).
 */
function singledWord(seen: string): string | null {
  if (seen.length < NON_WORD_LENGTH) return null;
  for (let i = 1; i < seen.length; i++) {
    if (seen[i] !== seen[i - 1] || !WRITERS_DOUBLE.includes(seen[i]!)) continue;
    const word = seen.slice(0, i) + seen.slice(i + 1);
    if (isEnglishWord(word)) return word;
  }
  return null;
}

/** A short printed word used less than this often (per 51 million) may be a misread one. */
const SHORT_RARE_COUNT = 500;
/** … and read as one of this many most frequent words ("the" … "by", "had", "has") … */
const SHORT_MEANT_RANK = 110;
/**
 * … with one common confusion, or a rarer one when the printed word has three letters, is used
 * less than this and the word meant is one of the commonest ("tha", "ond") …
 */
const SHORT_RARER_COUNT = 100;
const SHORT_RARER_RANK = 12;
/** "ii", "iv", "xii": list numbers, not words (never read as a word). */
const ROMAN_NUMERAL = /^(?=[ivx]{2,}$)x{0,3}(ix|iv|v?i{0,3})$/;
/** … this much likelier (log10). */
const SHORT_GAIN = 1;
/** … and than the next reading. */
const SHORT_LEAD = 1;

/**
 * "ot", "ol", "tha", "bo", "tor": a word of two or three letters that is rare in SUBTLEX
 * (subtitles count names and slang: "bo", "tor") and is one commonly misread letter from one of
 * the most frequent words, ten times likelier than itself and than anything else, is that word. In
 * 68,000 words of the ICDAR newspapers' and books' ground truth none of these forms occurs once;
 * in their OCR they occur 150 times.
 */
function isShortFunctionWordMisread(
  seen: string,
  seenCount: number,
  best: { candidate: Candidate; score: number },
  second: number,
  gain: number,
  frequencies: EnglishFrequencies,
): boolean {
  return (
    seen.length <= SAFE_MAX_WORD_LENGTH &&
    seenCount < SHORT_RARE_COUNT &&
    best.candidate.misread.length === 1 &&
    frequencies.rank(best.candidate.word) <= SHORT_MEANT_RANK &&
    (best.candidate.cost <= COMMON_CONFUSION_COST ||
      (seen.length === SAFE_MAX_WORD_LENGTH &&
        seenCount < SHORT_RARER_COUNT &&
        frequencies.rank(best.candidate.word) <= SHORT_RARER_RANK)) &&
    gain >= SHORT_GAIN &&
    best.score - second >= SHORT_LEAD
  );
}

/** A printed non-word read as one of the commonest words needs this gain (log10) … */
const FUNCTION_NON_WORD_GAIN = 1.2;
/**
 * … and words SUBTLEX saw fewer times than this (in 51 million: "lier" 3 times) or never (the
 * word list's "wero") are taken for non-words from this length.
 */
const LISTED_ONLY_LENGTH = 4;
const RARE_SEEN_COUNT = 5;

/**
 * "bccn", "wbon", "tbeso", "wero", "lier": a printed form that is no word (or a word only the
 * 275,000-word list knows, "wero", or one SUBTLEX barely saw, "lier") read as one
 * of the commonest words with one or two misread letters, far ahead of any other reading, is
 * that word: these are the forms that recur on every page of a newspaper's OCR.
 */
function isFunctionNonWordMisread(
  seen: string,
  seenCount: number,
  best: { candidate: Candidate; score: number },
  second: number,
  gain: number,
  frequencies: EnglishFrequencies,
): boolean {
  const unseen =
    seenCount === 0 || (seenCount < RARE_SEEN_COUNT && seen.length >= LISTED_ONLY_LENGTH);
  return (
    unseen &&
    // Three letters or fewer ("src", "nro") are read so only through common confusions, or as
    // one of the dozen commonest words ("nud" → "and").
    (seen.length > SAFE_MAX_WORD_LENGTH ||
      best.candidate.cost <= 2 * COMMON_CONFUSION_COST ||
      frequencies.rank(best.candidate.word) <= SHORT_RARER_RANK) &&
    frequencies.rank(best.candidate.word) <= SHORT_MEANT_RANK &&
    gain >= FUNCTION_NON_WORD_GAIN &&
    best.score - second >= SAFE_LEAD
  );
}

/** A printed non-word at least this long may be read safely as the one word it misreads. */
const LONG_NON_WORD_LENGTH = 6;
/** … when that word is this much likelier (log10) than the next reading. */
const LONG_LEAD = 1.5;

/**
 * "produoe", "deoeased", "reoeived", "gntter": a printed form of six letters or more that is no
 * word at all (not in SUBTLEX, not in the 275,000 words of the word list) and is one misread
 * letter from one word only is that word: a lower-case non-word that long is a misreading, not a
 * name or an abbreviation, and a second candidate would have shown the doubt (shorter ones may
 * be older spellings: "carye" for carry).
 */
function isLongNonWordMisread(
  seen: string,
  seenCount: number,
  best: { candidate: Candidate; score: number },
  second: number,
  gain: number,
): boolean {
  return (
    seenCount === 0 &&
    seen.length >= LONG_NON_WORD_LENGTH &&
    best.candidate.misread.length === 1 &&
    gain >= SUGGEST_GAIN &&
    best.score - second >= LONG_LEAD
  );
}

/** A printed non-word this long or longer … */
const NON_WORD_LENGTH = 7;
/** … is read as the one word it misreads when that is this much likelier (log10) than the next. */
const NON_WORD_LEAD = 1.5;
/** Vowels writers put for one another: a printed form with them may be the writer's spelling. */
const VOWEL_SPELLINGS = new Set(['ae', 'ea']);

/**
 * "aevcral", "adjoiuiug", "grievanees": a printed form of seven letters or more that no word
 * list knows, one or two misread letters from one English word far likelier than any other
 * reading, is that word, however rare the word: a form that long and known to no list is
 * printed right less often than the engine misreads a word, and the lead over the next reading
 * measures the doubt. In the ICDAR newspapers' and books' OCR, 55 of the 60 words this rule
 * newly fixed became their gold word (3 of the 5 others were errors in the gold itself); from
 * five letters on it was 115 of 158, hence seven.
 */
function isNonWordMisread(
  seen: string,
  best: { candidate: Candidate; score: number },
  second: number,
): boolean {
  return (
    seen.length >= NON_WORD_LENGTH &&
    // SUBTLEX counts the foreign words of films ("faire"): the word meant must be English.
    isEnglishWord(best.candidate.word) &&
    // "dysentary", "seperate": a for e (or e for a) is how writers misspell, not only engines.
    !best.candidate.misread.some((m) => VOWEL_SPELLINGS.has(m.meant + m.seen)) &&
    best.score - second >= NON_WORD_LEAD
  );
}

/**
 * Words of the 19th-century newspaper that subtitles never use: the abbreviations of its dates
 * and titles ("the 5th inst.", "ult.", "prox.", "Esq.", "sen.") and "shew" for show, older
 * English (yon, oft), and the dictionaries' abbreviations (sb., sth.). None gets a reading of its
 * own (in the ICDAR newspapers they were 25 of the 234 wrong suggestions), nor one of the words
 * around it (`english-phrase.ts`: "see yon Albicore" in Moby-Dick); yon and oft are read only by
 * their neighbours' rules.
 */
const NEWSPAPER_WORDS = new Set([
  'inst',
  'ult',
  'prox',
  'viz',
  'esq',
  'sen',
  'senr',
  'jun',
  'junr',
  'shew',
  'shews',
  'shewed',
  'shewn',
  'shewing',
  // "yon hill", "oft repeated": see their rules in `english-context-rules.ts`.
  'yon',
  'oft',
  // "apologize to sb. for sth.": the dictionaries' somebody and something, which English
  // lessons in Chinese news print (14 suggestions of "sin" in 1,000 Sina articles).
  'sb',
  'sth',
]);

/** True when `lower` is one of `NEWSPAPER_WORDS`, which no count or phrase reads as another. */
export function isNewspaperWord(lower: string): boolean {
  return NEWSPAPER_WORDS.has(lower);
}

/** The word older printing added an e to must be used at least this often (per 51 million). */
const ARCHAIC_STEM_COUNT = 20;

/**
 * "houre", "looke", "staire", "eares", "shee": older printing adds an e to a word, at its end or
 * before its plural s, which no OCR engine does; such a word is left as printed.
 */
function isArchaicSpelling(seen: string, frequencies: EnglishFrequencies): boolean {
  if (seen.length <= 3) return false;
  if (seen.endsWith('e')) return frequencies.count(seen.slice(0, -1)) >= ARCHAIC_STEM_COUNT;
  return (
    seen.endsWith('es') &&
    frequencies.count(`${seen.slice(0, -2)}s`) >= ARCHAIC_STEM_COUNT &&
    frequencies.count(seen.slice(0, -2)) >= ARCHAIC_STEM_COUNT
  );
}

/** Words of this rank or better may replace a capitalized or upper-case printed word. */
export const FUNCTION_WORD_RANK = 60;

/** True when `word` (lower case) is among the most frequent words (the, and, of, he, be …). */
export function isFunctionWord(word: string, frequencies: EnglishFrequencies): boolean {
  return frequencies.rank(word) <= FUNCTION_WORD_RANK;
}
