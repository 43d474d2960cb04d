/**
 * The one list of detectors. Adding a detector touches this list and one new file.
 */
import type { Detector } from './detector';
import { brokenParagraph } from './broken-paragraph';
import { archiveRepeat } from './archive-repeat';
import { duplicateParagraph } from './duplicate-paragraph';
import { formulationDetector } from './formulation';
import { hyphenation } from './hyphenation';
import { jumpLine } from './jump-line';
import { lowConfidence } from './low-confidence';
import { misreading } from './misreading/index';
import { punctuationWidth } from './punctuation-width';
import { readingOrder } from './reading-order';
import { repeatedPhrase } from './repeated-phrase';
import { ruleDetector } from './rule';
import { straySpace } from './stray-space';

export const DETECTORS: readonly Detector[] = [
  straySpace, // stray-space
  punctuationWidth, // punctuation-width
  brokenParagraph, // broken-paragraph
  jumpLine, // jump-line
  readingOrder, // reading-order
  duplicateParagraph, // duplicate-paragraph
  hyphenation, // hyphenation
  repeatedPhrase, // repeated-phrase
  ruleDetector, // rule
  formulationDetector, // formulation
  archiveRepeat, // archive-repeat
  misreading, // misreading
  lowConfidence, // low-confidence
];
