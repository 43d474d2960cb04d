/**
 * Builds `resources/lexicon/english-names.txt`, the names of people and places the English half
 * of `misreading` knows (Melbourne, Queensland, Andersen):
 *
 *   npx tsx scripts/english-names.ts [resources/lexicon/english-names.txt]
 *
 * The capitalized entries of the en_US Hunspell dictionary (npm `dictionary-en`, SCOWL size 60,
 * MIT AND BSD: its notice is `LICENSE-dictionary-en.txt` beside the table) of five letters or more,
 * that are no word of the word list (`an-array-of-english-words`: "Little", "Church" are words),
 * kept when Google Books uses them (npm `norvig-frequencies`, BSD), one a line, most used first.
 * No OCR corpus is read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isEnglishWord } from '../src/core/lexicon/english';

const out = process.argv[2] ?? 'resources/lexicon/english-names.txt';
const require = createRequire(import.meta.url);
const dic = require.resolve('dictionary-en').replace(/index\.js$/, 'index.dic');
const written = require('norvig-frequencies') as string[];
/** Shorter capitalized entries are initials and short forms ("Bo", "Ho", "Und"). */
const MIN_LENGTH = 5;

const names = new Set<string>();
for (const line of readFileSync(dic, 'utf8').split('\n')) {
  const word = line.split('/')[0]!;
  if (word.length >= MIN_LENGTH && /^[A-Z][a-z]+$/.test(word) && !isEnglishWord(word)) {
    names.add(word.toUpperCase());
  }
}
const kept = written.filter((word) => names.has(word));
const capitalized = kept.map((word) => word[0] + word.slice(1).toLowerCase());
writeFileSync(out, capitalized.join('\n') + '\n');
console.log(`${capitalized.length} of ${names.size} names → ${out}`);
