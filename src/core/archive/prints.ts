/**
 * Fingerprints of an issue for the archive: per prose paragraph a 32-bit hash of its matching
 * key (exact repeats) and the LSH band keys of its MinHash signature (near repeats); per article
 * a 32-bit hash of its paragraphs together (a whole story run again).
 *
 * Everything is columnar typed arrays so an archive of 10,000 issues is a few flat arrays per
 * issue, cheap to store, load and scan. Band keys come from `minhashOfText` and `bandKeys`
 * with this module's parameters, so prints made at different times compare.
 */
import type { Block, Document } from '../document/document';
import { isProse } from '../document/roles';
import { hashString } from '../finding';
import { bandKeys } from '../similarity/lsh';
import { minhashOfText } from '../similarity/minhash';
import { normalizeForMatch } from '../similarity/normalize';
import { CJK_SHINGLE_SIZE, LATIN_SHINGLE_SIZE } from '../similarity/shingles';

/** LSH bands per paragraph: 16 bands of 4 rows over a 64-slot MinHash signature. */
export const ARCHIVE_BANDS = 16;
/** Signature slots per band. */
export const ARCHIVE_ROWS = 4;
/** Seed of the archive's MinHash permutations (fixed: stored band keys depend on it). */
export const ARCHIVE_SEED = 0x5a7c1e;
/** Paragraphs whose matching key is shorter than this (CJK; twice this for Latin) are not indexed. */
export const ARCHIVE_MIN_LENGTH = 20;

/** An issue's articles: blocks `[first[i], last[i]]`, their indexed paragraphs and a hash. */
export interface ArticlePrints {
  /** 32-bit hash of the article's paragraph keys joined; equal for the same story. */
  readonly exact: Int32Array;
  /** Block index of the article's first and last blocks (inclusive). */
  readonly first: Int32Array;
  readonly last: Int32Array;
  /** Number of indexed paragraphs in the article. */
  readonly paragraphs: Int32Array;
}

/** The prints of one issue's text; paragraph i is block `blocks[i]`. */
export interface IssuePrints {
  /** Block index (0-based, in the document of the text) of each indexed paragraph. */
  readonly blocks: Int32Array;
  /** 32-bit hash of each paragraph's `archiveMatchKey`. */
  readonly exact: Int32Array;
  /** Length of each key, in UTF-16 code units. */
  readonly lengths: Int32Array;
  /** `ARCHIVE_BANDS` band keys per paragraph, paragraph-major. */
  readonly bands: Int32Array;
  readonly articles: ArticlePrints;
}

/** The prints of one paragraph. */
export interface ParagraphPrint {
  readonly exact: number;
  readonly length: number;
  readonly bands: Int32Array;
}

/** Every punctuation mark and symbol, of any width. */
const MARKS = /[\p{P}\p{S}]/gu;

/**
 * The archive's matching key of `text`: `normalizeForMatch` (no spaces or line breaks, NFKC
 * widths) without any punctuation mark or symbol. Whatever the editor accepts first (widened
 * punctuation, closed spaces, joined hyphenation, straightened quotes), a paragraph keeps its
 * key, so a story that ran before is still found after the punctuation of its copy was fixed.
 * Idempotent.
 */
export function archiveMatchKey(text: string): string {
  return normalizeForMatch(text).replace(MARKS, '');
}

/** Whether a block takes part in the archive, and its matching key if so. */
export function archiveKey(block: Block): string | null {
  if (!isProse(block.role)) return null;
  const key = archiveMatchKey(block.text);
  const min = block.script === 'latin' ? 2 * ARCHIVE_MIN_LENGTH : ARCHIVE_MIN_LENGTH;
  return key.length >= min ? key : null;
}

