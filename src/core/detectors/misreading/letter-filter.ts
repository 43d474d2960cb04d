/**
 * A one-hash Bloom filter of words over their letters, for the English scan
 * (`english-spacing.ts`, `english-scan.ts`): it tells two neighbouring pieces are no word when
 * joined without building the joined string. Pure.
 */

/**
 * A one-hash Bloom filter of words over their letters, case folded: `mayHold` is true for every
 * word added and for a few others, and reads two pieces as one word without building the
 * string. Most neighbouring words are ruled out by it alone, with no look-up of any table.
 *
 * The letters' hash is polynomial (`letterHash`), so the hash of two pieces joined is made from
 * the pieces' own hashes (`joinedHash`): a scan hashes each distinct print once and asks of any
 * two neighbours at the cost of one multiplication.
 */
export class LetterFilter {
  private readonly bits: Uint32Array;

  constructor(private readonly size: number) {
    this.bits = new Uint32Array(size >>> 5);
  }

  /** Adds a word of letters. */
  add(word: string): void {
    const at = this.slot(letterHash(word));
    this.bits[at >>> 5]! |= 1 << (at & 31);
  }

  /** False when `a + b` (letters, any case) was certainly never added. */
  mayHold(a: string, b = ''): boolean {
    return this.mayHoldHash(joinedHash(letterHash(a), letterHash(b), b.length));
  }

  /** `mayHold` of the letters `text[aFrom, aTo)` and `text[bFrom, bTo)`, no string made. */
  mayHoldSpans(text: string, aFrom: number, aTo: number, bFrom: number, bTo: number): boolean {
    return this.mayHoldHash(
      joinedHash(spanHash(text, aFrom, aTo), spanHash(text, bFrom, bTo), bTo - bFrom),
    );
  }

  /** False when no word of the `letterHash` (or `joinedHash`) `hash` was ever added. */
  mayHoldHash(hash: number): boolean {
    const at = this.slot(hash);
    return (this.bits[at >>> 5]! & (1 << (at & 31))) !== 0;
  }

  /** The bit of a hash: its bits mixed, since a polynomial hash's low bits are its letters'. */
  private slot(hash: number): number {
    let mixed = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    mixed ^= mixed >>> 13;
    return (mixed >>> 0) & (this.size - 1);
  }
}

/** The multiplier of the letters' hash: odd, so no power of it is 0 modulo 2^32. */
const MULTIPLIER = 0x01000193;

/** `MULTIPLIER` to the powers 0…63, for `joinedHash`. */
const POWERS = new Int32Array(64);
POWERS[0] = 1;
for (let n = 1; n < POWERS.length; n++) POWERS[n] = Math.imul(POWERS[n - 1]!, MULTIPLIER);

/**
 * The hash of the letters of `word`, case folded (a–z and A–Z only): each code folded in as
 * `hash · MULTIPLIER + code`, modulo 2^32.
 */
export function letterHash(word: string): number {
  return spanHash(word, 0, word.length);
}

/** `letterHash` of `text[from, to)`. */
function spanHash(text: string, from: number, to: number): number {
  let hash = 0;
  for (let i = from; i < to; i++) {
    hash = (Math.imul(hash, MULTIPLIER) + (text.charCodeAt(i) | 0x20)) | 0;
  }
  return hash;
}

/** `letterHash(a + b)` from `letterHash(a)`, `letterHash(b)` and the length of `b`. */
export function joinedHash(a: number, b: number, bLength: number): number {
  let power: number;
  if (bLength < POWERS.length) power = POWERS[bLength]!;
  else {
    power = POWERS[POWERS.length - 1]!;
    for (let n = POWERS.length - 1; n < bLength; n++) power = Math.imul(power, MULTIPLIER);
  }
  return (Math.imul(a, power) + b) | 0;
}
