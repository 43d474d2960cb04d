/**
 * The one list of detectors. Adding a detector touches this list and one new file.
 */
import type { Detector } from './detector';
import { duplicateParagraph } from './duplicate-paragraph';
import { punctuationWidth } from './punctuation-width';
import { straySpace } from './stray-space';

export const DETECTORS: readonly Detector[] = [
  straySpace, // stray-space
  punctuationWidth, // punctuation-width
  duplicateParagraph, // duplicate-paragraph
];
