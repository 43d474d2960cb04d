/**
 * The street words of addresses, misread after the name they are joined to: "Regent-atreet",
 * "Pembroke-ttroet", "George-stroet", "Soho-iquare" (older newspapers join the name and the
 * street word with a hyphen: "Oxford-street"). The scan reads no word glued to a hyphen (a
 * compound or a word cut at a line's end); here, after a capitalized name and a hyphen, a
 * lower-case non-word one or two letters from exactly one street word is that word, and "rood"
 * is road ("Albert-rood"; not "Holy-rood"). Pure.
 */
import type { FindingDraft } from '../../finding';
import { isEnglishWord } from '../../lexicon/english';
import type { EnglishFrequencies } from '../../lexicon/english-frequency';
import { boundedEditDistance } from '../../similarity/edit-distance';
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
