/**
 * Normalization for matching: two paragraphs that differ only in spacing, line breaks or the
 * width of their punctuation normalize to the same string.
 *
 * The result is for comparing text only; its offsets do not map back to the document.
 */

import { HALF_TO_FULL_WIDTH as HALF_TO_FULL } from '../text/widths';

const WHITESPACE = /\s+/gu;
const HALF_WIDTH_MARKS = /[,:;()?!]/g;

/**
 * The matching key of `text`: NFKC (full-width letters and digits become ASCII, compatibility
 * ideographs become unified ones), every whitespace character removed (spaces, tabs, U+3000,
 * line breaks), then the half-width marks `, : ; ( ) ? !` mapped to `，：；（）？！`.
 *
 * Idempotent: `normalizeForMatch(normalizeForMatch(t)) === normalizeForMatch(t)`.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(WHITESPACE, '')
    .replace(HALF_WIDTH_MARKS, (mark) => HALF_TO_FULL[mark] ?? mark);
}
