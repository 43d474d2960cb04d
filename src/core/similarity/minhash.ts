/**
 * MinHash signatures: a fixed-size summary of a shingle set such that the share of equal slots
 * in two signatures estimates the Jaccard similarity of the two sets.
 *
 * Signatures are built by one-permutation hashing with optimal densification, which has the
 * same collision probability as independent permutations at a fraction of the cost (see
 * `minhashOfShingles`).
 */
import { mix32 } from './hash32';
import { hashWindow, shingleSizeFor } from './shingles';

/** A MinHash signature: one 32-bit minimum per permutation. Compare with `estimateSimilarity`. */
export type Signature = Int32Array;

/** Slots ("permutations") per signature by default: 128 (32 LSH bands of 4 rows). */
export const DEFAULT_PERMUTATIONS = 128;
/** Seed of the permutations by default. Signatures are comparable only under the same seed. */
export const DEFAULT_MINHASH_SEED = 0x6a11e7;

export interface MinHashOptions {
  /** Number of slots, at least 1; default {@link DEFAULT_PERMUTATIONS}. */
  readonly permutations?: number;
  /** Seed of the permutations; default {@link DEFAULT_MINHASH_SEED}. */
  readonly seed?: number;
  /** Shingle width in UTF-16 code units; default `shingleSizeFor(text)` (3 CJK, 5 Latin). */
  readonly shingleSize?: number;
}

/**
 * The MinHash signature of `text`'s character shingles. Callers normalize first (see
 * `normalizeForMatch`) when spacing and punctuation width should not count. Cost is
 * O(length + permutations). The empty text gives a signature of `2³¹ − 1` in every slot.
 */
export function minhashSignature(text: string, options: MinHashOptions = {}): Signature {
  const size = options.shingleSize ?? shingleSizeFor(text);
  return minhashOfText(text, size, options);
}

/**
 * `minhashOfShingles(shingleHashes(text, size), options)`, the same signature, without the
 * array of shingle hashes (a typed array per paragraph is an allocation outside the heap).
 * With `into` (as many slots as `options.permutations`), the signature is written there and
 * `into` is returned: a scan of thousands of paragraphs keeps them all in one buffer.
 */
export function minhashOfText(
  text: string,
  size: number,
  options: Pick<MinHashOptions, 'permutations' | 'seed'> = {},
  into?: Int32Array,
): Signature {
  const sketch = new Sketch(options, into);
  const width = Math.max(1, Math.floor(size));
  if (text.length === 0) return sketch.signature();
  if (text.length <= width) {
    sketch.add(hashWindow(text, 0, text.length));
    return sketch.signature();
  }
  if (width === 3) {
    sketch.addTrigrams(text);
    return sketch.signature();
  }
  if (width === 5) {
    sketch.addFiveGrams(text);
    return sketch.signature();
  }
  const count = text.length - width + 1;
  for (let i = 0; i < count; i++) sketch.add(hashWindow(text, i, i + width));
  return sketch.signature();
}

/**
 * The MinHash signature of a set of 32-bit shingle hashes (duplicates allowed, order ignored),
 * by one-permutation hashing with optimal densification (Shrivastava 2017): each shingle is
 * hashed once under the seed; its top bits choose one of the slots, which keeps the minimum;
 * an empty slot copies the slot found by a fixed, seeded probe sequence. Two signatures agree
 * in a slot with probability equal to the Jaccard similarity of the sets, as with
 * `permutations` independent permutations, at O(shingles + permutations) instead of
 * O(shingles × permutations).
 */
export function minhashOfShingles(
  shingles: Int32Array,
  options: Pick<MinHashOptions, 'permutations' | 'seed'> = {},
): Signature {
  const sketch = new Sketch(options);
  for (let s = 0; s < shingles.length; s++) sketch.add(shingles[s]);
  return sketch.signature();
}

/**
 * Which slots a sketch has filled so far: one buffer reused by every sketch (they never
 * interleave: a sketch is built and finished within one call), since a fresh typed array per
 * paragraph is an allocation outside the heap.
 */
let filledScratch = new Uint8Array(DEFAULT_PERMUTATIONS);

/** One signature being built by one-permutation hashing (see `minhashOfShingles`). */
class Sketch {
  private readonly slots: number;
  private readonly seed: number;
  /** With a power-of-two number of slots, `slotOf` is the hash's top bits: a shift. */
  private readonly shift: number;
  private readonly values: Int32Array;
  private readonly filled: Uint8Array;
  private nonEmpty = 0;

  constructor(options: Pick<MinHashOptions, 'permutations' | 'seed'>, into?: Int32Array) {
    const slots = options.permutations ?? DEFAULT_PERMUTATIONS;
    this.slots = slots;
    this.seed = options.seed ?? DEFAULT_MINHASH_SEED;
    this.shift = slots > 1 && (slots & (slots - 1)) === 0 ? 32 - Math.log2(slots) : -1;
    if (into !== undefined && into.length !== slots) {
      throw new RangeError(`a signature of ${slots} slots cannot be written into ${into.length}`);
    }
    this.values = (into ?? new Int32Array(slots)).fill(EMPTY_SLOT);
    if (filledScratch.length < slots) filledScratch = new Uint8Array(slots);
    this.filled = filledScratch;
    this.filled.fill(0, 0, slots);
  }

