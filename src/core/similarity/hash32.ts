/**
 * Small, fast 32-bit integer hashing shared by shingling, MinHash and LSH. Pure and
 * deterministic across runs and platforms (only `Math.imul` and 32-bit shifts).
 */

/** The finalizer of MurmurHash3: a bijection on 32-bit integers with full avalanche. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
