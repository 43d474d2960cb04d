/**
 * URLs inside a block: their half-width marks (`http://`, `?a=1,2`, `(…)`) are never Chinese
 * punctuation.
 */
import type { Span } from '../../finding';

// One character class with `+`: linear, no backtracking between alternatives.
const URL = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[\w\-.~:/?#[\]@!$&'()*+,;=%]+/giu;

/** Punctuation a URL does not end with: it belongs to the sentence around it. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'"]);

/**
 * Spans `[start, end)` of the URLs in `text` (UTF-16 offsets into `text`), in order. Trailing
 * sentence punctuation and an unbalanced closing bracket are left outside the span, as linkifiers
 * do, so "见http://a.cn/x," keeps its comma for the punctuation check.
 */
export function urlSpans(text: string): Span[] {
  if (!text.includes('://') && !/www\./iu.test(text)) return [];
  const spans: Span[] = [];
  for (const match of text.matchAll(URL)) {
    const start = match.index;
    let end = start + match[0].length;
    let opens = 0;
    for (let i = start; i < end; i++) {
      const ch = text[i];
      if (ch === '(') opens++;
      else if (ch === ')') opens--;
    }
    while (end > start) {
      const ch = text[end - 1];
      if (TRAILING.has(ch)) end--;
      else if (ch === ')' && opens < 0) {
        end--;
        opens++;
      } else break;
    }
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
