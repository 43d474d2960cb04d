/**
 * Reads the open-gram language model of SunPinyin (the Debian package `sunpinyin-data`,
 * CC BY-SA 3.0, notice in resources/lexicon/) for the build scripts of the tables derived from
 * it (`character-pairs.ts`, `word-bigrams.ts`): a back-off trigram model of 71,759 words
 * (`lm_sc.t3g`, a threaded model parsed after SunPinyin's `slm.h`) with their strings
 * (`pydict_sc.bin`). Only the unigrams and the bigrams are read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian installs the model. */
export const OPEN_GRAM_DIR = '/usr/lib/x86_64-linux-gnu/sunpinyin/data';

/** A word of the model with P(word), its back-off weight and P(second | word) of its bigrams. */
export interface OpenGramWord {
  readonly word: string;
  readonly p: number;
  readonly bow: number;
  readonly bigrams: readonly (readonly [second: string, p: number])[];
}

/** The words of the dictionary by id: UTF-32 strings, zero-ended, from the offset at byte 8. */
function readWords(file: Buffer): string[] {
  const count = file.readUInt32LE(0);
  let at = file.readUInt32LE(8);
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    let word = '';
    for (let code = file.readUInt32LE(at); code !== 0; code = file.readUInt32LE(at)) {
      word += String.fromCodePoint(code);
      at += 4;
    }
    at += 4;
    words.push(word);
  }
  return words;
}

/** One node of the threaded model (`slm.h`): 12 bytes of bit fields. */
interface Node {
  readonly wid: number;
  readonly bow: number;
  readonly pr: number;
  readonly child: number;
}

/** A word of Han characters of the BMP only, the words the derived tables keep. */
export const isHanWord = (word: string | undefined): word is string =>
  word !== undefined && /^\p{Script=Han}+$/u.test(word) && !/[^\u3400-\u9fff]/.test(word);

/** The unigrams of the model in its order, each with its bigrams (words it has no string for left out). */
export function readOpenGram(dir = OPEN_GRAM_DIR): OpenGramWord[] {
  const words = readWords(readFileSync(join(dir, 'pydict_sc.bin')));
  const model = readFileSync(join(dir, 'lm_sc.t3g'));
  const order = model.readUInt32LE(0);
  if (model.readUInt32LE(4) !== 0) throw new Error('expected probabilities, not logarithms');
  const sizes = Array.from({ length: order + 1 }, (_, level) => model.readUInt32LE(8 + 4 * level));
  const prAt = 8 + 4 * (order + 1);
  const bowAt = prAt + 4 * 65536;
  const levelAt: number[] = [];
  let at = bowAt + 4 * 16384;
  for (let level = 0; level <= order; level++) {
    levelAt.push(at);
    at += sizes[level]! * (level < order ? 12 : 8);
  }
  if (at !== model.length) throw new Error(`unexpected model size ${model.length}, expected ${at}`);
  const pr = (index: number) => model.readFloatLE(prAt + 4 * index);
  const bow = (index: number) => model.readFloatLE(bowAt + 4 * index);
  const node = (level: number, index: number): Node => {
    const o = levelAt[level]! + 12 * index;
    const [a, b, c] = [model.readUInt32LE(o), model.readUInt32LE(o + 4), model.readUInt32LE(o + 8)];
    return {
      wid: a & 0x3ffff,
      bow: a >>> 18,
      pr: b & 0xffff,
      child: ((c >>> 25) << 16) + (b >>> 16),
    };
  };
  const unigrams: OpenGramWord[] = [];
  const last = node(0, 1).child;
  for (let i = node(0, 0).child; i < last; i++) {
    const unigram = node(1, i);
    const word = words[unigram.wid];
    if (word === undefined) continue;
    const bigrams: [string, number][] = [];
    const next = node(1, i + 1).child;
    for (let j = unigram.child; j < next; j++) {
      const bigram = node(2, j);
      const second = words[bigram.wid];
      if (second !== undefined) bigrams.push([second, pr(bigram.pr)]);
    }
    unigrams.push({ word, p: pr(unigram.pr), bow: bow(unigram.bow), bigrams });
  }
  return unigrams;
}
