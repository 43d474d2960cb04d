/**
 * What every analysis of the app and the CLI reads with, loaded once per process: the jieba
 * lexicon, the characters of similar shape, the character pairs and word bigrams of running
 * Chinese and the English word frequencies and bigrams.
 */
import type { AnalyseOptions } from '../../core/detectors/detector';
import { loadCharacterPairs } from './character-pairs';
import { loadChineseLexicon } from './chinese';
import { loadEnglishFrequencies } from './english';
import { loadEnglishBigrams } from './english-bigrams';
import { loadShapeTable } from './shapes';
import { loadWordBigrams } from './word-bigrams';

/** The lexicons of `AnalyseOptions`, each parsed on first use and shared afterwards. */
export function engineLexicons(): Pick<
  AnalyseOptions,
  'lexicon' | 'shapes' | 'characterPairs' | 'wordBigrams' | 'english' | 'englishBigrams'
> {
  return {
    lexicon: loadChineseLexicon(),
    shapes: loadShapeTable(),
    characterPairs: loadCharacterPairs(),
    wordBigrams: loadWordBigrams(),
    english: loadEnglishFrequencies(),
    englishBigrams: loadEnglishBigrams(),
  };
}
