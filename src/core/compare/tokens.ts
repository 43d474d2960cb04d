/**
 * Tokenizers for the comparison: characters for CJK text, words for Latin text, sentences for
 * the coarse fallback. Every tokenizer is lossless: its tokens joined give the input back, and
 * no token is empty. Called on one paragraph (or a few joined ones) at a time, never on a whole
 * document.
 */

/** How finely a changed paragraph is compared. */
export type Granularity = 'char' | 'word';

/**
 * One token per code point. A lone surrogate is its own token, so a damaged text never throws
 * and never splits a valid surrogate pair.
 */
export function charTokens(text: string): string[] {
  return Array.from(text);
}

/**
 * A word token: letters and digits of alphabetic scripts, joined through inner apostrophes,
 * hyphens and decimal points ("don't", "well-known", "3.14"). CJK characters are not word
 * letters here, so a Han character inside Latin text stays one token.
 */
const WORD =
  /[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{Nd}\p{M}]+(?:['’.,-][\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{Nd}\p{M}]+)*|[^\S\n]+|[\s\S]/gu;

/**
 * Word tokens: words (see above), runs of horizontal whitespace, and every other code point
 * (punctuation, CJK characters, line breaks) on its own.
 */
export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Tokens at the given granularity. */
export function tokenize(text: string, granularity: Granularity): string[] {
  return granularity === 'char' ? charTokens(text) : wordTokens(text);
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '…', '\n']);
const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', '）', ')', ']', '】', '》']);

/**
 * Sentence tokens: each ends after a run of sentence-final marks (。！？!?；;… or a line break, and a
 * Latin full stop followed by a space), the closing quotes or brackets after it, and the spaces
 * after those. Used only when a character or word diff of a paragraph exceeds its bound.
 */
export function sentenceTokens(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    const latinStop = ch === '.' && (i + 1 >= n || text[i + 1] === ' ');
    if (!SENTENCE_END.has(ch) && !latinStop) {
      i++;
      continue;
    }
    while (i < n && (SENTENCE_END.has(text[i]) || text[i] === '.')) i++;
    while (i < n && CLOSERS.has(text[i])) i++;
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i++;
    out.push(text.slice(start, i));
    start = i;
  }
  if (start < n) out.push(text.slice(start));
  return out;
}
