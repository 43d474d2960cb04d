/**
 * What the rest of the issue says about the places of Chinese misreadings, read in one pass over
 * the text whatever the number of places:
 *
 * - Whether a place repeats: a name (通伦, 哈恰图良) or a term (减贫, 市域) the lexicon lacks is
 *   written the same way each time, while a misreading is an accident of one place (or the
 *   engine's habit: a twin read well, `isSystematic` in `chinese.ts`). A place repeats when the
 *   printed character and one of its neighbours occur again, as the same two characters,
 *   within a story's reach of it.
 * - What witnesses a reading: the issue prints the place elsewhere, within the same reach, as it
 *   would read with the meant character, three characters in a row holding it (人才培养 where
 *   one place reads 入才培养).
 */
import { pairKey } from './chinese-tables';

/** How far (UTF-16 code units) on each side of a place the repeat is looked for. */
export const REPEAT_REACH = 20_000;

/** A place: the character at `at` of the Han run `[from, to)`. */
export interface RepeatPlace {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** Characters a witness spans: the meant character with two neighbours, in one Han run. */
const WITNESS_LENGTH = 3;

/** What the issue says of each place (in text order). */
export interface PlaceEvidence {
  /** True when the place's pair with its left or its right neighbour occurs again. */
  readonly repeated: boolean[];
  /** The characters printed elsewhere as the place would read, or null (or not asked). */
  readonly witnesses: (string | null)[];
}

/**
 * For each place (in text order), whether it repeats and, where `meant[k]` is given, what
 * witnesses reading it so. Only the keys of the places are remembered, with where they occur.
 */
export function placeEvidence(
  text: string,
  places: readonly RepeatPlace[],
  meant: readonly (string | null)[] = [],
): PlaceEvidence {
  const pairs = new KeyIndex();
  const triples = new KeyIndex();
  const pairKeys = places.map(({ at, from, to }) => {
    const keys: number[] = [];
    for (const start of [at - 1, at]) {
      if (start < from || start + 2 > to) continue;
      const key = pairKey(text.charCodeAt(start), text.charCodeAt(start + 1));
      if (key >= 0) keys.push(pairs.want(key, pairBit(key)), start);
    }
    return keys;
  });
  const tripleKeys = places.map(({ at, from, to }, k) => {
    const keys: number[] = [];
    const code = meant[k]?.charCodeAt(0);
    if (code === undefined) return keys;
    const codeAt = (i: number) => (i === at ? code : text.charCodeAt(i));
    for (let start = at - WITNESS_LENGTH + 1; start <= at; start++) {
      if (start < from || start + WITNESS_LENGTH > to) continue;
      const first = pairKey(codeAt(start), codeAt(start + 1));
      const second = pairKey(codeAt(start + 1), codeAt(start + 2));
      if (first < 0 || second < 0) continue;
      keys.push(triples.want(tripleKey(first, second), tripleBit(first, second)), start);
    }
    return keys;
  });
  if (pairs.size > 0 || triples.size > 0) {
    // The key of each pair of the text, and of each three from the pair before it.
    const withTriples = triples.size > 0;
    let previous = text.charCodeAt(0);
    let before = -1;
    for (let i = 1; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const key = pairKey(previous, code);
      previous = code;
      if (key >= 0) {
        // The filters first: the keys are made (a three's is no small integer) on a hit only.
        const bit = pairBit(key);
        if (pairs.may(bit)) pairs.found(key, i - 1);
        if (withTriples && before >= 0) {
          const three = tripleBit(before, key);
          if (triples.may(three)) triples.found(tripleKey(before, key), i - 2);
        }
      }
      before = key;
    }
  }
  return {
    repeated: pairKeys.map((keys) => {
      for (let k = 0; k < keys.length; k += 2) {
        // The occurrences hold the place itself: look at its neighbours.
        const start = keys[k + 1]!;
        const occurrences = pairs.occurrences(keys[k]!);
        const low = firstFrom(occurrences, start);
        const before = occurrences[low - 1];
        const after = occurrences[low + 1];
        if (before !== undefined && start - before <= REPEAT_REACH) return true;
        if (after !== undefined && after - start <= REPEAT_REACH) return true;
      }
      return false;
    }),
    witnesses: tripleKeys.map((keys) => {
      for (let k = 0; k < keys.length; k += 2) {
        // The place prints another character: every occurrence is elsewhere.
        const start = keys[k + 1]!;
        const occurrences = triples.occurrences(keys[k]!);
        const found = occurrences[firstFrom(occurrences, start - REPEAT_REACH)];
        if (found !== undefined && found <= start + REPEAT_REACH) {
          return sharedRun(text, found, start);
        }
      }
      return null;
    }),
  };
}

/** Characters a witness's run may add on each side (`sharedRun`). */
const RUN_REACH = 4;

/**
 * The witness at `found` grown on each side while the characters there are those around the
 * place's window at `start` (芬兰议会 for 芬兰议[介]), by `RUN_REACH` at most: what the
 * finding quotes.
 */
function sharedRun(text: string, found: number, start: number): string {
  let before = 0;
  while (
    before < RUN_REACH &&
    found - before > 0 &&
    isHan(text.charCodeAt(found - before - 1)) &&
    text.charCodeAt(found - before - 1) === text.charCodeAt(start - before - 1)
  ) {
    before++;
  }
  let after = 0;
  const end = found + WITNESS_LENGTH;
  const placeEnd = start + WITNESS_LENGTH;
  while (
    after < RUN_REACH &&
    isHan(text.charCodeAt(end + after)) &&
    text.charCodeAt(end + after) === text.charCodeAt(placeEnd + after)
  ) {
    after++;
  }
  return text.slice(found - before, end + after);
}

function isHan(code: number): boolean {
  return pairKey(code, code) >= 0;
}

/**
 * The keys a scan looks for, each with where it occurs in text order, behind a bit per key hash:
 * most keys of the text are no place's.
 */
class KeyIndex {
  private readonly wanted = new Map<number, number[]>();
  /** A bit per key hash (2^20 bits). */
  private readonly filter = new Uint32Array(1 << 15);

  get size(): number {
    return this.wanted.size;
  }

  /** Looks for `key`, whose filter bit is `bit` (20 bits); returns it. */
  want(key: number, bit: number): number {
    if (!this.wanted.has(key)) {
      this.wanted.set(key, []);
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
    }
    return key;
  }

  /** False when no key looked for has the filter bit `bit`. */
  may(bit: number): boolean {
    return (this.filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  /** Notes that `key` occurs at `at`, if it is looked for. */
  found(key: number, at: number): void {
    this.wanted.get(key)?.push(at);
  }

  /** Where a key looked for occurs, in text order. */
  occurrences(key: number): readonly number[] {
    return this.wanted.get(key)!;
  }
}

/** The index of the first of `sorted` at or after `at` (`sorted.length` when none). */
function firstFrom(sorted: readonly number[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Three Han characters as one number (45 bits) from the keys of their two pairs (both ≥ 0):
 * the low 15 bits of a pair's key are its second character's.
 */
function tripleKey(first: number, second: number): number {
  return first * 0x8000 + (second & 0x7fff);
}

/** The filter bit (of 2^20) of a pair's key … */
function pairBit(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 12;
}

/** … and of three characters' (`tripleKey`). */
function tripleBit(first: number, second: number): number {
  return Math.imul(first ^ Math.imul(second & 0x7fff, 0x85ebca6b), 0x9e3779b1) >>> 12;
}
