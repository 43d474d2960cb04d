/**
 * Builds `resources/lexicon/word-bigrams.bin`, how often one Chinese word follows another,
 * behind the phrase witness of the Chinese half of `misreading`:
 *
 *   npx tsx scripts/word-bigrams.ts [/usr/lib/x86_64-linux-gnu/sunpinyin/data] [out]
 *
 * The source is the open-gram language model of SunPinyin (`open-gram.ts`; CC BY-SA 3.0, notice
 * in resources/lexicon/). Kept: its words of one to four Han characters with P(word) and the
 * back-off weight, and the bigrams between two of them that read at least `PRUNE` ln units away
 * from what the back-off would say (1.6 of its 2.4 million): the rest the back-off reproduces
 * within that.
 *
 * Format (little-endian): "GWB1", the count of words n and of bigrams m (uint32); each word's
 * code units (uint16 × 4 × n, zero-padded); ln P(word) and ln of its back-off weight
 * (int16 × n each, in 1/1000 ln units, padded to 4 bytes); where each word's bigrams begin
 * (uint32 × (n + 1)); and each bigram as one uint32: the id of the second word × 2^15 plus
 * -ln P(second | first) in 1/1000 ln units, sorted by the second word.
 */
import { writeFileSync } from 'node:fs';
import { writeBigramLists } from './bigram-lists';
import { isHanWord, OPEN_GRAM_DIR, readOpenGram } from './open-gram';

const dir = process.argv[2] ?? OPEN_GRAM_DIR;
const out = process.argv[3] ?? 'resources/lexicon/word-bigrams.bin';
/** The longest word kept: the phrase witness reads windows of five characters. */
const MAX_LENGTH = 4;
/** A bigram is kept when it reads this far (ln units) from its back-off, either way. */
const PRUNE = 2;
/** Quantization: 1/1000 of a ln unit. */
const SCALE = 1000;
const COST_MAX = (1 << 15) - 1;

const model = readOpenGram(dir).filter(({ word }) => isHanWord(word) && word.length <= MAX_LENGTH);
model.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
const ids = new Map(model.map(({ word }, id) => [word, id]));
const n = model.length;
if (n >= 1 << 17) throw new Error(`${n} words do not fit 17 bits`);
const lnP = new Map(model.map(({ word, p }) => [word, Math.log(p)]));
const quantize = (ln: number): number => {
  const q = Math.round(ln * SCALE);
  if (q < -32768 || q > 32767) throw new Error(`ln ${ln} out of range`);
  return q;
};
const kept: number[][] = model.map(({ bow, bigrams }) =>
  bigrams
    .filter(([second, p]) => {
      const back = lnP.get(second);
      return back !== undefined && Math.abs(Math.log(p) - (Math.log(bow) + back)) >= PRUNE;
    })
    .map(([second, p]) => {
      const cost = Math.min(COST_MAX, Math.round(-Math.log(p) * SCALE));
      return ids.get(second)! * (COST_MAX + 1) + cost;
    })
    .sort((a, b) => a - b),
);
const m = kept.reduce((sum, list) => sum + list.length, 0);
const pad = (bytes: number) => (bytes + 3) & ~3;
const size = 12 + 8 * n + 2 * pad(2 * n) + 4 * (n + 1) + 4 * m;
const buffer = Buffer.alloc(size);
buffer.write('GWB1', 0, 'latin1');
buffer.writeUInt32LE(n, 4);
buffer.writeUInt32LE(m, 8);
let at = 12;
model.forEach(({ word }, id) => {
  for (let k = 0; k < word.length; k++)
    buffer.writeUInt16LE(word.charCodeAt(k), at + 8 * id + 2 * k);
});
at += 8 * n;
model.forEach(({ p }, id) => buffer.writeInt16LE(quantize(Math.log(p)), at + 2 * id));
at += pad(2 * n);
model.forEach(({ bow }, id) => buffer.writeInt16LE(quantize(Math.log(bow)), at + 2 * id));
at += pad(2 * n);
writeBigramLists(buffer, at, kept);
writeFileSync(out, buffer);
console.log(`${out}: ${n} words, ${m} bigrams, ${buffer.length} bytes`);
