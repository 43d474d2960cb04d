/**
 * The words beside a printed word, as the English scan reads them: the word ending or starting
 * at a place, whether a place opens a sentence, the neighbours of a word (`Neighbours`) as
 * printed and as a clean will leave them, and whether a word read by its neighbours reads the
 * same once the safe joins beside it are made.
 */
import type { FindingDraft } from '../../finding';
import type { EnglishReading } from './english';
import { readInContext, type Neighbours } from './english-context';
import { formDraft, mayBeForm } from './english-forms';
import { strayCapitalWord } from './english-case';
import { isLetter } from './english-prints';
import type { EnglishFrequencies } from '../../lexicon/english-frequency';

/**
 * The scan's reading of a lower-case form, looked up once per scan (`readEnglishWord` behind a
 * cache; a form with no reading is also judged as words run together, whoever asks first).
 */
export type ReadLower = (lower: string) => EnglishReading | null;

/** True when `text` holds a space or a line break at `at`: what parts two words of a line. */
export function gapAt(text: string, at: number): boolean {
  return text[at] === ' ' || text[at] === '\n';
}

/** Where the letters that end at `to` of `text` start (`to` when there are none). */
export function letterStart(text: string, to: number): number {
  let from = to;
  while (from > 0 && isLetter(text.charCodeAt(from - 1))) from--;
  return from;
}

/** Where the letters that start at `from` of `text` end (`from` when there are none). */
export function letterEnd(text: string, from: number): number {
  let to = from;
  while (to < text.length && isLetter(text.charCodeAt(to))) to++;
  return to;
}

/** The letters of the word that ends at `to` of `text` ("" when there is none). */
export function wordEndingAt(text: string, to: number): string {
  return text.slice(letterStart(text, to), to);
}

/** The letters of the word that starts at `from` of `text` ("" when there is none). */
export function wordStartingAt(text: string, from: number): string {
  return text.slice(from, letterEnd(text, from));
}

/**
 * The words next to the word at [from, to) of `text`, lower case, when only one space or line
 * break parts them from it; `before` is "," when a comma or semicolon ends the word before.
 */
export function neighboursOf(text: string, from: number, to: number): Neighbours {
  let before: string | null = null;
  let previous: string | null = null;
  if (opensSentence(text, from)) before = '.';
  else if (from >= 2 && gapAt(text, from - 1)) {
    const mark = text[from - 2];
    if (mark === ',' || mark === ';') before = ',';
    else {
      const word = wordEndingAt(text, from - 1);
      before = word.toLowerCase() || null;
      const at = from - 1 - word.length;
      if (word !== '' && gapAt(text, at - 1) && !opensSentence(text, at)) {
        previous = wordEndingAt(text, at - 1).toLowerCase() || null;
      }
    }
  }
  const after = gapAt(text, to) ? wordStartingAt(text, to + 1) || null : null;
  return { before, after: after?.toLowerCase() ?? null, previous };
}

/**
 * The neighbours of [from, to) as a clean leaves them: a neighbour that is itself a safe
 * misreading of one word ("neat Tueaday": Tuesday), a form read by rule ("In" inside a sentence:
 * in) or a stray capital's word ("thQ": the) is read as what it becomes, one that becomes a sum
 * as the letters the next pass will see of it ("tho Is 6d": none after "tho"; "Gd th": "d" before
 * "th"), so that a context rule decides once what it would decide after the neighbour's fix
 * ("next Tuesday"), not on the next pass.
 */
export function settled(
  text: string,
  from: number,
  to: number,
  read: ReadLower,
  frequencies: EnglishFrequencies,
): Neighbours {
  const n = neighboursOf(text, from, to);
  // A word as the clean leaves it: its safe reading, if it has one.
  const cleaned = (word: string): string => {
    if (word.length < 2 || !/^[a-z]+$/.test(word)) return word;
    const reading = read(word);
    return reading?.safe ? reading.word : word;
  };
  const settle = (
    word: string | null,
    printed: string,
    at: number,
    side: 'before' | 'after',
  ): string | null => {
    if (word === null) return null;
    if (mayBeForm(printed)) {
      const form = formDraft(text, at, printed);
      if (form) {
        // Of a sum ("1s", "6d") or "&c" the next pass sees the letters on this side, if any.
        const seen = (side === 'before' ? /[A-Za-z]*$/ : /^[A-Za-z]*/).exec(form.replacement)![0];
        return seen === '' ? null : seen.toLowerCase();
      }
    }
    // "oft thQ the": a stray capital's word ("the"), as the clean leaves it.
    return strayCapitalWord(printed, frequencies) ?? cleaned(word);
  };
  const before = wordEndingAt(text, from - 1);
  const after = wordStartingAt(text, to + 1);
  return {
    before: settle(n.before, before, from - 1 - before.length, 'before'),
    after: settle(n.after, after, to + 1, 'after'),
    // The word before that as the clean leaves it too ("wiil then be added": will).
    previous: n.previous ? cleaned(n.previous) : null,
  };
}

/**
 * True when the word of `draft`, read by its neighbours, reads the same once the safe joins and
 * partings `splits` inside its neighbourhood `[from, to)` are made: a clean's next pass would
 * not read it otherwise. False when a split takes the word itself.
 */
export function readsSoAfter(
  text: string,
  draft: FindingDraft,
  from: number,
  to: number,
  splits: readonly FindingDraft[],
  read: ReadLower,
): boolean {
  let local = '';
  let at = from;
  let start = -1;
  for (const split of [...splits].sort((a, b) => a.start - b.start)) {
    if (split.start < draft.end && split.end > draft.start) return false;
    if (split.start < at) continue;
    if (start < 0 && split.start >= draft.end) start = local.length + draft.start - at;
    local += text.slice(at, split.start) + split.replacement;
    at = split.end;
  }
  if (start < 0) start = local.length + draft.start - at;
  local += text.slice(at, to);
  const seen = text.slice(draft.start, draft.end).toLowerCase();
  const again = readInContext(
    seen,
    read(seen),
    neighboursOf(local, start, start + draft.end - draft.start),
  );
  return again !== null && again.safe && again.word === draft.replacement.toLowerCase();
}

/** The span of the words next to [from, to) of `text` and the gaps before them. */
export function neighbourSpan(
  text: string,
  from: number,
  to: number,
): { from: number; to: number } {
  const before = from - 1 - wordEndingAt(text, from - 1).length;
  const after = to + 1 + wordStartingAt(text, to + 1).length;
  return { from: Math.max(0, before - 1), to: Math.min(text.length, after + 1) };
}

/** True when the word at `at` of `text` opens its block or a sentence. */
export function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\n')) i--;
  if (i < 0) return true;
  if (i === at - 1 || !/[.!?]/.test(text[i]!)) return false;
  // "Mr. Bo", "Wm. Bo", "J. Bo": the point of a title or an initial ends no sentence ("I."
  // may be a numeral closing a heading: "No. I. Th High-Tor").
  const before = wordEndingAt(text, i);
  return !(text[i] === '.' && (/^[A-HJ-Z]$/.test(before) || NAME_ABBREVIATIONS.has(before)));
}

/** Abbreviations printed with a point before a name. */
const NAME_ABBREVIATIONS = new Set(
  (
    'Mr Mrs Messrs Dr Rev Hon St Capt Col Lieut Sergt Sgt Pte Corpl Gen Prof ' +
    'Wm Jas Chas Geo Thos Jno Jos Robt Richd Edw Benj Saml Danl Fredk Alex'
  ).split(' '),
);
