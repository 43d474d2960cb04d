/**
 * Character shingles: the overlapping k-character windows of a text, hashed to 32-bit integers.
 * A shingle set is what MinHash summarizes; two texts that share most shingles are similar.
 */
import { scriptOf } from '../document/script';
import { mix32 } from './hash32';

/** Shingle width for CJK text: three characters carry about a word and a half. */
export const CJK_SHINGLE_SIZE = 3;
/** Shingle width for Latin and other text: five characters, about a word. */
export const LATIN_SHINGLE_SIZE = 5;

/**
 * The shingle width that suits `text`: {@link CJK_SHINGLE_SIZE} when its dominant script is
 * CJK, {@link LATIN_SHINGLE_SIZE} otherwise. Linear in the length of `text`.
 */
export function shingleSizeFor(text: string): number {
  return scriptOf(text) === 'cjk' ? CJK_SHINGLE_SIZE : LATIN_SHINGLE_SIZE;
}

/**
 * The hashes of every window of `size` UTF-16 code units of `text`, in order (duplicates kept):
 * `text.length - size + 1` values, or one value for the whole text when it is shorter than
 * `size`, or none for the empty string. Deterministic; equal windows give equal hashes.
 *
 * @param size window width in UTF-16 code units, at least 1.
 */
export function shingleHashes(text: string, size: number): Int32Array {
  const width = Math.max(1, Math.floor(size));
  if (text.length === 0) return new Int32Array(0);
  if (text.length <= width) return Int32Array.of(hashWindow(text, 0, text.length));
  const count = text.length - width + 1;
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[i] = hashWindow(text, i, i + width);
  return out;
}

/**
 * The hash of the shingle `text[from, to)`, as `shingleHashes` gives it: FNV-1a over the code
 * units, then a full-avalanche finalizer.
 */
export function hashWindow(text: string, from: number, to: number): number {
  let h = 0x811c9dc5 ^ (to - from);
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h);
}
