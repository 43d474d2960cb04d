/**
 * Builds `resources/lexicon/english-bigrams.bin`, how often one English word follows another,
 * behind the phrase reading of the English half of `misreading`:
 *
 *   npx tsx scripts/english-bigrams.ts [/usr/share/pocketsphinx/model/en-us/en-us.lm.bin] [out]
 *
 * The source is the US English language model of CMU Sphinx, as Debian packages it
 * (`pocketsphinx-en-us`; © Carnegie Mellon University and Alpha Cephei Inc., BSD-2, notice in
 * resources/lexicon/): a back-off trigram model of 72,547 words in sphinxbase's binary trie
 * (`ngram_model_trie.c`, `lm_trie.c`: the n-grams of each order in bit-packed arrays, keyed by
 * their last word first, their probabilities quantized into 2^16 bins). Its own converter stops
 * on an assertion before it writes the bigrams, so this reads the trie. Kept: the words of
 * lower-case letters (an apostrophe inside: "don't"), each with log10 P(word) and its back-off
 * weight, and every bigram between two of them. The trigrams are left: they would more than double
 * the table for a few more readings.
 *
 * Format (little-endian): "EWB1", the count of words n and of bigrams m (uint32); the byte length
 * of the words (uint32) and the words, sorted, each ended by a line feed (padded to 4 bytes);
 * log10 P(word) and log10 of its back-off weight (int16 × n each, in 1/1000 log10 units,
 * padded to 4 bytes); where each word's bigrams begin (uint32 × (n + 1)); and each bigram as
 * one uint32: the id of the second word × 2^15 plus -log10 P(second | first) in 1/1000 units,
 * sorted by the second word.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { writeBigramLists } from './bigram-lists';

const source = process.argv[2] ?? '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin';
const out = process.argv[3] ?? 'resources/lexicon/english-bigrams.bin';
/** Quantization: 1/1000 of a log10 unit. */
const SCALE = 1000;
const COST_MAX = (1 << 15) - 1;
/** The model's logarithms are to the base 1.0001 (sphinxbase's `logmath`). */
const TO_LOG10 = Math.log(1.0001) / Math.LN10;
const HEADER = 'Trie Language Model';
const BINS = 1 << 16;
const KEPT = /^[a-z][a-z']*$/;

const bytes = readFileSync(source);
if (bytes.toString('latin1', 0, HEADER.length) !== HEADER) {
  throw new Error(`${source} is no sphinxbase trie language model`);
}
const order = bytes[HEADER.length]!;
if (order !== 3) throw new Error(`a model of order ${order}: a trigram model is expected`);
const counts = [0, 1, 2].map((i) => bytes.readUInt32LE(HEADER.length + 1 + 4 * i)) as [
  number,
  number,
  number,
];
// A dummy int, then the quantization bins: the bigrams' probabilities and back-offs, the
// trigrams' probabilities.
let at = HEADER.length + 1 + 4 * order + 4;
const probBins = new Float32Array(BINS);
for (let i = 0; i < BINS; i++) probBins[i] = bytes.readFloatLE(at + 4 * i);
at += 3 * 4 * BINS;
// Unigrams: prob, back-off (float) and where their bigrams begin (uint32), one more as the end.
const unigrams = at;
at += 12 * (counts[0] + 1);
const requiredBits = (max: number): number => (max === 0 ? 0 : 32 - Math.clz32(max));
const wordBits = requiredBits(counts[0]);
const middleBits = wordBits + 32 + requiredBits(counts[2]);
const middle = at;
at += Math.floor(((1 + counts[1]) * middleBits + 7) / 8) + 8;
at += Math.floor(((1 + counts[2]) * (wordBits + 16) + 7) / 8) + 8;
const wordBytes = bytes.readInt32LE(at);
const words = bytes.toString('latin1', at + 4, at + 4 + wordBytes).split('\0', counts[0]);
if (words.length !== counts[0]) throw new Error(`${words.length} words of ${counts[0]}`);

/** `length` bits (up to 25) of `bytes` from bit `offset` after byte `base`, least first. */
function bitsAt(base: number, offset: number, length: number): number {
  const byte = base + (offset >>> 3);
  const shift = offset & 7;
  let value = bytes.readUInt32LE(byte) >>> shift;
  if (shift > 0) value = (value | (bytes[byte + 4]! << (32 - shift))) >>> 0;
  return value & ((1 << length) - 1);
}

const quantize = (log10: number): number => {
  const q = Math.round(log10 * SCALE);
  if (q < -32768 || q > 32767) throw new Error(`log10 ${log10} out of range`);
  return q;
};
const oldIds = words.map((_, id) => id).filter((id) => KEPT.test(words[id]!));
oldIds.sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : 0));
const newId = new Int32Array(counts[0]).fill(-1);
oldIds.forEach((old, id) => (newId[old] = id));
const n = oldIds.length;
if (n >= 1 << 17) throw new Error(`${n} words do not fit 17 bits`);

// The trie keys a bigram by its second word: walk each word's bigrams, file them by the first.
const byFirst: number[][] = oldIds.map(() => []);
for (let second = 0; second < counts[0]; second++) {
  const to = newId[second]!;
  if (to < 0) continue;
  const begin = bytes.readUInt32LE(unigrams + 12 * second + 8);
  const end = bytes.readUInt32LE(unigrams + 12 * (second + 1) + 8);
  for (let k = begin; k < end; k++) {
    const offset = k * middleBits;
    const from = newId[bitsAt(middle, offset, wordBits)]!;
    if (from < 0) continue;
    const log10 = probBins[bitsAt(middle, offset + wordBits + 16, 16)]! * TO_LOG10;
    const cost = Math.min(COST_MAX, Math.round(-log10 * SCALE));
    byFirst[from]!.push(to * (COST_MAX + 1) + cost);
  }
}
for (const list of byFirst) list.sort((a, b) => a - b);
const m = byFirst.reduce((sum, list) => sum + list.length, 0);

const pad = (size: number) => (size + 3) & ~3;
const wordText = Buffer.from(oldIds.map((old) => `${words[old]}\n`).join(''), 'latin1');
const size = 16 + pad(wordText.length) + 2 * pad(2 * n) + 4 * (n + 1) + 4 * m;
const buffer = Buffer.alloc(size);
buffer.write('EWB1', 0, 'latin1');
buffer.writeUInt32LE(n, 4);
buffer.writeUInt32LE(m, 8);
buffer.writeUInt32LE(wordText.length, 12);
wordText.copy(buffer, 16);
let w = 16 + pad(wordText.length);
oldIds.forEach((old, id) => {
  buffer.writeInt16LE(quantize(bytes.readFloatLE(unigrams + 12 * old) * TO_LOG10), w + 2 * id);
  buffer.writeInt16LE(
    quantize(bytes.readFloatLE(unigrams + 12 * old + 4) * TO_LOG10),
    w + pad(2 * n) + 2 * id,
  );
});
w += 2 * pad(2 * n);
writeBigramLists(buffer, w, byFirst);
writeFileSync(out, buffer);
console.log(`${out}: ${n} words, ${m} bigrams, ${buffer.length} bytes`);
