/**
 * `misreading`: characters or words the OCR engine read as others of similar shape ("tho" for
 * "the", 末来 for 未来). English words go through a noisy-channel corrector (`english.ts`, only
 * when the analysis has the word frequencies, `english`),
 * Han characters through shape candidates chosen by the lexicon (`chinese.ts`, only when the
 * analysis has both `lexicon` and `shapes`). A reading is applied by an automatic clean only
 * when the evidence is overwhelming; every other one is a suggestion.
 */
import type { Detector } from '../detector';
import { chineseMisreadings } from './chinese';
import { englishMisreadings } from './english-scan';

export const misreading: Detector = {
  kind: 'misreading',
  detect(doc, options) {
    const english = options.english ? englishMisreadings(doc, options.english) : [];
    if (!options.lexicon || !options.shapes) return english;
    return [...english, ...chineseMisreadings(doc, options.lexicon, options.shapes)];
  },
};
