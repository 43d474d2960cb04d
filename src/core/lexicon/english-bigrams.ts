/**
 * How often one English word follows another (`english-bigrams.bin`, built by
 * `scripts/english-bigrams.ts` from CMU Sphinx's US English language model): the phrase reading
 * of the English half of `misreading`. Word counts alone cannot tell "wore" from "were", both
 * frequent words; "his enemies wore keeping" and "his enemies were keeping" they can. Pure:
 * parsed from bytes, no I/O.
 */
import { bigramFollows, COST_MASK, readUint32s } from './word-bigrams';

/** The quantization of the stored logarithms: 1/1000 of a log10 unit. */
const SCALE = 1000;

/** The words of the model and how they follow each other. */
export interface EnglishBigrams {
  /** The id of a word, read in lower case, or -1 when the model has no such word. */
  id(word: string): number;
  /**
   * The id of the word printed at `from`–`to` of `text`, read in lower case (’ as '), or -1:
   * no string is made, for a scan that asks of every word of an issue.
   */
  idAt(text: string, from: number, to: number): number;
  /** The word of an id. */
  word(id: number): string;
  /** log10 P(word) of a word by id. */
  log10Word(id: number): number;
  /** log10 P(`next` | `previous`), both ids; a `previous` of -1 (none known) reads as P(next). */
  follows(previous: number, next: number): number;
  /** The most `follows(previous, w)` gives any word w: a bound for a scan to skip by. */
  mostAfter(previous: number): number;
  /** The most `follows(w, next)` gives any word w (-1 for none: 0). */
  mostBefore(next: number): number;
}

const pad = (bytes: number): number => (bytes + 3) & ~3;
/** Slots of the word table (a power of two, about three and a half times the words). */
const SLOT_BITS = 18;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The code of `text` at `at` in lower case, a right single quote read as an apostrophe. */
function lowerCode(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 65 && code <= 90) return code + 32;
  return code === 0x2019 ? 39 : code;
}

function hashOf(letters: Uint8Array, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let at = from; at < to; at++) hash = Math.imul(hash ^ letters[at]!, FNV_PRIME);
  return hash >>> 0;
}

/** Parses the bytes of `english-bigrams.bin`; throws a sentence when they are none. */
export function parseEnglishBigrams(bytes: Uint8Array): EnglishBigrams {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 16 || String.fromCharCode(...bytes.subarray(0, 4)) !== 'EWB1') {
    throw new Error('not a table of English word bigrams');
  }
  const n = view.getUint32(4, true);
  const m = view.getUint32(8, true);
  const textLength = view.getUint32(12, true);
  const size = 16 + pad(textLength) + 2 * pad(2 * n) + 4 * (n + 1) + 4 * m;
  if (bytes.byteLength < size) {
    throw new Error(
      `the table of English word bigrams is cut short: ${bytes.byteLength} bytes of ${size}`,
    );
  }
  const letters = bytes.subarray(16, 16 + textLength);
  const words = new TextDecoder('latin1').decode(letters).split('\n');
  // Each word's letters in `letters`, found by an open-addressing table of their hash.
  const starts = new Uint32Array(n + 1);
  for (let id = 0, at = 0; id <= n; id++) {
    starts[id] = at;
    at += (words[id]?.length ?? 0) + 1;
  }
  const slots = new Int32Array(1 << SLOT_BITS).fill(-1);
  const mask = slots.length - 1;
  for (let id = 0; id < n; id++) {
    let slot = hashOf(letters, starts[id]!, starts[id]! + words[id]!.length) & mask;
    while (slots[slot]! >= 0) slot = (slot + 1) & mask;
    slots[slot] = id;
  }
  const idAt = (text: string, from: number, to: number): number => {
    let hash = FNV_OFFSET;
    for (let at = from; at < to; at++) hash = Math.imul(hash ^ lowerCode(text, at), FNV_PRIME);
    for (let slot = (hash >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot]!;
      if (id < 0) return -1;
      const start = starts[id]!;
      if (starts[id + 1]! - start - 1 !== to - from) continue;
      let same = true;
      for (let k = 0; same && k < to - from; k++) {
        same = letters[start + k] === lowerCode(text, from + k);
      }
      if (same) return id;
    }
  };
  let at = 16 + pad(textLength);
  const log10Words = new Float64Array(n);
  const log10BackOff = new Float64Array(n);
  for (let id = 0; id < n; id++) {
    log10Words[id] = view.getInt16(at + 2 * id, true) / SCALE;
    log10BackOff[id] = view.getInt16(at + pad(2 * n) + 2 * id, true) / SCALE;
  }
  at += 2 * pad(2 * n);
  const first = readUint32s(bytes, view, at, n + 1);
  at += 4 * (n + 1);
  const bigrams = readUint32s(bytes, view, at, m);
  // The bounds: over each word's bigrams, and over what the back-off gives.
  let mostWord = -Infinity;
  let mostBackOff = -Infinity;
  for (let id = 0; id < n; id++) {
    mostWord = Math.max(mostWord, log10Words[id]!);
    mostBackOff = Math.max(mostBackOff, log10BackOff[id]!);
  }
  const mostAfter = new Float64Array(n);
  const mostBefore = new Float64Array(n);
  for (let id = 0; id < n; id++) {
    mostAfter[id] = log10BackOff[id]! + mostWord;
    mostBefore[id] = mostBackOff + log10Words[id]!;
  }
  for (let id = 0; id < n; id++) {
    for (let k = first[id]!; k < first[id + 1]!; k++) {
      const packed = bigrams[k]!;
      const log10 = -(packed & COST_MASK) / SCALE;
      const next = Math.floor(packed / (COST_MASK + 1));
      if (log10 > mostAfter[id]!) mostAfter[id] = log10;
      if (log10 > mostBefore[next]!) mostBefore[next] = log10;
    }
  }
  return {
    mostAfter: (previous) => (previous < 0 ? mostWord : mostAfter[previous]!),
    mostBefore: (next) => (next < 0 ? 0 : mostBefore[next]!),
    id: (word) => idAt(word, 0, word.length),
    idAt,
    word: (id) => words[id]!,
    log10Word: (id) => log10Words[id]!,
    follows: bigramFollows(first, bigrams, log10Words, log10BackOff, SCALE),
  };
}
