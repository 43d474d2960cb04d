/**
 * What we know about English hyphenated compounds, beyond the plain word list (which has no
 * hyphenated entries): forms that are written with a hyphen although the closed form is a word
 * too ("to-day", "set-up", "co-operate"), so a line-end hyphen before them is not surely a
 * hyphenation and must not be removed automatically.
 *
 * All functions take lower-case letter-only parts.
 */
import { isEnglishWord } from './english';

/** Hyphenated forms whose closed form is also listed, written hyphenated in much real text. */
const KNOWN_COMPOUNDS: ReadonlySet<string> = new Set([
  'to-day',
  'to-morrow',
  'to-night',
  'to-wit',
  'e-mail',
  'e-book',
  'on-line',
  'off-line',
  'good-bye',
  'good-night',
  'good-will',
  'any-one',
  'no-one',
  'for-ever',
  'post-mortem',
  'post-war',
  'pre-war',
  'inter-war',
  'pot-pourri',
  'piano-forte',
  'second-hand',
  'first-hand',
  'world-wide',
  'nation-wide',
  'health-care',
  'life-style',
  'web-site',
  'data-base',
]);

/**
 * First elements that keep their hyphen before another word ("self-reliance", "well-being",
 * "half-way", "all-round"). Line-end splits of ordinary words rarely end exactly here.
 */
const HYPHEN_KEEPING_FIRST: ReadonlySet<string> = new Set([
  'self',
  'well',
  'ill',
  'half',
  'all',
  'quasi',
  'great',
  'vice',
  'north',
  'south',
  'east',
  'west',
]);

/**
 * Second elements of noun compounds made from phrasal verbs ("set-up", "take-off",
 * "break-down", "feed-back", "take-over"), written with or without the hyphen.
 */
const PARTICLE_SECOND: ReadonlySet<string> = new Set(['up', 'off', 'down', 'back', 'over']);

/** Endings that are suffixes rather than words when they follow a line-end hyphen. */
const SUFFIXES: ReadonlySet<string> = new Set([
  'ment',
  'ments',
  'able',
  'ably',
  'ible',
  'ness',
  'less',
  'fully',
  'ance',
  'ances',
  'ence',
  'ences',
  'ings',
  'ling',
  'lings',
  'ward',
  'wards',
  'tion',
  'tions',
  'sion',
  'sions',
]);

/**
 * First halves that are listed as words but work as prefixes or closed-compound heads
 * ("inter-national", "counter-part", "some-thing", "there-fore"): a split after them is a
 * syllable break of one word, not two words meeting.
 */
const CLOSING_FIRST: ReadonlySet<string> = new Set([
  'inter',
  'intra',
  'counter',
  'super',
  'trans',
  'ultra',
  'hyper',
  'multi',
  'micro',
  'macro',
  'under',
  'over',
  'with',
  'some',
  'every',
  'there',
  'where',
  'here',
  'what',
  'when',
  'them',
  'your',
  'through',
  'never',
  'none',
  'more',
]);

/** Short prefixes whose hyphen separates two equal vowels ("co-operate", "re-elect", "pre-empt"). */
const VOWELS = 'aeiou';

/**
 * True when `first-second` is likely a real hyphenated compound even though `first+second` is a
 * word as well, so joining the two parts of a line-end hyphen is not a safe fix.
 */
export function isLikelyHyphenatedCompound(first: string, second: string): boolean {
  if (KNOWN_COMPOUNDS.has(`${first}-${second}`)) return true;
  if (SUFFIXES.has(second)) return false;
  if (HYPHEN_KEEPING_FIRST.has(first)) return true;
  if (PARTICLE_SECOND.has(second)) return true;
  const last = first[first.length - 1];
  return first.length <= 5 && VOWELS.includes(last) && second[0] === last;
}

/**
 * True when both halves are full words of four letters or more and the second is not a mere
 * suffix ("steam-ship", "market-place", but not "govern-ment"): such a split may be an older or
 * regional hyphenated spelling, so joining it is only a suggestion.
 */
export function isWordPair(first: string, second: string): boolean {
  return (
    first.length >= 4 &&
    second.length >= 4 &&
    !SUFFIXES.has(second) &&
    !CLOSING_FIRST.has(first) &&
    isEnglishWord(first) &&
    isEnglishWord(second)
  );
}

/**
 * Words that usually open a hyphenated compound ("well-known", "long-term", "self-evident",
 * "first-rate"): a capitalized one before a line-end hyphen starts a compound, not a name.
 */
const COMPOUND_HEADS: ReadonlySet<string> = new Set([
  ...HYPHEN_KEEPING_FIRST,
  ...'long short so first second third old new good bad far near full part high low open hard soft free hand home one two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy eighty ninety non anti pro post pre ex co semi mid non world state city town life day night year'.split(
    ' ',
  ),
]);

/** True when `first` (lower case) usually opens a hyphenated compound ("well", "long", "self"). */
export function isCompoundHead(first: string): boolean {
  return COMPOUND_HEADS.has(first);
}
