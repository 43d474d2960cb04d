/**
 * Text similarity for Galley: normalization for matching, character shingles, MinHash
 * signatures, LSH banding and bounded edit distance. Used by the duplicate-paragraph detector
 * within an issue and by the archive index across issues.
 */
export { normalizeForMatch } from './normalize';
export { CJK_SHINGLE_SIZE, LATIN_SHINGLE_SIZE, shingleHashes, shingleSizeFor } from './shingles';
export {
  DEFAULT_MINHASH_SEED,
  DEFAULT_PERMUTATIONS,
  estimateSimilarity,
  minhashOfShingles,
  minhashOfText,
  minhashSignature,
  type MinHashOptions,
  type Signature,
} from './minhash';
export { DEFAULT_BANDS, DEFAULT_ROWS, LshIndex, bandKeys, type LshOptions } from './lsh';
export { boundedEditDistance } from './edit-distance';
