/**
 * The words of places misread inside their names. The street words of addresses, misread after
 * the name they are joined to: "Regent-atreet",
 * "Pembroke-ttroet", "George-stroet", "Soho-iquare" (older newspapers join the name and the
 * street word with a hyphen: "Oxford-street"). The scan reads no word glued to a hyphen (a
 * compound or a word cut at a line's end); here, after a capitalized name and a hyphen, a
 * lower-case non-word one or two letters from exactly one street word is that word, and "rood"
 * is road ("Albert-rood"; not "Holy-rood"). And the "New" of a place misread as "Now" (e read
 * as o, Trove's commonest confusion): "Now South Wales", "Now Zealand". Pure.
 */
import type { FindingDraft } from '../../finding';
import { isEnglishWord } from '../../lexicon/english';
import type { EnglishFrequencies } from '../../lexicon/english-frequency';
import { boundedEditDistance } from '../../similarity/edit-distance';
import { opensSentence } from './english-neighbours';
import { safeDraft } from './safe-draft';

/** The words of addresses, and how many letters a misread form may differ from each. */
const STREET_WORDS: readonly (readonly [string, number])[] = [
  ['street', 2],
  ['square', 2],
  ['terrace', 2],
  ['crescent', 2],
  ['gardens', 2],
  ['road', 1],
  ['lane', 1],
  ['place', 1],
];

/** A capitalized name, a hyphen and a lower-case form: "Regent-atreet". */
const JOINED = /(?<![A-Za-z-])[A-Z][a-z]+-([a-z]{4,9})(?![\w#@-])/g;

/** The street word `form` misreads, or null when it is none or could be more than one. */
function streetWordOf(form: string): string | null {
  let found: string | null = null;
  for (const [word, limit] of STREET_WORDS) {
    if (boundedEditDistance(form, word, limit) > limit) continue;
    if (found !== null) return null;
    found = word;
  }
  return found;
}

/**
 * The street word the `form` joined to a name (`joined` whole) misreads, or null. A form that is
 * a word stays ("Lady-smith"), but "rood" in an address is road ("Albert-rood", not "Holy-rood").
 */
function streetWordAfter(
  joined: string,
  form: string,
  frequencies: EnglishFrequencies,
): string | null {
  if (frequencies.count(form) === 0 && !isEnglishWord(form)) return streetWordOf(form);
  return form === 'rood' && !joined.startsWith('Holy') ? 'road' : null;
}

/** The misread street words of `block` (a Latin block of the issue). */
export function addressDrafts(
  block: { readonly text: string; readonly start: number },
  frequencies: EnglishFrequencies,
): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  if (!block.text.includes('-')) return drafts;
  JOINED.lastIndex = 0;
  for (let m = JOINED.exec(block.text); m; m = JOINED.exec(block.text)) {
    const form = m[1]!;
    const meant = streetWordAfter(m[0], form, frequencies);
    if (meant === null) continue;
    const at = block.start + m.index + m[0].length - form.length;
    drafts.push(
      safeDraft(at, form.length, meant, {
        'zh-CN': `疑为误识：“${form}”应为“${meant}”；地址中接在地名之后的街道名。`,
        en: `Misread word: "${form}" for "${meant}", the street word of an address after its name.`,
      }),
    );
  }
  return drafts;
}

/**
 * Places named "New …": after a capitalized "Now" (never the adverb inside a sentence, and at a
 * sentence's start "Now South Wales" is no clause either) the name is the place's. Places whose
 * second word also follows the adverb ("now England", "now Britain") are left out.
 */
const NEW_PLACE =
  /(?<![A-Za-z])(Now|NOW) (South Wales|SOUTH WALES|Zealand|ZEALAND|York|YORK|Guinea|GUINEA|Caledonia|CALEDONIA|Hebrides|HEBRIDES|Orleans|ORLEANS|Brunswick|BRUNSWICK|Hampshire|HAMPSHIRE|Jersey|JERSEY)(?![A-Za-z])/g;

/** The places read after a "Now" that opens a sentence too: no clause opens with them. */
const ALWAYS_NEW = /^(South Wales|Zealand|Guinea|Caledonia|Hebrides)$/i;

/** The "Now" misread for the "New" of a place's name (`NEW_PLACE`) in `block`. */
export function newPlaceDrafts(block: {
  readonly text: string;
  readonly start: number;
}): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  if (!block.text.includes('Now ') && !block.text.includes('NOW ')) return drafts;
  NEW_PLACE.lastIndex = 0;
  for (let m = NEW_PLACE.exec(block.text); m; m = NEW_PLACE.exec(block.text)) {
    const [seen, place] = [m[1]!, m[2]!];
    // Capitals with capitals: "NOW ZEALAND" is NEW; "NOW York" is no name of one hand.
    if ((seen === 'NOW') !== (place === place.toUpperCase())) continue;
    // Opening a sentence, "Now York is quiet" may be the adverb and the English city: only the
    // names no adverb opens are read there.
    if (opensSentence(block.text, m.index) && !ALWAYS_NEW.test(place)) continue;
    const meant = seen === 'NOW' ? 'NEW' : 'New';
    drafts.push(
      safeDraft(block.start + m.index, seen.length, meant, {
        'zh-CN': `疑为误识：“${seen}”应为“${meant}”（e 误识为 o）；地名“${meant} ${place}”。`,
        en: `Misread word: "${seen}" for "${meant}" (e → o misread); the place "${meant} ${place}".`,
      }),
    );
  }
  return drafts;
}
