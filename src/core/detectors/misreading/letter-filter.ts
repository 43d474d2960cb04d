/**
 * A one-hash Bloom filter of words over their letters, for the spacing scan
 * (`english-spacing.ts`): it tells two neighbouring pieces are no frequent word when joined
 * without building the joined string. Pure.
 */

/**
 * A one-hash Bloom filter of words over their letters, case folded: `mayHold` is true for every
 * word added and for a few others, and reads two pieces as one word without building the
 * string. Most neighbouring words are ruled out by it alone, with no look-up of any table.
 */
export class LetterFilter {
  private readonly bits: Uint32Array;

  constructor(private readonly size: number) {
    this.bits = new Uint32Array(size >>> 5);
  }

  /** Adds a word of letters. */
  add(word: string): void {
    this.set(hashLetters(word, HASH_SEED));
  }

  /** False when `a + b` (letters, any case) was certainly never added. */
  mayHold(a: string, b = ''): boolean {
    const at = (hashLetters(b, hashLetters(a, HASH_SEED)) >>> 0) & (this.size - 1);
    return (this.bits[at >>> 5]! & (1 << (at & 31))) !== 0;
  }

  /** `mayHold` of the letters `text[aFrom, aTo)` and `text[bFrom, bTo)`, no string made. */
  mayHoldSpans(text: string, aFrom: number, aTo: number, bFrom: number, bTo: number): boolean {
    const hash = hashSpan(text, bFrom, bTo, hashSpan(text, aFrom, aTo, HASH_SEED));
    const at = (hash >>> 0) & (this.size - 1);
    return (this.bits[at >>> 5]! & (1 << (at & 31))) !== 0;
  }

  private set(hash: number): void {
    const at = (hash >>> 0) & (this.size - 1);
    this.bits[at >>> 5]! |= 1 << (at & 31);
  }
}

const HASH_SEED = 0x811c9dc5;

/** FNV-1a over the letters of `word`, case folded (a–z and A–Z only), continuing from `hash`. */
function hashLetters(word: string, hash: number): number {
  for (let i = 0; i < word.length; i++) {
    hash = Math.imul(hash ^ (word.charCodeAt(i) | 0x20), 0x01000193);
  }
  return hash;
}

/** `hashLetters` of `text[from, to)`. */
function hashSpan(text: string, from: number, to: number, hash: number): number {
  for (let i = from; i < to; i++) {
    hash = Math.imul(hash ^ (text.charCodeAt(i) | 0x20), 0x01000193);
  }
  return hash;
}
