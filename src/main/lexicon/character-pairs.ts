/**
 * Loads the table of character pairs once per process: `resources/lexicon/character-pairs.bin`
 * (built by `scripts/character-pairs.ts` from the open-gram language model, CC BY-SA 3.0, notice
 * beside it), found as every table there is (`resources.ts`). A missing table is no error: the
 * Chinese misreading scan then reads by the word lexicon alone.
 */
import { parseCharacterPairs, type CharacterPairs } from '../../core/lexicon/character-pairs';
import { lexiconTable } from './resources';

/** The pairs, parsed on first call and shared by every later call in this process. */
export const loadCharacterPairs: () => CharacterPairs | undefined = lexiconTable(
  'character-pairs.bin',
  parseCharacterPairs,
);
