/**
 * Builds `resources/lexicon/character-pairs.bin`, how often one Han character follows another
 * in running Chinese, behind the context witness of the Chinese half of `misreading`:
 *
 *   npx tsx scripts/character-pairs.ts [/usr/lib/x86_64-linux-gnu/sunpinyin/data] [out]
 *
 * The source is the open-gram language model of SunPinyin (the Debian package `sunpinyin-data`,
 * CC BY-SA 3.0, notice in resources/lexicon/): a back-off trigram model of 71,759 words
 * (`lm_sc.t3g`) with their strings (`pydict_sc.bin`). From its unigrams and bigrams the mass
 * of every pair of characters is summed: inside a word (深入 in 深入人心), across two words the
 * model saw together (P(w1)·P(w2 | w1)), and for the rest, across any two words, the back-off
 * mass of words ending in the first times the mass of words starting with the second. So the
 * table knows that 入 follows 深 and that 人 after 深 is rare, which the word lexicon, reading
 * 更深 and 人 as two words, cannot tell.
 *
 * Format (little-endian): "GCP1", the count of characters n and of pairs m (uint32); the
 * characters' code units (uint16 × n, padded to 4 bytes); for each character its mass, the
 * share of it that ends a word and what starts a word with it (float32 × n, three arrays);
 * where each character's pairs begin (uint32 × (n + 1)); the following character of each pair
 * (uint16 × m, padded); and -ln P(next | character) of the pair, its share of the back-off
 * included, in 1/2000 ln units (uint16 × m).
 */
import { writeFileSync } from 'node:fs';
import { isHanWord, OPEN_GRAM_DIR, readOpenGram } from './open-gram';

const dir = process.argv[2] ?? OPEN_GRAM_DIR;
const out = process.argv[3] ?? 'resources/lexicon/character-pairs.bin';
/** Quantization of -ln P: 1/2000 of a ln unit, up to 32 ln units. */
const SCALE = 2000;

const joint = new Map<string, number>();
const add = (pair: string, mass: number) => joint.set(pair, (joint.get(pair) ?? 0) + mass);
const ends = new Map<string, number>();
const starts = new Map<string, number>();
for (const { word, p, bow, bigrams } of readOpenGram(dir)) {
  if (!isHanWord(word)) continue;
  for (let k = 0; k + 1 < word.length; k++) add(word.slice(k, k + 2), p);
  starts.set(word[0]!, (starts.get(word[0]!) ?? 0) + p);
  const end = word[word.length - 1]!;
  ends.set(end, (ends.get(end) ?? 0) + p * bow);
  for (const [second, pSecond] of bigrams) {
    if (isHanWord(second)) add(end + second[0]!, p * pSecond);
  }
}

const mass = new Map<string, number>(ends);
for (const [pair, m] of joint) mass.set(pair[0]!, (mass.get(pair[0]!) ?? 0) + m);
const characters = [...mass.keys()].sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0));
const byFirst = new Map<string, [string, number][]>();
for (const [pair, m] of joint) {
  const list = byFirst.get(pair[0]!) ?? [];
  list.push([pair[1]!, m]);
  byFirst.set(pair[0]!, list);
}
const n = characters.length;
const m = joint.size;
const pad = (bytes: number) => (bytes + 3) & ~3;
const size = 12 + pad(2 * n) + 12 * n + 4 * (n + 1) + pad(2 * m) + pad(2 * m);
const buffer = Buffer.alloc(size);
let o = 0;
buffer.write('GCP1', 0, 'latin1');
buffer.writeUInt32LE(n, 4);
buffer.writeUInt32LE(m, 8);
o = 12;
characters.forEach((c, i) => buffer.writeUInt16LE(c.charCodeAt(0), o + 2 * i));
o += pad(2 * n);
characters.forEach((c, i) => buffer.writeFloatLE(mass.get(c)!, o + 4 * i));
o += 4 * n;
characters.forEach((c, i) => buffer.writeFloatLE(ends.get(c) ?? 0, o + 4 * i));
o += 4 * n;
characters.forEach((c, i) => buffer.writeFloatLE(starts.get(c) ?? 0, o + 4 * i));
o += 4 * n;
const startsAt = o;
o += 4 * (n + 1);
const partnersAt = o;
const costsAt = partnersAt + pad(2 * m);
let k = 0;
characters.forEach((c, i) => {
  buffer.writeUInt32LE(k, startsAt + 4 * i);
  const list = (byFirst.get(c) ?? []).sort((a, b) => a[0].charCodeAt(0) - b[0].charCodeAt(0));
  for (const [next, pairMass] of list) {
    // The pair's own mass and its share of the back-off: P(next | c), as `follows` answers.
    const backOff = ((ends.get(c) ?? 0) * (starts.get(next) ?? 0)) / mass.get(c)!;
    const p = pairMass / mass.get(c)! + backOff;
    const cost = Math.min(65535, Math.round(-Math.log(p) * SCALE));
    buffer.writeUInt16LE(next.charCodeAt(0), partnersAt + 2 * k);
    buffer.writeUInt16LE(cost, costsAt + 2 * k);
    k++;
  }
});
buffer.writeUInt32LE(k, startsAt + 4 * n);
writeFileSync(out, buffer);
console.log(`${out}: ${n} characters, ${m} pairs, ${buffer.length} bytes`);