/** The prints of one paragraph's matching key (`script` chooses the shingle width). */
export function printParagraph(key: string, script: Block['script']): ParagraphPrint {
  const size = script === 'latin' ? LATIN_SHINGLE_SIZE : CJK_SHINGLE_SIZE;
  const signature = minhashOfText(key, size, {
    permutations: ARCHIVE_BANDS * ARCHIVE_ROWS,
    seed: ARCHIVE_SEED,
  });
  return {
    exact: keyHash(key),
    length: key.length,
    bands: bandKeys(signature, { bands: ARCHIVE_BANDS, rows: ARCHIVE_ROWS }),
  };
}

/**
 * Fingerprints `doc`. Articles run from a headline (with the headlines and decks right after
 * it) to the block before the next headline; blocks before the first headline form an article
 * of their own. Linear in the text.
 */
export function fingerprintDocument(doc: Document): IssuePrints {
  const blocks: number[] = [];
  const exact: number[] = [];
  const lengths: number[] = [];
  const bandList: Int32Array[] = [];
  const keys: string[] = [];
  for (const block of doc.blocks) {
    const key = archiveKey(block);
    if (key === null) continue;
    const print = printParagraph(key, block.script);
    blocks.push(block.index);
    exact.push(print.exact);
    lengths.push(print.length);
    bandList.push(print.bands);
    keys.push(key);
  }
  const bands = new Int32Array(blocks.length * ARCHIVE_BANDS);
  bandList.forEach((b, i) => bands.set(b, i * ARCHIVE_BANDS));
  return {
    blocks: Int32Array.from(blocks),
    exact: Int32Array.from(exact),
    lengths: Int32Array.from(lengths),
    bands,
    articles: articlePrints(doc, blocks, keys),
  };
}

function articlePrints(
  doc: Document,
  blocks: readonly number[],
  keys: readonly string[],
): ArticlePrints {
  const starts: number[] = [];
  doc.blocks.forEach((block, i) => {
    const opens = block.role === 'headline';
    const prev = doc.blocks[i - 1];
    const continues = prev && (prev.role === 'headline' || prev.role === 'deck');
    if (i === 0 || (opens && !continues)) starts.push(i);
  });
  const exact: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const paragraphs: number[] = [];
  let p = 0;
  starts.forEach((start, k) => {
    const end = (starts[k + 1] ?? doc.blocks.length) - 1;
    const own: string[] = [];
    while (p < blocks.length && blocks[p] <= end) own.push(keys[p++]);
    if (own.length === 0) return;
    exact.push(hash32(own.join('\u0001')));
    first.push(start);
    last.push(end);
    paragraphs.push(own.length);
  });
  return {
    exact: Int32Array.from(exact),
    first: Int32Array.from(first),
    last: Int32Array.from(last),
    paragraphs: Int32Array.from(paragraphs),
  };
}

/** Base of the polynomial key hash (odd, so its powers never vanish modulo 2^32). */
const KEY_BASE = 0x01000193;

/**
 * The 32-bit polynomial hash of a paragraph's key (signed): the sum of its code units times
 * powers of KEY_BASE, modulo 2^32. Polynomial, so the hash of two keys joined follows from
 * theirs (`joinedKeyHash`): a paragraph that a column break cut in two in the archived issue
 * is recognised joined in the checked one.
 */
export function keyHash(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, KEY_BASE) + key.charCodeAt(i)) | 0;
  return h;
}

/** `keyHash(a + b)` from `keyHash(a)`, `keyHash(b)` and the length of `b`. */
export function joinedKeyHash(hashA: number, hashB: number, lengthB: number): number {
  let power = 1;
  let base = KEY_BASE;
  for (let n = lengthB; n > 0; n >>>= 1) {
    if (n & 1) power = Math.imul(power, base);
    base = Math.imul(base, base);
  }
  return (Math.imul(hashA, power) + hashB) | 0;
}

/** The low 32 bits of `hashString`, as a signed 32-bit integer. */
function hash32(text: string): number {
  return hashString(text, 0x61726368) | 0;
}
