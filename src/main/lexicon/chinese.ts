/**
 * Loads the Chinese lexicon once per process: jieba's dictionary as shipped by the
 * `@node-rs/jieba` package (`dict.txt`, MIT, about 349,000 words with counts). The file is
 * resolved through Node's module resolution, so the same code works from source (tsx), from the
 * bundles in `out/` and in the CLI's worker threads. Only the text file is read; jieba's native
 * segmenter is not loaded (core segments with the same dictionary, in every process and in the
 * renderer's worker).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseJiebaDictionary, type ChineseLexicon } from '../../core/lexicon/chinese';

let loaded: ChineseLexicon | undefined;

/** The path of jieba's dictionary file (`@node-rs/jieba/dict.txt`). */
export function chineseDictionaryPath(): string {
  return createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
}

/** The text of jieba's dictionary (UTF-8), e.g. to hand to the renderer's worker. */
export function readChineseDictionary(): string {
  return readFileSync(chineseDictionaryPath(), 'utf8');
}

/** The lexicon, parsed on first call and shared by every later call in this process. */
export function loadChineseLexicon(): ChineseLexicon {
  loaded ??= parseJiebaDictionary(readChineseDictionary());
  return loaded;
}
