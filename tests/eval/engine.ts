/**
 * The engine options every evaluation runs with: what `galley clean` and the app use (the jieba
 * lexicon, the table of characters of similar shape and the English word frequencies, loaded
 * once per process).
 */
import type { AnalyseOptions } from '../../src/core/detectors/detector';
import { loadChineseLexicon } from '../../src/main/lexicon/chinese';
import { loadEnglishFrequencies } from '../../src/main/lexicon/english';
import { loadShapeTable } from '../../src/main/lexicon/shapes';

/** The options of a plain `galley clean` / `galley check`. */
export const ENGINE: AnalyseOptions = {
  lexicon: loadChineseLexicon(),
  shapes: loadShapeTable(),
  english: loadEnglishFrequencies(),
};