  /** Takes one shingle hash into the signature. */
  add(shingle: number): void {
    const h = mix32(shingle ^ this.seed);
    const slot = this.shift >= 0 ? h >>> this.shift : slotOf(h, this.slots);
    if (this.filled[slot] === 0) {
      this.filled[slot] = 1;
      this.values[slot] = h;
      this.nonEmpty++;
    } else if (h < this.values[slot]) this.values[slot] = h;
  }

  /**
   * Takes every shingle of 3 code units of `text` (longer than 3), each hashed as `hashWindow`
   * hashes it: the CJK case of `minhashOfText`, with the window's characters carried from one
   * shingle to the next and the slot update inline (the duplicate scan's hottest loop).
   */
  addTrigrams(text: string): void {
    const { seed, shift, slots, values, filled } = this;
    let nonEmpty = this.nonEmpty;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 2; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let h = Math.imul(FNV_OFFSET_3 ^ a, FNV_PRIME);
      h = Math.imul(h ^ b, FNV_PRIME);
      h = Math.imul(h ^ c, FNV_PRIME);
      const x = mix32(mix32(h) ^ seed);
      const slot = shift >= 0 ? x >>> shift : slotOf(x, slots);
      if (filled[slot] === 0) {
        filled[slot] = 1;
        values[slot] = x;
        nonEmpty++;
      } else if (x < values[slot]) values[slot] = x;
      a = b;
      b = c;
    }
    this.nonEmpty = nonEmpty;
  }

  /**
   * Takes every shingle of 5 code units of `text` (longer than 5), each hashed as `hashWindow`
   * hashes it: the Latin case of `minhashOfText`, the window's characters carried along as in
   * `addTrigrams` (on the bench's 10 MB English issue, 0.25 s a run with `hashWindow` per shingle,
   * 0.15 s so).
   */
  addFiveGrams(text: string): void {
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    let c = text.charCodeAt(2);
    let d = text.charCodeAt(3);
    for (let i = 4; i < text.length; i++) {
      const e = text.charCodeAt(i);
      let h = Math.imul(FNV_OFFSET_5 ^ a, FNV_PRIME);
      h = Math.imul(h ^ b, FNV_PRIME);
      h = Math.imul(h ^ c, FNV_PRIME);
      h = Math.imul(h ^ d, FNV_PRIME);
      this.add(mix32(Math.imul(h ^ e, FNV_PRIME)));
      a = b;
      b = c;
      c = d;
      d = e;
    }
  }

  /** The signature, empty slots densified. Ends the sketch. */
  signature(): Signature {
    const { slots, values, filled } = this;
    if (this.nonEmpty === 0 || this.nonEmpty === slots) return values;
    for (let j = 0; j < slots; j++) {
      if (filled[j] === 0) values[j] = values[donorSlot(filled, j, slots, this.seed)];
    }
    return values;
  }
}

/** FNV-1a's offset basis mixed with a window length of 3, and its prime (see `hashWindow`). */
const FNV_OFFSET_3 = 0x811c9dc5 ^ 3;
/** The same with a window length of 5. */
const FNV_OFFSET_5 = 0x811c9dc5 ^ 5;
const FNV_PRIME = 0x01000193;

/** The value of every slot of the empty set's signature. */
const EMPTY_SLOT = 0x7fffffff;

/** Maps a 32-bit hash to a slot in [0, slots) by its high bits (multiply-high, no modulo bias). */
function slotOf(hash: number, slots: number): number {
  return Math.floor(((hash >>> 0) * slots) / 4294967296);
}

/**
 * The first originally filled slot on empty slot `j`'s probe sequence. The sequence depends only
 * on `j` and the seed, so every set probes the same slots in the same order.
 */
function donorSlot(filled: Uint8Array, j: number, slots: number, seed: number): number {
  for (let attempt = 1; attempt <= 8 * slots; attempt++) {
    const probe = slotOf(
      mix32(Math.imul(j + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca77) ^ seed),
      slots,
    );
    if (filled[probe] === 1) return probe;
  }
  // Practically unreachable (needs 8·slots misses in a row); a circular scan keeps it total.
  for (let k = 1; k < slots; k++) if (filled[(j + k) % slots] === 1) return (j + k) % slots;
  return j;
}

/**
 * The share of slots in which `a` and `b` agree, in [0, 1]: an unbiased estimate of the
 * Jaccard similarity of the two shingle sets (standard error about `sqrt(J(1−J)/slots)`).
 * Both signatures must come from the same permutations and have the same length.
 */
export function estimateSimilarity(a: Signature, b: Signature): number {
  if (a.length !== b.length) throw new RangeError('signatures of different lengths');
  if (a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}
