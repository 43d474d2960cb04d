/**
 * Sums of money in pounds, shillings and pence, as the engine misreads them: the digit 1 of
 * "1s." read as a capital I or an l ("Is. 6d.", "ls 6d"), the 6 of "6d." as G, C or fi ("7s.
 * Gd.", "26s fid"), the 11 of "11d." as li ("7s lid"), the 1 of "1d." as I or l ("Is Id"). Read
 * as money only where a sum leaves no doubt: pence after the shillings, shillings before the
 * pence, a range of prices, pounds before, "price" or "each" beside. "Is" in prose is a verb and
 * "lid" a lid: neither meets these neighbours.
 */
import type { FindingDraft } from '../../finding';
import { safeDraft } from './safe-draft';

/**
 * Pence after the word: " 6d", ". 6d.", " 4½d" (the point of "1s." kept before them), or pence
 * misread themselves (" Gd", " fid"): read together, so that one pass reads the whole sum.
 */
const PENCE_AFTER = /^\.?\s{1,2}(?:\d{1,2}[½¼¾]?\s?d|[GCIl]d|fid|lid)\b/;
/** A range after the word: " to 2s", " to Is". */
const RANGE_AFTER = /^\.?\s{1,2}to\s{1,2}(?:\d{1,2}s|[Il]s)\b/;
/** Pounds before the word: "£1 Is". */
const POUNDS_BEFORE = /£\s?\d{1,4}\s{1,2}$/;
/**
 * Shillings before the word: "7s. Gd.", "Is Id", and shillings misread themselves ("3e fid",
 * "12a lid", "la lid").
 */
const SHILLINGS_BEFORE = /(?:\b\d{1,3}[sae]|\b[Iil][sa])\.?\s{1,2}$/;
/** A price word before the word: "price Is.", "Admission, Is.", "price fid.". */
const PRICE_BEFORE = /(?:\b[Pp]rice|\bPRICE|\b[Aa]dmission,?|\b[Aa]dmittance,?)\s{1,2}$/;
/** What follows a price: " to 6d.", " to Is", " each", " per", " extra". */
const AFTER_PRICE = /^\.?,?\s{1,2}(?:to\s{1,2}(?:\d|[Iil]s\b)|each\b|per\b|extra\b)/;

/**
 * Inside a sentence, after a lower-case word or a comma: where the verb "Is" never stands
 * capitalized before a point ("Admittance to each View, Is.", "eight for Is. butter").
 */
const INSIDE_BEFORE = /[a-z,]\s{1,2}$/;

/** The contexts that make a printed form a sum of money. */
type Test = (before: string, after: string) => boolean;
/**
 * Where a sum leaves no doubt: pence after, pounds before, a range or a price word after (not a
 * point after alone: "Bonds are 30e. higher" are centimes).
 */
const SHILLINGS_BY_NEIGHBOURS: Test = (before, after) =>
  PENCE_AFTER.test(after) ||
  RANGE_AFTER.test(after) ||
  POUNDS_BEFORE.test(before) ||
  AFTER_PRICE.test(after);
/** … or a point after a price word or inside a sentence ("Admittance, Is."). */
const SHILLINGS: Test = (before, after) =>
  SHILLINGS_BY_NEIGHBOURS(before, after) ||
  (after[0] === '.' && (PRICE_BEFORE.test(before) || INSIDE_BEFORE.test(before)));
/** Lower-case "is" is a verb far more often: only pence after it or pounds before it decide. */
const SHILLINGS_LOWER: Test = (before, after) =>
  PENCE_AFTER.test(after) || POUNDS_BEFORE.test(before);
const PENCE: Test = (before, after) =>
  SHILLINGS_BEFORE.test(before) || AFTER_PRICE.test(after) || PRICE_BEFORE.test(before);

/** What each printed form may stand for, the digits misread in it and as what, and when. */
const FORMS: ReadonlyMap<
  string,
  { meant: string; digits: string; letters: string; pence: boolean; test: Test }
> = new Map([
  ['Is', { meant: '1s', digits: '1', letters: 'I', pence: false, test: SHILLINGS }],
  ['is', { meant: '1s', digits: '1', letters: 'i', pence: false, test: SHILLINGS_LOWER }],
  ['ls', { meant: '1s', digits: '1', letters: 'l', pence: false, test: SHILLINGS }],
  ['Id', { meant: '1d', digits: '1', letters: 'I', pence: true, test: PENCE }],
  ['ld', { meant: '1d', digits: '1', letters: 'l', pence: true, test: PENCE }],
  ['Gd', { meant: '6d', digits: '6', letters: 'G', pence: true, test: PENCE }],
  ['Cd', { meant: '6d', digits: '6', letters: 'C', pence: true, test: PENCE }],
  ['fid', { meant: '6d', digits: '6', letters: 'fi', pence: true, test: PENCE }],
  ['lid', { meant: '11d', digits: '11', letters: 'li', pence: true, test: PENCE }],
]);

/** True when `seen` may be a misread sum (a cheap test before `moneyDraft`). */
export function mayBeMoney(seen: string): boolean {
  return FORMS.has(seen);
}

/**
 * The draft for a printed "Is", "Id", "Gd", "fid" … at `at` of `blockText` when it stands in a
 * sum of money, or null.
 */
export function moneyDraft(
  blockText: string,
  at: number,
  seen: string,
): Omit<FindingDraft, 'start' | 'end'> | null {
  const form = FORMS.get(seen);
  if (!form) return null;
  const before = blockText.slice(Math.max(0, at - 14), at);
  const after = blockText.slice(at + seen.length, at + seen.length + 16);
  if (!form.test(before, after)) return null;
  const unit = form.pence ? { zh: '便士', en: 'pence' } : { zh: '先令', en: 'shillings' };
  return {
    kind: 'misreading',
    replacement: form.meant,
    confidence: 'safe',
    message: {
      'zh-CN': `疑为误识：“${seen}”应为“${form.meant}”（${unit.zh}），数字“${form.digits}”认作“${form.letters}”；金额之中。`,
      en: `Misread sum: "${seen}" for "${form.meant}" (${unit.en}; the digits ${form.digits} read as ${form.letters}), in a sum of money.`,
    },
  };
}

/** Shillings whose s the engine read as an e or an a: "5e 6d", "3e per couple", "£8 8a". */
const SHILLINGS_AS_LETTER = /^(\d{1,2})([ea])$/;

/** True when `form` may be shillings whose s was read as a letter ("5e", "12a"). */
export function mayBeShillingsLetter(form: string): boolean {
  return SHILLINGS_AS_LETTER.test(form);
}

/**
 * The draft for the letter of a printed "5e" or "8a" at `at` of `blockText` (the digits and the
 * letter; the block starts at `blockStart` of the issue) when it stands in a sum of money as
 * shillings: the letter alone becomes an s.
 */
export function shillingsLetterDraft(
  blockText: string,
  blockStart: number,
  at: number,
  form: string,
): FindingDraft | null {
  const m = SHILLINGS_AS_LETTER.exec(form);
  if (!m) return null;
  const before = blockText.slice(Math.max(0, at - 14), at);
  const after = blockText.slice(at + form.length, at + form.length + 16);
  if (!SHILLINGS_BY_NEIGHBOURS(before, after)) return null;
  return safeDraft(blockStart + at + m[1]!.length, 1, 's', {
    'zh-CN': `疑为误识：“${form}”应为“${m[1]!}s”（先令），“s”认作“${m[2]!}”；金额之中。`,
    en: `Misread sum: "${form}" for "${m[1]!}s" (shillings; s read as ${m[2]!}), in a sum of money.`,
  });
}
