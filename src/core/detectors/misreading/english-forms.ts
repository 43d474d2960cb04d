/**
 * Printed forms the English scan reads by a fixed rule rather than through the corrector: "Ac."
 * closing a list is "&c.", "In" inside a sentence is "in", and the digits of sums of money read
 * as letters (`english-money.ts`).
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

/** True when `seen` may be one of these forms (a cheap test before `formDraft`). */
export function mayBeForm(seen: string): boolean {
  return seen === 'Ac' || seen === 'In' || mayBeMoney(seen);
}

/** The draft for the form `seen` at `at` of `blockText`, or null when its context says no. */
export function formDraft(
  blockText: string,
  at: number,
  seen: string,
): Omit<FindingDraft, 'start' | 'end'> | null {
  if (seen === 'Ac') return etceteraDraft(blockText, at);
  if (seen === 'In') return inDraft(blockText, at);
  return moneyDraft(blockText, at, seen);
}
