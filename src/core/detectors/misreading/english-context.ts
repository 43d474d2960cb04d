/**
 * The neighbouring words as evidence for the English corrector. A printed word that is itself a
 * frequent word ("he", "be", "bad", "hut") is changed only where its neighbours leave no doubt:
 * "will he held" is "will be held", "be was" is "he was", "bad been" is "had been", ", hut the"
 * is ", but the". These are grammar, not statistics: a modal or "to" is followed by a verb's base
 * form, never by "he" and then a participle; "he" and not "be" stands before a finite verb; "been"
 * follows a form of "have"; "hut" is a noun and a noun does not open a clause after a comma.
 * The same evidence vetoes: "tho he" is "though he", never "the he".
 */
import type { EnglishReading } from './english';
import { BE_FORMS, NOT_AFTER_THE } from './english-grammar';
import { RULES } from './english-context-rules';

/**
 * The words either side of a printed word, lower case; null across punctuation or an edge.
 * `before` is "," after a comma or semicolon and "." at the start of a block or a sentence.
 */
export interface Neighbours {
  readonly before: string | null;
  readonly after: string | null;
  /** The word before `before`, as printed (lower case), when both are words of one clause. */
  readonly previous?: string | null;
}

/** True when the context of a printed word may change its reading: look at its neighbours. */
export function hasContextRule(seen: string, reading: EnglishReading | null): boolean {
  return RULES.has(seen) || reading?.word === 'the';
}

/**
 * The reading of `seen` (lower case) among its neighbours: a grammatical misreading's word when
 * its rule applies (safe unless the rule says: the grammar allows no other reading), the context-free reading
 * when nothing vetoes it, a suggestion only or nothing when the next word cannot follow "the"
 * ("tho he" is "though he").
 */
export function readInContext(
  seen: string,
  reading: EnglishReading | null,
  n: Neighbours,
): EnglishReading | null {
  for (const rule of RULES.get(seen) ?? []) {
    if (!rule.applies(n)) continue;
    return {
      word: rule.meant,
      misread: rule.misread,
      nonWord: false,
      gain: 0,
      safe: rule.safe ?? true,
      context: rule.context,
    };
  }
  if (reading?.word === 'the' && n.after !== null && NOT_AFTER_THE.has(n.after)) {
    return seen === 'tho' ? null : { ...reading, safe: false };
  }
  // "it was bo good": "be" follows no form of itself; the word meant is another ("so").
  if (
    reading?.word === 'be' &&
    n.before !== null &&
    (BE_FORMS.has(n.before) || PRESENT_BE.has(n.before))
  ) {
    return { ...reading, safe: false };
  }
  return reading;
}

/** The present of "be": with `BE_FORMS`, the words "be" never follows. */
const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are', 'am', 'being']);
