/**
 * The English word list behind the `hyphenation` detector: the ~275,000 lower-case words of the
 * npm package `an-array-of-english-words` (letters a–z only, no hyphenated or capitalized
 * entries). The JSON array is imported statically (every bundler and tsx read it), and the Set
 * is built once, on first use, so documents without Latin hyphens never pay for it.
 */
import words from 'an-array-of-english-words/index.json' with { type: 'json' };

let wordSet: ReadonlySet<string> | undefined;

/**
 * True when `word` is in the English word list. Case-insensitive ("Parliament" and "PARLIAMENT"
 * are found); `word` should be letters only, without punctuation or apostrophes.
 */
export function isEnglishWord(word: string): boolean {
  if (word.length === 0) return false;
  wordSet ??= new Set(words);
  return wordSet.has(word.toLowerCase());
}

/** Every word of the list, lower case, in the package's order. */
export function englishWords(): readonly string[] {
  return words;
}
