/**
 * Sums of money in pounds, shillings and pence, as the engine misreads them: the digit 1 of
 * "1s." read as a capital I ("Is. 6d."), the 6 of "6d." as G or C ("7s. Gd."), the 1 of "1d." as
 * I ("Is Id"). Read as money only where a sum leaves no doubt: pence after the shillings, a range
 * of prices, pounds before them. In the ICDAR 2017 newspapers' OCR, "Is" stood for 1s some 25
 * times and "Gd"/"Cd" for 6d some 15; "Is" in prose is a verb and never meets these neighbours.
 */
import type { FindingDraft } from '../../finding';

/** Pence after the word: " 6d", ". 6d.", " 4½d" (the point of "1s." kept before them). */
const PENCE_AFTER = /^\.?\s{1,2}\d{1,2}[½¼¾]?\s?d\b/;
/** A range after the word: " to 2s", " to Is 6d". */
const RANGE_AFTER = /^\.?\s{1,2}to\s{1,2}(?:\d{1,2}s\b|Is\s{1,2}\d{1,2}\s?d\b)/;
/** Pounds before the word: "£1 Is". */
const POUNDS_BEFORE = /£\s?\d{1,4}\s{1,2}$/;
/** Shillings before the word: "7s. Gd.", "Is Id". */
const SHILLINGS_BEFORE = /(?:\b\d{1,3}s|\bIs)\.?\s{1,2}$/;
/** … and a price after pence: " to 6d.", " each", " per". */
const AFTER_PENCE = /^\.?\s{1,2}(?:to\s{1,2}\d|each\b|per\b)/;

/** What each printed form may stand for, and the digit misread in it. */
const FORMS: ReadonlyMap<string, { meant: string; digit: string; letter: string }> = new Map([
  ['Is', { meant: '1s', digit: '1', letter: 'I' }],
  ['Id', { meant: '1d', digit: '1', letter: 'I' }],
  ['Gd', { meant: '6d', digit: '6', letter: 'G' }],
  ['Cd', { meant: '6d', digit: '6', letter: 'C' }],
]);

/**
 * The draft for a printed "Is", "Id", "Gd" or "Cd" at `at` of `blockText` when it stands in a
 * sum of money, or null.
 */
export function moneyDraft(
  blockText: string,
  at: number,
  seen: string,
): Omit<FindingDraft, 'start' | 'end'> | null {
  const form = FORMS.get(seen);
  if (!form) return null;
  const before = blockText.slice(Math.max(0, at - 12), at);
  const after = blockText.slice(at + seen.length, at + seen.length + 16);
  const shillings = seen === 'Is';
  const inSum = shillings
    ? PENCE_AFTER.test(after) || RANGE_AFTER.test(after) || POUNDS_BEFORE.test(before)
    : SHILLINGS_BEFORE.test(before) || AFTER_PENCE.test(after);
  if (!inSum) return null;
  const unit = shillings ? { zh: '先令', en: 'shillings' } : { zh: '便士', en: 'pence' };
  return {
    kind: 'misreading',
    replacement: form.meant,
    confidence: 'safe',
    message: {
      'zh-CN': `疑为误识：“${seen}”应为“${form.meant}”（${unit.zh}），数字“${form.digit}”认作“${form.letter}”；金额之中。`,
      en: `Misread sum: "${seen}" for "${form.meant}" (${unit.en}; the digit ${form.digit} read as ${form.letter}), in a sum of money.`,
    },
  };
}
