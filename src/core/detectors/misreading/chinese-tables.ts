/**
 * The lexicon as the Chinese misreading scan reads it, character by character: the count of
 * every word of one to four Han characters in typed arrays under integer keys. Looking a word
 * up this way builds no string and hashes no string, which matters when an issue of millions of
 * characters asks for millions of words. Built once per lexicon and kept beside it.
 */
import type { ChineseLexicon } from '../../lexicon/chinese';

/** The first code unit the tables index: the CJK extension A block. */
const BASE = 0x3400;
/** Code units from BASE to the end of the BMP's unified ideographs (U+9FFF). */
const SPAN = 0xa000 - BASE;
/** The longest text `readingCost` reads (longer text is cut). */
export const MAX_WINDOW = 16;

/** Key of a pair of characters (UTF-16 code units): two 15-bit offsets; -1 outside the range. */
export function pairKey(a: number, b: number): number {
  const x = a - BASE;
  const y = b - BASE;
  return x < 0 || y < 0 || x >= SPAN || y >= SPAN ? -1 : (x << 15) | y;
}

/** What `frequentPair` calls frequent. */
export const MIN_PAIR_COUNT = 20;
/** log2 of the bits of the frequent-pair filter (512 KiB: fits a core's cache, about 5% false positives). */
const FILTER_BITS = 22;
/** What `linkedPair` calls a word in common use. */
export const MIN_LINK_COUNT = 100;
/** log2 of the bits of the common-pair filter (128 KiB for about 25,000 words: 2–3% false positives). */
const LINK_FILTER_BITS = 20;

/**
 * `bits` high bits of a multiplicative hash of two keys: the low bits of a product follow the
 * keys' low bits alone. `seed` parts the hashes of a table's slots from its filter's bits.
 */
function mix(first: number, second: number, bits: number, seed: number): number {
  return Math.imul(first ^ Math.imul(second, seed), 0x9e3779b1) >>> (32 - bits);
}

/**
 * A filter of one bit an entry of two keys (the second 0 where there is one), no false
 * negatives: most asks of a scan are for no entry and end in the filter, small enough for a
 * core's cache, without touching the table behind it.
 */
class BitFilter {
  private readonly words: Uint32Array;

  constructor(private readonly bits: number) {
    this.words = new Uint32Array(2 ** (bits - 5));
  }

  add(first: number, second = 0): void {
    const bit = mix(first, second, this.bits, 0x27d4eb2d);
    this.words[bit >>> 5]! |= 1 << (bit & 31);
  }

