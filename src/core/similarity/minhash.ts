/**
 * MinHash signatures: a fixed-size summary of a shingle set such that the share of equal slots
 * in two signatures estimates the Jaccard similarity of the two sets.
 *
 * Signatures are built by one-permutation hashing with optimal densification, which has the
 * same collision probability as independent permutations at a fraction of the cost (see
 * `minhashOfShingles`).
 */
import { mix32 } from './hash32';
import { shingleHashes, shingleSizeFor } from './shingles';

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
  return minhashOfShingles(shingleHashes(text, size), options);
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
  const slots = options.permutations ?? DEFAULT_PERMUTATIONS;
  const seed = options.seed ?? DEFAULT_MINHASH_SEED;
  const signature = new Int32Array(slots).fill(EMPTY_SLOT);
  const filled = new Uint8Array(slots);
  let nonEmpty = 0;
  for (let s = 0; s < shingles.length; s++) {
    const h = mix32(shingles[s] ^ seed);
    const slot = slotOf(h, slots);
    if (filled[slot] === 0) {
      filled[slot] = 1;
      signature[slot] = h;
      nonEmpty++;
    } else if (h < signature[slot]) signature[slot] = h;
  }
  if (nonEmpty === 0 || nonEmpty === slots) return signature;
  for (let j = 0; j < slots; j++) {
    if (filled[j] === 0) signature[j] = signature[donorSlot(filled, j, slots, seed)];
  }
  return signature;
}

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
