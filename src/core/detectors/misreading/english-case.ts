import type { EnglishFrequencies } from '../../lexicon/english-frequency';

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

/**
 * A lower-case word holding one capital between its letters ("woDder", "souBd"); a U is older
 * type's "ll" ("deviU" is devill: `doubleLDraft`). A last capital is left: it may end a cut word
 * ("occuP ' tion"), and the rules of the next word read the letter before it ("thQ In the").
 */
const STRAY_CAPITAL = /^[a-z]+[A-TV-Z][a-z]+$/;
/** The word a stray capital gives must be used this often (per 51 million) … */
const MIN_STRAY_CAPITAL_COUNT = 100;
/** … and this many times more often than any other letter there would make. */
const STRAY_CAPITAL_LEAD = 100;

/**
 * "woDder", "feeliDg", "souBd": a capital inside a lower-case word that is no word is a letter
 * the engine misread as a capital (no confusion of shape decides which: a blotted n comes out D
 * or B). The word (lower case) the one letter there makes, a frequent word a hundred times
 * likelier than the next, or null; "iPhone", "eBay" and "McKay", whose letters are words or
 * begin with a capital, are left alone. Pure.
 */
export function strayCapitalWord(seen: string, frequencies: EnglishFrequencies): string | null {
  if (seen.length < 3 || !STRAY_CAPITAL.test(seen)) return null;
  const lower = seen.toLowerCase();
  if (frequencies.count(lower) > 0) return null;
  const at = seen.search(/[A-Z]/);
  let best = { word: '', count: 0 };
  let second = 0;
  for (let code = 97; code <= 122; code++) {
    const word = lower.slice(0, at) + String.fromCharCode(code) + lower.slice(at + 1);
    const count = frequencies.count(word);
    if (count > best.count) {
      second = best.count;
      best = { word, count };
    } else if (count > second) {
      second = count;
    }
  }
  if (best.count < MIN_STRAY_CAPITAL_COUNT || best.count < STRAY_CAPITAL_LEAD * second) return null;
  return best.word;
}
