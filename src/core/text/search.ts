/**
 * Full-text search as an editor expects it: case-insensitive and width-insensitive (Ａ = A,
 * ， = ,), with offsets into the text as it is (UTF-16 code units). Each character folds to one
 * character, so a folded offset is an offset into the original.
 */

/** One place `query` occurs, with a line of context around it. */
export interface TextHit {
  /** Offsets into the text. */
  readonly start: number;
  readonly end: number;
  /** Up to `context` characters before and after, cut at paragraph breaks. */
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/** The text folded character by character (NFKC, lower case) where that keeps one character. */
export function foldForSearch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out += ch.toLowerCase();
      continue;
    }
    const folded = ch.normalize('NFKC').toLowerCase();
    out += folded.length === 1 ? folded : ch;
  }
  return out;
}

/**
 * Every place `query` occurs in `text` (at most `limit`, in order), counted in full in `count`.
 * An empty query finds nothing.
 */
export function searchText(
  text: string,
  query: string,
  options: { readonly limit?: number; readonly context?: number } = {},
): { readonly count: number; readonly hits: readonly TextHit[] } {
  const needle = foldForSearch(query.trim());
  if (needle === '') return { count: 0, hits: [] };
  const limit = options.limit ?? 3;
  const context = options.context ?? 20;
  const haystack = foldForSearch(text);
  const hits: TextHit[] = [];
  let count = 0;
  for (
    let at = haystack.indexOf(needle);
    at !== -1;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    count++;
    if (hits.length >= limit) continue;
    const end = at + needle.length;
    const before = text.slice(Math.max(0, at - context), at);
    const after = text.slice(end, end + context);
    hits.push({
      start: at,
      end,
      before: before.slice(before.lastIndexOf('\n') + 1),
      match: text.slice(at, end),
      after: after.split('\n')[0],
    });
  }
  return { count, hits };
}
