/**
 * Printed forms the English scan reads by a fixed rule rather than through the corrector: "Ac."
 * closing a list is "&c.", "In" inside a sentence is "in", "Doc." in a date is "Dec.", "No. ll"
 * is "No. 11", and the digits of sums of money read as letters (`english-money.ts`).
 */
import type { FindingDraft } from '../../finding';
import { mayBeMoney, moneyDraft } from './english-money';

/**
 * "SPECTACLES, Ac.", "Coughs, Colds, Ac., Ac.": the engine reads the ampersand of "&c." (et
 * cetera) as a capital A. "Ac" closing a list (after a comma, a full stop or a semicolon, before
 * its point) is "&c"; in the ICDAR 2017 newspapers all 33 such forms were.
 */
function etceteraDraft(blockText: string, at: number): Omit<FindingDraft, 'start' | 'end'> | null {
  if (blockText[at + 2] !== '.' || blockText[at - 1] !== ' ') return null;
  let i = at - 1;
  while (i >= 0 && blockText[i] === ' ') i--;
  if (i < 0 || !',.;'.includes(blockText[i]!)) return null;
  return {
    kind: 'misreading',
    replacement: '&c',
    confidence: 'safe',
    message: {
      'zh-CN': '疑为误识：“Ac.”应为“&c.”（等等），“&”认作“A”；列举之末。',
      en: 'Misread word: "Ac." for "&c." (et cetera; & → A misread); it closes a list.',
    },
  };
}

/** The words after "In" of the phrases that open sentences ("In fact", "In short"). */
const SENTENCE_OPENERS = /^(?:fact|short|addition|conclusion|general|particular|truth|brief)\b/;

/**
 * "the gale set In the night", "arrived In port": the engine reads the i of "in" as a capital.
 * "In" between two lower-case words of one line is inside a sentence, where it is never
 * capitalized; in the ICDAR 2017 OCR all 27 such forms were "in" in the gold (other function
 * words capitalized so were sentence starts whose stop the engine lost, and stay).
 */
function inDraft(blockText: string, at: number): Omit<FindingDraft, 'start' | 'end'> | null {
  const before = blockText.slice(Math.max(0, at - 2), at);
  const after = blockText.slice(at + 2, at + 6);
  // A next "In" counts as the "in" it will be: "the In In the" reads both in one pass.
  if (!/^[a-z] $/.test(before) || !/^ (?:[a-z]|In )/.test(after)) return null;
  // "gate it In fact, such": a phrase that opens a sentence; the engine lost the stop before it.
  if (SENTENCE_OPENERS.test(blockText.slice(at + 3, at + 16))) return null;
  return {
    kind: 'misreading',
    replacement: 'in',
    confidence: 'safe',
    message: {
      'zh-CN': '疑为误识：“In”应为“in”，“i”认作大写“I”；句中不大写。',
      en: 'Misread word: "In" for "in" (i read as I); inside a sentence it takes no capital.',
    },
  };
}

/** "Doc. 22", "Doc. 3, 1840": the abbreviated month and a day after it (a year may follow). */
const DAY_AFTER =
  /^\. (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d|\.\d)(,? (?:1[6-9]|20)\d\d(?!\d))?/;
/** "12th Doc.", "3 Doc. 1840": a day before it. */
const DAY_BEFORE = /(?:^|[^\d.])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)? $/;

/** Abbreviated months with their e read as o (Trove's commonest confusion), as printed. */
const MONTHS_MISREAD: ReadonlyMap<string, string> = new Map([
  ['Doc', 'Dec'],
  ['Fob', 'Feb'],
  ['Sopt', 'Sept'],
]);

/**
 * "MADRID, Doc. 22", "Preston, Doc. 3, 1840", "12th Fob.": the engine reads the e of an
 * abbreviated month as o. Read where a date stands: after a day, or before one where a comma or
 * a stop comes first ("MADRID, Doc. 22") or a year follows; "see Doc. 5" of a document and a
 * watch's "gold Fob. 3" stay.
 */
function monthDraft(
  blockText: string,
  at: number,
  seen: string,
): Omit<FindingDraft, 'start' | 'end'> | null {
  const meant = MONTHS_MISREAD.get(seen)!;
  const end = at + seen.length;
  const after = DAY_AFTER.exec(blockText.slice(end, end + 13));
  const before = blockText.slice(Math.max(0, at - 8), at);
  const dated =
    DAY_BEFORE.test(before) ||
    (after !== null && (after[1] !== undefined || /[,.] $/.test(before)));
  if (blockText[end] !== '.' || !dated) return null;
  return {
    kind: 'misreading',
    replacement: meant,
    confidence: 'safe',
    message: {
      'zh-CN': `疑为误识：“${seen}.”应为“${meant}.”（e 误识为 o）；日期中的月份。`,
      en: `Misread word: "${seen}." for "${meant}." (e → o misread); the month of a date.`,
    },
  };
}

/**
 * Numbers printed as letters: 11 read as ll, the 1 an l in many a typeface ("No. ll", "ll
 * o'clock"). A lone "l" is one letter, which the scan does not read.
 */
const NUMBERS_MISREAD: ReadonlyMap<string, string> = new Map([['ll', '11']]);
/** A number's word before it: "No. ll", "Nos. ll". */
const NUMBER_BEFORE = /\b(?:No|no|NO|Nos|nos)\. ?$/;
/** A time after it: "ll o'clock", "ll a.m.". */
const TIME_AFTER = /^ ?(?:o['’]clock\b|[ap]\.m\.)/;

/**
 * "No. ll, Argyle-street", "at ll o'clock": the engine reads the 1 of a number as an l. Read
 * after "No." and before "o'clock", "a.m." or "p.m." only, never after an apostrophe ("they'll").
 * In the ICDAR 2017 newspapers both "No. ll" were 11 in the gold; no "o'clock" was misread so.
 */
function numberDraft(
  blockText: string,
  at: number,
  seen: string,
): Omit<FindingDraft, 'start' | 'end'> | null {
  const before = blockText.slice(Math.max(0, at - 5), at);
  const after = blockText.slice(at + seen.length, at + seen.length + 9);
  if (/['’]$/.test(before) || !(NUMBER_BEFORE.test(before) || TIME_AFTER.test(after))) return null;
  const meant = NUMBERS_MISREAD.get(seen)!;
  return {
    kind: 'misreading',
    replacement: meant,
    confidence: 'safe',
    message: {
      'zh-CN': `疑为误识：“${seen}”应为“${meant}”，数字“1”认作“l”；编号或钟点。`,
      en: `Misread number: "${seen}" for "${meant}" (the digit 1 read as l); a number or an hour.`,
    },
  };
}

/** True when `seen` may be one of these forms (a cheap test before `formDraft`). */
export function mayBeForm(seen: string): boolean {
  return (
    seen === 'Ac' ||
    seen === 'In' ||
    MONTHS_MISREAD.has(seen) ||
    NUMBERS_MISREAD.has(seen) ||
    mayBeMoney(seen)
  );
}

/** The draft for the form `seen` at `at` of `blockText`, or null when its context says no. */
export function formDraft(
  blockText: string,
  at: number,
  seen: string,
): Omit<FindingDraft, 'start' | 'end'> | null {
  if (seen === 'Ac') return etceteraDraft(blockText, at);
  if (seen === 'In') return inDraft(blockText, at);
  if (MONTHS_MISREAD.has(seen)) return monthDraft(blockText, at, seen);
  if (NUMBERS_MISREAD.has(seen)) return numberDraft(blockText, at, seen);
  return moneyDraft(blockText, at, seen);
}
