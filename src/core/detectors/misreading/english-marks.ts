/**
 * Letters the engine printed as a mark or a digit inside an English word: "th#" and "plac#" (a
 * # where the page had an e or an s: the engine's mark for a letter it could not read), "8he"
 * and "8econd" (a capital S read as 8), "mo9t" and "hi3" (an s read as 9 or 3), "Schoo1" (an l
 * read as 1), "80me" (an o read as 0). A form is read so only when exactly one of the letters
 * the mark may stand for makes a frequent word, and never when it is a code, a unit or an
 * ordinal ("C#", "mp3", "utf8", "8vo", "21st", "3rd"). Read here too, from the same runs: the
 * pronoun I printed as 1 or l before one of its verbs ("1 am, Sir"), the s of shillings printed
 * as e or a in a sum ("7e 9d", `english-money.ts`), and the s of a possessive read as an a
 * ("St. Sidwell'a Ward"). Pure.
 */
import type { FindingDraft } from '../../finding';
import { isEnglishWord } from '../../lexicon/english';
import type { EnglishFrequencies } from '../../lexicon/english-frequency';
import { NEVER_MEANT } from './english';
import { mayBeShillingsLetter, shillingsLetterDraft } from './english-money';
import { opensSentence } from './english-neighbours';
import { safeDraft } from './safe-draft';

/** The letters each mark or digit may stand for inside a word. */
const LETTERS_OF: Readonly<Record<string, string>> = {
  '#': 'es',
  '8': 's',
  '9': 's',
  '3': 'se',
  '5': 's',
  '1': 'l',
  '0': 'o',
};

/** A mark beside a letter, either way round. */
const MARK_BESIDE_LETTER = /[A-Za-z][0-9#]|[0-9#][A-Za-z]/;

/** 1 for a letter, 2 for a digit or #, 0 for any other code: what a run is made of. */
function runKind(c: number): number {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 1;
  return (c >= 0x30 && c <= 0x39) || c === 0x23 ? 2 : 0;
}

/** True for a code of `[\w#@./-]`: what may stand before a run that is part of a larger one. */
function isJoiningCode(c: number): boolean {
  return runKind(c) !== 0 || c === 0x5f || c === 0x40 || c === 0x2e || c === 0x2f || c === 0x2d;
}

/**
 * True when `text` holds what the walk over its runs reads: a mark beside a letter, or a 1 or
 * an l standing alone before a space and a lower-case letter (`/(?<![\w#@./-])[1l] [a-z]/`).
 * A walk over codes, not a regular expression: it is asked of every block.
 */
export function mayHoldForm(text: string): boolean {
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = runKind(c);
    if (kind !== 0 && previous !== 0 && kind !== previous) return true;
    if (
      (c === 0x31 || c === 0x6c) &&
      text.charCodeAt(i + 1) === 0x20 &&
      runKind(text.charCodeAt(i + 2)) === 1 &&
      text.charCodeAt(i + 2) >= 0x61 &&
      (i === 0 || !isJoiningCode(text.charCodeAt(i - 1)))
    ) {
      return true;
    }
    previous = kind;
  }
  return false;
}

/**
 * Where the next run worth reading is hinted, from `from` of `text` on: a mark beside a letter
 * (the index of the pair's first code), or a 1 or an l that is a run of its own; -1 when none.
 * The walk goes from one hint to the next: most runs of a block are words.
 */
export function nextHint(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = runKind(c);
    if (kind === 0) continue;
    const after = runKind(text.charCodeAt(i + 1));
    if (after !== 0 && after !== kind) return i;
    if (
      (c === 0x31 || c === 0x6c) &&
      after === 0 &&
      (i === 0 || runKind(text.charCodeAt(i - 1)) === 0)
    ) {
      return i;
    }
  }
  return -1;
}
/** Forms longer than this are no word (a code, a rule line). */
const MAX_FORM_LENGTH = 20;

/**
 * True when the run [from, to) of `text` stands alone: not part of an address, a path, a
 * number, an identifier or a tag ("user@ho9t.org", "a/b3c", "x_1a", "C#.net").
 */