  has(first: number, second = 0): boolean {
    const bit = mix(first, second, this.bits, 0x27d4eb2d);
    return (this.words[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

/** Second keys: a third character alone, or a pair (the two kinds kept apart by the top bit). */
const ONE_MORE = 0x80000000;
/** Second key of a two-character word. */
const NOTHING_MORE = 0x40000000;

/** log2 of the bits of the words' filter (1 MiB for about 330,000 words: 4% false positives). */
const WORD_FILTER_BITS = 23;

/**
 * Words of two to four characters by (pair of the first two, what follows): open addressing
 * with linear probing, a power-of-two capacity at most half full. A word's keys, count and cost
 * sit side by side (one cache line read for a word found), and a filter of one bit a word
 * answers most asks for a word that is none without touching the table: nearly every ask of a
 * scan is such, and the table is too large for a core's cache, the filter is not.
 */
class WordHash {
  /** Per slot, six 32-bit cells: the two keys, then the cost and the count as float64. */
  private readonly keys: Int32Array;
  private readonly values: Float64Array;
  private readonly filter = new BitFilter(WORD_FILTER_BITS);
  private readonly mask: number;
  private readonly bits: number;

  constructor(size: number) {
    let capacity = 1024;
    while (capacity < size * 2) capacity *= 2;
    this.bits = Math.log2(capacity);
    const buffer = new ArrayBuffer(capacity * 24);
    this.keys = new Int32Array(buffer);
    this.values = new Float64Array(buffer);
    for (let i = 0; i < capacity; i++) this.keys[6 * i] = -1;
    this.mask = capacity - 1;
  }

  set(first: number, second: number, count: number, cost: number): void {
    const want = second | 0;
    let i = mix(first, want, this.bits, 0x85ebca6b);
    while (
      this.keys[6 * i] !== -1 &&
      (this.keys[6 * i] !== first || this.keys[6 * i + 1] !== want)
    ) {
      i = (i + 1) & this.mask;
    }
    this.keys[6 * i] = first;
    this.keys[6 * i + 1] = want;
    this.values[3 * i + 1] = cost;
    this.values[3 * i + 2] = count;
    this.filter.add(first, want);
  }

  /** The slot of the word, -1 when it is none. */
  private find(first: number, second: number): number {
    const want = second | 0;
    if (!this.filter.has(first, want)) return -1;
    for (let i = mix(first, want, this.bits, 0x85ebca6b); ; i = (i + 1) & this.mask) {
      const key = this.keys[6 * i]!;
      if (key === -1) return -1;
      if (key === first && this.keys[6 * i + 1] === want) return i;
    }
  }

  get(first: number, second: number): number {
    const i = this.find(first, second);
    return i < 0 ? 0 : this.values[3 * i + 2]!;
  }

  /** What reading the word costs, Infinity when it is none. */
  cost(first: number, second: number): number {
    const i = this.find(first, second);
    return i < 0 ? Infinity : this.values[3 * i + 1]!;
  }
}

/** log2 of the bits of the completions' filter (128 KiB for about 83,000 entries: 8% false positives). */
const COMPLETION_FILTER_BITS = 20;

/**
 * For the other characters of a frequent word of three or four characters and the place of
 * the one missing, the characters that complete it: open addressing on two keys (the first two
 * characters' `pairKey`; `completionKey` of the rest), filled by `add`, then `seal`ed into one
 * packed array of which each entry's list is a view.
 */
class Completions {
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  private readonly lists: (Uint16Array | null)[];
  /** While the table is filled, each slot's characters. */
  private pending: (number[] | undefined)[] | null;
  private readonly filter = new BitFilter(COMPLETION_FILTER_BITS);
  private readonly bits: number;
  private readonly mask: number;

  /** A table for at most `size` entries. */
  constructor(size: number) {
    this.bits = 10;
    while (2 ** this.bits < size * 2) this.bits++;
    this.first = new Int32Array(2 ** this.bits).fill(-1);
    this.second = new Int32Array(2 ** this.bits);
    this.lists = new Array<Uint16Array | null>(2 ** this.bits).fill(null);
    this.pending = new Array<number[] | undefined>(2 ** this.bits);
    this.mask = 2 ** this.bits - 1;
  }

  /** Adds the character `code` to the entry of (`first`, `second`), before `seal`. */
  add(first: number, second: number, code: number): void {
    let i = mix(first, second, this.bits, 0x85ebca6b);
    while (this.first[i] !== -1 && (this.first[i] !== first || this.second[i] !== second)) {
      i = (i + 1) & this.mask;
    }
    if (this.first[i] === -1) {
      this.first[i] = first;
      this.second[i] = second;
      this.filter.add(first, second);
    }
    (this.pending![i] ??= []).push(code);
  }

  /** Packs the lists of `add` into one array, each entry's list a view of its part. */
  seal(): void {
    const pending = this.pending!;
    const packed = new Uint16Array(pending.reduce((n, list) => n + (list?.length ?? 0), 0));
    let at = 0;
    pending.forEach((list, i) => {
      packed.set(list!, at);
      this.lists[i] = packed.subarray(at, at + list!.length);
      at += list!.length;
    });
    this.pending = null;
  }

  get(first: number, second: number): Uint16Array | null {
    if (!this.filter.has(first, second)) return null;
    for (let i = mix(first, second, this.bits, 0x85ebca6b); ; i = (i + 1) & this.mask) {
      const known = this.first[i]!;
      if (known === first && this.second[i] === second) return this.lists[i]!;
      if (known === -1) return null;
    }
  }
}

/** The second key of `Completions`: the third known character (or none), the place, the length. */
function completionKey(third: number, missing: number, length: number): number {
  return (third < 0 ? 0x7fff : third - BASE) | (missing << 15) | (length << 18);
}

/** Word counts by character codes, from one lexicon. */
export interface CharacterTables {
  /** Count of the two-character word `a b` (code units); 0 when it is no word. */
  pair(a: number, b: number): number;
  /**
   * True when `a b` is a two-character word used at least `MIN_PAIR_COUNT` times: first a
   * bit of a filter (a few false positives, no false negatives), then the table.
   */
  frequentPair(a: number, b: number): boolean;
  /**
   * Calls `each` with every character `p` for which `frequentPair(p, code)` holds (`before`) or
   * every `n` for which `frequentPair(code, n)` holds (`after`); `long`, with every character
   * beside `code` in one of the words of three and four characters of `completions` instead.
   */
  forEachPartner(
    code: number,
    side: 'before' | 'after',
    each: (partner: number) => void,
    long?: boolean,
  ): void;
  /**
   * True when `a b` is a two-character word used at least `MIN_LINK_COUNT` times, through a
   * filter of its own first: most pairs of an OCR'd text that are no such word cost one bit.
   */
  linkedPair(a: number, b: number): boolean;
  /** Count of the three-character word `a b c`; 0 when it is no word. */
  triple(a: number, b: number, c: number): number;
  /** Count of the character `code` as a word of its own; 0 when it is none. */
  alone(code: number): number;
  /**
   * How bound the character `code` is: `-ln` of the share of its uses (in the lexicon's words,
   * weighted by count) that are the character alone, add-one smoothed. 0 for 的 or 了, which
   * stand alone; high for 伤 or 蜴, which nearly always sit inside a word, so that one standing
   * alone is suspect.
   */
  bound(code: number): number;
  /** `-ln p` of a word used `count` times (a count of 0 is taken as 1), in ln units. */
  wordCost(count: number): number;
  /** The count of the most frequent two-character word that `code` begins; 0 when none. */
  maxAfter(code: number): number;
  /** The count of the most frequent two-character word that `code` ends; 0 when none. */
  maxBefore(code: number): number;
  /**
   * The characters that complete a word of `length` characters (3 or 4) used at least
   * `MIN_PAIR_COUNT` times whose other characters are `a b` (and `c`, for four), in order, the
   * one missing at place `missing` (0 the first), as code units; null when none.
   */
  completions(length: 3 | 4, missing: number, a: number, b: number, c?: number): Uint16Array | null;
  /**
   * `readingCost` (lexicon/chinese.ts) of `codes[0, length)`, a short run of Han characters
   * (a window around one place), with `codes[at]` read as `meant`: the sum of `-ln p(word)`
   * over the best segmentation into words of up to four characters.
   */
  readingCost(codes: ArrayLike<number>, length: number, at: number, meant: number): number;
  /**
   * An upper bound on `readingCost(codes, length, -1, 0) - readingCost(codes, length, at,
   * meant)`, from lookups alone: the best reading with `meant` puts it in some word of one to
   * four characters over a span of the window, and the printed text reads that span for at
   * most its characters as single words, the rest of the window reading the same either way.
   * `same`: the window and `at` are those of the last call, only `meant` differs (what the
   * printed window costs is then not summed again).
   */
  gainBound(
    codes: ArrayLike<number>,
    length: number,
    at: number,
    meant: number,
    same?: boolean,
  ): number;
}

const built = new WeakMap<ChineseLexicon, CharacterTables>();

/**
 * For every character, the characters that make one of the `frequent` two-character words with
 * it, packed in one array: those of the character at offset x are `codes[starts[x],
 * starts[x + 1])`. `keyAt` is the place (0 or 1) of the character the lists are kept by; the
 * partner is the other.
 */
function partnerLists(
  frequent: readonly string[],
  keyAt: 0 | 1,
): { starts: Int32Array; codes: Uint16Array } {
  const starts = new Int32Array(SPAN + 1);
  for (const word of frequent) starts[word.charCodeAt(keyAt) - BASE + 1]++;
  for (let x = 0; x < SPAN; x++) starts[x + 1] = starts[x + 1]! + starts[x]!;
  const next = starts.slice(0, SPAN);
  const codes = new Uint16Array(frequent.length);
  for (const word of frequent) {
    codes[next[word.charCodeAt(keyAt) - BASE]!++] = word.charCodeAt(1 - keyAt);
  }
  return { starts, codes };
}

function isIndexed(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const x = word.charCodeAt(i) - BASE;
    if (x < 0 || x >= SPAN) return false;
  }
  return true;
}

/** The tables of `lexicon`, built on first use (every word of the lexicon read once). */
export function characterTables(lexicon: ChineseLexicon): CharacterTables {
  const known = built.get(lexicon);
  if (known) return known;
  const alone = new Float64Array(SPAN);
  const uses = new Float64Array(SPAN);
  const words: [string, number][] = [];
  lexicon.forEachWord((word, count) => {
    if (!isIndexed(word)) return;
    for (let i = 0; i < word.length; i++) {
      const x = word.charCodeAt(i) - BASE;
      uses[x] = uses[x]! + count;
    }
    if (word.length > 4) return;
    if (word.length === 1) alone[word.charCodeAt(0) - BASE] = count;
    else words.push([word, count]);
  });
  const bound = new Float32Array(SPAN);
  for (let x = 0; x < SPAN; x++) bound[x] = Math.log((uses[x]! + 1) / (alone[x]! + 1));
  const maxAfter = new Float64Array(SPAN);
  const maxBefore = new Float64Array(SPAN);
  for (const [word, count] of words) {
    if (word.length !== 2) continue;
    const x = word.charCodeAt(0) - BASE;
    const y = word.charCodeAt(1) - BASE;
    if (count > maxAfter[x]!) maxAfter[x] = count;
    if (count > maxBefore[y]!) maxBefore[y] = count;
  }
  const logTotal = Math.log(lexicon.total > 0 ? lexicon.total : 1);
  const costOf = (count: number): number => logTotal - Math.log(count > 0 ? count : 1);
  const hash = new WordHash(words.length);
  for (const [word, count] of words) {
    const head = pairKey(word.charCodeAt(0), word.charCodeAt(1));
    const rest =
      word.length === 2
        ? NOTHING_MORE
        : word.length === 3
          ? ONE_MORE | (word.charCodeAt(2) - BASE)
          : pairKey(word.charCodeAt(2), word.charCodeAt(3));
    hash.set(head, rest, count, costOf(count));
  }
  const frequent = words
    .filter(([word, count]) => word.length === 2 && count >= MIN_PAIR_COUNT)
    .map(([word]) => word);
  const long = words.filter(([word, count]) => word.length >= 3 && count >= MIN_PAIR_COUNT);
  const completions = new Completions(long.reduce((n, [word]) => n + word.length, 0));
  const adjacent = new Set<string>();
  const codes = new Int32Array(4);
  for (const [word] of long) {
    for (let i = 0; i < word.length; i++) codes[i] = word.charCodeAt(i);
    for (let at = 0; at < word.length; at++) {
      // The other characters, in order: k0 k1 (k2).
      const k0 = codes[at === 0 ? 1 : 0]!;
      const k1 = codes[at <= 1 ? 2 : 1]!;
      const k2 = word.length === 4 ? codes[at <= 2 ? 3 : 2]! : -1;
      completions.add(pairKey(k0, k1), completionKey(k2, at, word.length), codes[at]!);
    }
    for (let at = 0; at + 1 < word.length; at++) adjacent.add(word.slice(at, at + 2));
  }
  completions.seal();
  const longPartners = {
    before: partnerLists([...adjacent], 1),
    after: partnerLists([...adjacent], 0),
  };
  const filter = new BitFilter(FILTER_BITS);
  for (const word of frequent) filter.add(pairKey(word.charCodeAt(0), word.charCodeAt(1)));
  const partners = { before: partnerLists(frequent, 1), after: partnerLists(frequent, 0) };
  const linkFilter = new BitFilter(LINK_FILTER_BITS);
  for (const [word, count] of words) {
    if (word.length === 2 && count >= MIN_LINK_COUNT) {
      linkFilter.add(pairKey(word.charCodeAt(0), word.charCodeAt(1)));
    }
  }
  const pair = (a: number, b: number): number => {
    const head = pairKey(a, b);
    return head < 0 ? 0 : hash.get(head, NOTHING_MORE);
  };
  /** What each character costs read as a word of its own (`costOf` its count alone). */
  const aloneCost = new Float64Array(SPAN);
  for (let x = 0; x < SPAN; x++) aloneCost[x] = costOf(alone[x]!);
  const costOutside = costOf(0);
  const best = new Float64Array(MAX_WINDOW + 1);
  const window = new Int32Array(MAX_WINDOW);
  /** Prefix sums of the printed window's characters read as single words. */
  const singles = new Float64Array(MAX_WINDOW + 1);
  const tables: CharacterTables = {
    pair,
    frequentPair(a, b) {
      const head = pairKey(a, b);
      return head >= 0 && filter.has(head) && hash.get(head, NOTHING_MORE) >= MIN_PAIR_COUNT;
    },
    forEachPartner(code, side, each, long = false) {
      const x = code - BASE;
      if (x < 0 || x >= SPAN) return;
      const { starts, codes } = (long ? longPartners : partners)[side];
      for (let k = starts[x]!; k < starts[x + 1]!; k++) each(codes[k]!);
    },
    linkedPair(a, b) {
      const head = pairKey(a, b);
      return head >= 0 && linkFilter.has(head) && hash.get(head, NOTHING_MORE) >= MIN_LINK_COUNT;
    },
    triple(a, b, c) {
      const head = pairKey(a, b);
      const x = c - BASE;
      return head < 0 || x < 0 || x >= SPAN ? 0 : hash.get(head, ONE_MORE | x);
    },
    completions(length, place, a, b, c = -1) {
      const first = pairKey(a, b);
      if (first < 0 || (c >= 0 && (c < BASE || c - BASE >= SPAN))) return null;
      return completions.get(first, completionKey(c, place, length));
    },
    alone(code) {
      const x = code - BASE;
      return x >= 0 && x < SPAN ? alone[x]! : 0;
    },
    bound(code) {
      const x = code - BASE;
      return x >= 0 && x < SPAN ? bound[x]! : 0;
    },
    wordCost: costOf,
    maxAfter(code) {
      const x = code - BASE;
      return x >= 0 && x < SPAN ? maxAfter[x]! : 0;
    },
    maxBefore(code) {
      const x = code - BASE;
      return x >= 0 && x < SPAN ? maxBefore[x]! : 0;
    },
    readingCost(codes, length, at, meant) {
      const n = Math.min(length, MAX_WINDOW);
      for (let i = 0; i < n; i++) window[i] = i === at ? meant : codes[i]!;
      best[n] = 0;
      for (let i = n - 1; i >= 0; i--) {
        const code = window[i]!;
        const x = code - BASE;
        let cost = (x >= 0 && x < SPAN ? aloneCost[x]! : costOutside) + best[i + 1]!;
        if (i + 2 <= n) {
          const head = pairKey(code, window[i + 1]!);
          if (head >= 0) {
            cost = Math.min(cost, hash.cost(head, NOTHING_MORE) + best[i + 2]!);
            if (i + 3 <= n) {
              const x3 = window[i + 2]! - BASE;
              if (x3 >= 0 && x3 < SPAN) {
                cost = Math.min(cost, hash.cost(head, ONE_MORE | x3) + best[i + 3]!);
              }
            }
            if (i + 4 <= n) {
              const tail = pairKey(window[i + 2]!, window[i + 3]!);
              if (tail >= 0) cost = Math.min(cost, hash.cost(head, tail) + best[i + 4]!);
            }
          }
        }
        best[i] = cost;
      }
      return best[0]!;
    },
    gainBound(codes, length, at, meant, same = false) {
      const n = Math.min(length, MAX_WINDOW);
      if (!same) {
        singles[0] = 0;
        for (let i = 0; i < n; i++) {
          const code = codes[i]!;
          window[i] = code;
          const x = code - BASE;
          singles[i + 1] = singles[i]! + (x >= 0 && x < SPAN ? aloneCost[x]! : costOutside);
        }
      }
      window[at] = meant;
      // The costs are read in place, not through small helpers: a helper returning a float that
      // V8 does not inline boxes it at each call (60 MB of garbage per analysis of the 10 MB
      // bench issue when this read them so).
      // A single character is always a reading (as a word of count 1 when it is none).
      const m = meant - BASE;
      let bound =
        singles[at + 1]! - singles[at]! - (m >= 0 && m < SPAN ? aloneCost[m]! : costOutside);
      for (let span = 2; span <= 4; span++) {
        for (let from = Math.max(0, at - span + 1); from <= at && from + span <= n; from++) {
          const head = pairKey(window[from]!, window[from + 1]!);
          if (head < 0) continue;
          let cost: number;
          if (span === 2) cost = hash.cost(head, NOTHING_MORE);
          else if (span === 3) {
            const x = window[from + 2]! - BASE;
            if (x < 0 || x >= SPAN) continue;
            cost = hash.cost(head, ONE_MORE | x);
          } else {
            const tail = pairKey(window[from + 2]!, window[from + 3]!);
            if (tail < 0) continue;
            cost = hash.cost(head, tail);
          }
          const gain = singles[from + span]! - singles[from]! - cost;
          if (gain > bound) bound = gain;
        }
      }
      return bound;
    },
  };
  built.set(lexicon, tables);
  return tables;
}
