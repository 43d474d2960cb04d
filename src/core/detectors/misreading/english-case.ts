/**
 * The case of an English word as printed, and a reading put back in that case: "Tho" → "The",
 * "THB" → "THE", "s ummer" → "summer". Shared by the word scan and the spacing scan. Pure.
 */

/** Lower case, a capital and lower case, or all capitals. */
export type Shape = 'lower' | 'capital' | 'upper';

/**
 * The case of a word of letters a–z and A–Z, read by char code (no string is made); null for
 * mixed case ("iPhone", "McKay").
 */
export function caseOf(word: string): Shape | null {
  let capitals = 0;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) < 97) capitals++;
  if (capitals === 0) return 'lower';
  if (capitals === word.length) return 'upper';
  return capitals === 1 && word.charCodeAt(0) < 97 ? 'capital' : null;
}

/** `word` (lower case) in the case `shape`. */
export function reshape(word: string, shape: Shape): string {
  if (shape === 'upper') return word.toUpperCase();
  if (shape === 'capital') return word[0]!.toUpperCase() + word.slice(1);
  return word;
}
