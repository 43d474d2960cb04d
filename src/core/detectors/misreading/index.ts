/**
 * `misreading`: characters or words the OCR engine read as others of similar shape ("tho" for
 * "the", 末来 for 未来). English words go through a noisy-channel corrector (`english.ts`).
 * A reading is applied by an automatic clean only when the evidence is overwhelming; every
 * other one is a suggestion.
 */
import type { Detector } from '../detector';
import { englishMisreadings } from './english-scan';

export const misreading: Detector = {
  kind: 'misreading',
  detect(doc) {
    return englishMisreadings(doc);
  },
};