function standsAlone(text: string, from: number, to: number): boolean {
  const before = text[from - 1] ?? ' ';
  const after = text[to] ?? ' ';
  if (/[\w#@./-]/.test(before) || /[\w#@/]/.test(after)) return false;
  return !(after === '.' && /\w/.test(text[to + 1] ?? ''));
}

/** Forms of numbers and their units: ordinals, sizes of books, money, weights ("8vo", "21st"). */
const NUMBER_FORM = /^\d+(?:st|nd|rd|th|d|s|vo|to|mo|lb|lbs|ft|in|yd|yds|oz|cwt|am|pm|ult|inst)$/i;
/** The word meant must be used this often (per 51 million): a frequent word, not a code. */
const MIN_MEANT_COUNT = 1_000;
/** Letters a form must hold besides its marks: "a3" and "v8" are codes. */
const MIN_LETTERS = 2;

/** The frequent words `form` (its marks and digits each read as a letter) can be. */
function wordsOf(form: string, frequencies: EnglishFrequencies): string[] {
  let variants = [''];
  for (const ch of form.toLowerCase()) {
    const letters = LETTERS_OF[ch];
    if (letters === undefined) {
      variants = variants.map((v) => v + ch);
    } else {
      variants = variants.flatMap((v) => [...letters].map((letter) => v + letter));
    }
  }
  // The word list too: SUBTLEX counts OCR'd subtitles, where "ls" is frequent.
  return variants.filter(
    (word) =>
      frequencies.count(word) >= MIN_MEANT_COUNT &&
      isEnglishWord(word) &&
      !NEVER_MEANT.includes(word),
  );
}

/** True when a mark of `form` is not beside a letter, or the form has too few letters. */
function isCode(form: string): boolean {
  let letters = 0;
  let marks = 0;
  for (let i = 0; i < form.length; i++) {
    const ch = form[i]!;
    if (/[A-Za-z]/.test(ch)) {
      letters++;
      continue;
    }
    if (LETTERS_OF[ch] === undefined) return true;
    marks++;
    // "8he", "mo9t", "th#": a letter on at least one side, and never two marks in a row.
    if (/[0-9#]/.test(form[i + 1] ?? '') || /[0-9#]/.test(form[i - 1] ?? '')) return true;
  }
  return (
    marks === 0 ||
    marks > 2 ||
    letters < MIN_LETTERS ||
    NUMBER_FORM.test(form) ||
    // "#it" is a tag; "CO2", "MP3", "H2O" are codes, in capitals.
    form[0] === '#' ||
    !/[a-z]/.test(form)
  );
}

/**
 * The word `meant` with the case of the printed `form`: a capital first where the form opens with
 * one or with an 8 (the engine reads a capital S so, seldom a small one: "8ir Hedworth"), or a
 * digit opens a sentence with it.
 */
function shaped(meant: string, form: string, opens: boolean): string {
  const first = form[0]!;
  const capital = /[A-Z8]/.test(first) || (/[0-9#]/.test(first) && opens);
  return capital ? meant[0]!.toUpperCase() + meant.slice(1) : meant;
}

/**
 * Words that follow the pronoun I and not a number ("1 am, Sir", "l have no doubt"): its verbs in
 * the first person and the modals, lower case. Not "was", "had", "did" or "said": "by purchase,
 * 1 was presented" counts vessels.
 */
const AFTER_I = new Set(
  (
    'am have will would shall should can could may might must cannot think believe hope ' +
    'trust know remember feel fear regret wish beg presume suppose say offer confess assure ' +
    'happen hear mean understand venture consider believed thought felt knew'
  ).split(' '),
);
/** Words after which the pronoun may stand inside a sentence: "and 1 hope", "for l am". */
const BEFORE_I = new Set(
  'and but for that as if when because so where while though since yet or nor than'.split(' '),
);

/**
 * "1 am, Sir, yours", "and l have no doubt": the pronoun I printed as the digit 1 or a lower-case
 * l, where it opens a sentence or follows a conjunction or a comma, before one of its verbs.
 */
function isPronounI(blockText: string, at: number): boolean {
  const next = /^ ([a-z]+)\b/.exec(blockText.slice(at + 1, at + 16));
  if (!next || !AFTER_I.has(next[1]!)) return false;
  if (opensSentence(blockText, at)) return true;
  const before = blockText.slice(Math.max(0, at - 12), at);
  const word = /(?:^|[^A-Za-z])([A-Za-z]+) $/.exec(before)?.[1];
  return /[,;] $/.test(before) || (word !== undefined && BEFORE_I.has(word.toLowerCase()));
}

/**
 * "St. Sidwell'a Ward", "New Yeer'a Dey": the s of a possessive read as an a. Not after a vowel
 * other than e nor after a stem of three letters: "Shi'a", "Sana'a" are spelled so.
 */
const POSSESSIVE_A = /(?<![\w'’])([A-Za-z]{3,}[b-df-hj-np-tv-z]|[A-Za-z]{3,}e)(['’])a(?![\w'’])/g;

/** The possessives of `blockText` whose s was read as an a, from `start` of the issue. */
function possessiveDrafts(blockText: string, start: number, drafts: FindingDraft[]): void {
  POSSESSIVE_A.lastIndex = 0;
  for (let m = POSSESSIVE_A.exec(blockText); m; m = POSSESSIVE_A.exec(blockText)) {
    const form = m[0];
    const meant = `${m[1]!}${m[2]!}s`;
    drafts.push(
      safeDraft(start + m.index, form.length, meant, {
        'zh-CN': `疑为误识：“${form}”应为“${meant}”，所有格的“s”认作“a”。`,
        en: `Misread word: "${form}" for "${meant}", the s of a possessive read as an a.`,
      }),
    );
  }
}

/** The marked forms of `block` (a Latin block of the issue) read as words, in no set order. */
export function markedLetterDrafts(
  block: { readonly text: string; readonly start: number },
  frequencies: EnglishFrequencies,
): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const { text: blockText, start } = block;
  // Most blocks hold no such form: one test spares them the walk over every word.
  if (mayHoldForm(blockText)) runDrafts(blockText, start, frequencies, drafts);
  if (blockText.includes("'a") || blockText.includes('’a')) {
    possessiveDrafts(blockText, start, drafts);
  }
  return drafts;
}

/**
 * Adds to `drafts` the readings of the runs of letters, digits and # of `blockText` (from `start`
 * of the issue): the pronoun I as 1 or l, shillings read as a letter, letters read as marks.
 */
function runDrafts(
  blockText: string,
  start: number,
  frequencies: EnglishFrequencies,
  drafts: FindingDraft[],
): void {
  for (let hint = nextHint(blockText, 0); hint >= 0;) {
    // The run the hint lies in; the next hint is sought after it (a run may hold two marks).
    let at = hint;
    while (at > 0 && runKind(blockText.charCodeAt(at - 1)) !== 0) at--;
    let end = hint + 1;
    while (end < blockText.length && runKind(blockText.charCodeAt(end)) !== 0) end++;
    hint = nextHint(blockText, end);
    const form = blockText.slice(at, end);
    if ((form === '1' || form === 'l') && standsAlone(blockText, at, at + 1)) {
      if (isPronounI(blockText, at)) {
        drafts.push(
          safeDraft(start + at, 1, 'I', {
            'zh-CN': `疑为误识：“${form}”应为代词“I”，其后是它的动词。`,
            en: `Misread word: "${form}" for the pronoun "I", before one of its verbs.`,
          }),
        );
      }
      continue;
    }
    if (form.length > MAX_FORM_LENGTH || !MARK_BESIDE_LETTER.test(form)) continue;
    if (mayBeShillingsLetter(form)) {
      const sum = shillingsLetterDraft(blockText, start, at, form);
      if (sum) drafts.push(sum);
      continue;
    }
    if (!standsAlone(blockText, at, at + form.length)) continue;
    // "will b# paid", "where h# daily": one letter and a #, read only before a lower-case word
    // ("Price a#." is a price, "h# 21st" the).
    const oneLetter = /^[a-z]#$/.test(form);
    if (oneLetter ? !/^ [a-z]/.test(blockText.slice(at + 2, at + 4)) : isCode(form)) {
      continue;
    }
    const words = wordsOf(form, frequencies);
    if (words.length !== 1) continue;
    const meant = shaped(words[0]!, form, opensSentence(blockText, at));
    drafts.push(
      safeDraft(start + at, form.length, meant, {
        'zh-CN': `疑为误识：“${form}”应为“${meant}”，字母被认作符号或数字；只有“${meant}”是常用词。`,
        en: `Misread word: "${form}" for "${meant}", a letter read as a mark or a digit; only "${meant}" is a frequent word.`,
      }),
    );
  }
}
