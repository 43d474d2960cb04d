/**
 * `misreading`: characters or words the OCR engine read as others of similar shape ("tho" for
 * "the", 末来 for 未来). English words go through a noisy-channel corrector (`english.ts`, only
 * when the analysis has the word frequencies, `english`),
 * Han characters through shape candidates chosen by the lexicon (`chinese.ts`, only when the
 * analysis has both `lexicon` and `shapes`; with `characterPairs` the neighbours' pairs propose
 * more, `chinese-context.ts`; with `wordBigrams` the phrase around a suggestion may witness it,
 * `chinese-phrases.ts`; with `englishBigrams` a word misread as another word is read by the words
 * around it, `english-phrase.ts`), and 一 read as a dash (`chinese-dash.ts`, with the
 * `lexicon`). A reading is applied by an automatic clean only
 * when the evidence is overwhelming; every other one is a suggestion.
 */
import type { Detector } from '../detector';
import { chineseMisreadings } from './chinese';
import { dashMisreadings } from './chinese-dash';
import { englishMisreadings } from './english-scan';

export const misreading: Detector = {
  kind: 'misreading',
  detect(doc, options) {
    const english = options.english
      ? englishMisreadings(doc, options.english, options.englishBigrams)
      : [];
    if (!options.lexicon) return english;
    const dashes = dashMisreadings(doc, options.lexicon);
    if (!options.shapes) return [...english, ...dashes];
    return [
      ...english,
      ...dashes,
      ...chineseMisreadings(
        doc,
        options.lexicon,
        options.shapes,
        options.characterPairs,
        options.wordBigrams,
      ),
    ];
  },
};
