/**
 * The half-width marks OCR puts in Chinese text, mapped to their full-width forms: the one
 * table the punctuation detectors and matching normalization share.
 */
export const HALF_TO_FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
};
