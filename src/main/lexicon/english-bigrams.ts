/**
 * Loads the English word bigrams once per process: `resources/lexicon/english-bigrams.bin` (built
 * by `scripts/english-bigrams.ts` from CMU Sphinx's US English language model, BSD-2, notice beside
 * it), found as every table there is (`resources.ts`). A missing table is no error: the English
 * misreading scan then reads no word by the words around it.
 */
import { parseEnglishBigrams, type EnglishBigrams } from '../../core/lexicon/english-bigrams';
import { lexiconTable } from './resources';

/** The bigrams, parsed on first call and shared by every later call in this process. */
export const loadEnglishBigrams: () => EnglishBigrams | undefined = lexiconTable(
  'english-bigrams.bin',
  parseEnglishBigrams,
);
