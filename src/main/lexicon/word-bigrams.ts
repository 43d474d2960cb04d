/**
 * Loads the word bigrams once per process: `resources/lexicon/word-bigrams.bin` (built by
 * `scripts/word-bigrams.ts` from the open-gram language model, CC BY-SA 3.0, notice beside it),
 * found as every table there is (`resources.ts`). A missing table is no error: the Chinese
 * misreading scan then reads without the phrase witness.
 */
import { parseWordBigrams, type WordBigrams } from '../../core/lexicon/word-bigrams';
import { lexiconTable } from './resources';

/** The bigrams, parsed on first call and shared by every later call in this process. */
export const loadWordBigrams: () => WordBigrams | undefined = lexiconTable(
  'word-bigrams.bin',
  parseWordBigrams,
);
