/**
 * Lines laid out as phrases separated by spaces rather than as sentences: a headline, a table
 * row, a list of names, a verse. Their spaces are layout, not stray.
 */
import { isCjkChar } from '../../document/script';
import { isSpaceCode } from './classes';
import type { MarkVerdict } from './marks';

/** Full-width punctuation that makes a line read as sentences. */
const SENTENCE_PUNCT = new Set([...'。！？，；：、'].map((ch) => ch.charCodeAt(0)));

const FULL_SENTENCE_PUNCT = /[。！？，；：、]/u;

/** Spaced gaps between Chinese characters from which a punctuation-free line counts as phrases. */
const MIN_GAPS = 2;

/**
 * True when the code unit at `offset` of `text` is sentence punctuation: full-width 。！？，；：、
 * or a half-width mark that `marks` judges a safe fix (it reads the same before and after a
 * clean widens it, so the answer never changes between passes).
 */
export function isSentencePunct(
  text: string,
  offset: number,
  marks: ReadonlyMap<number, MarkVerdict>,
): boolean {
  const code = text.charCodeAt(offset);
  if (SENTENCE_PUNCT.has(code)) return true;
  if (code !== 0x2c && code !== 0x3a && code !== 0x3b && code !== 0x3f && code !== 0x21) {
    return false;
  }
  return marks.get(offset)?.confidence === 'safe';
}

/** True when some code unit of `text` is sentence punctuation (see `isSentencePunct`). */
export function hasSentencePunct(text: string, marks: ReadonlyMap<number, MarkVerdict>): boolean {
  if (FULL_SENTENCE_PUNCT.test(text)) return true;
  for (const verdict of marks.values()) {
    if (verdict.confidence === 'safe' && verdict.mark !== '(' && verdict.mark !== ')') return true;
  }
  return false;
}

/**
 * For one block's `text`, returns the `[start, end)` spans (UTF-16 offsets into `text`, in order)
 * of the lines that carry no sentence punctuation and at least MIN_GAPS whitespace runs between
 * two Chinese characters. One linear pass.
 */
export function phraseLines(
  text: string,
  marks: ReadonlyMap<number, MarkVerdict>,
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let lineStart = 0;
  let punct = false;
  let gaps = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 0x0a;
    if (code === 0x0a) {
      if (!punct && gaps >= MIN_GAPS) spans.push({ start: lineStart, end: i });
      lineStart = i + 1;
      punct = false;
      gaps = 0;
    } else if (isSentencePunct(text, i, marks)) {
      punct = true;
    } else if (isSpaceCode(code) && i > lineStart && isCjkChar(text.charCodeAt(i - 1))) {
      let j = i;
      while (j < n && isSpaceCode(text.charCodeAt(j))) j++;
      if (j < n && isCjkChar(text.charCodeAt(j))) gaps++;
      i = j - 1;
    }
  }
  return spans;
}
