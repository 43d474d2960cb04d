/**
 * Titles and ranks before names, as the engine misreads them in the lists of a newspaper
 * ("Pie. J. Barnwell" among twenty "Pte." of a casualty list, "Corpi. Clark", "Hr J. Walton",
 * "Rer. Smith"). A capitalized form one letter from a title, standing where a title stands
 * (opening a list entry, before a name), is that title when the issue itself uses the title
 * before names at least {@link MIN_TITLE_USES} times and the form far less: the issue's own
 * lists are the evidence, as in PoCoTo's error series. A word of its own ("Cape", "Pie") is read
 * so only before an initial ("Pie. J."), never before a word ("Cape Town").
 */
import type { FindingDraft } from '../../finding';
import type { EnglishFrequencies } from '../../lexicon/english-frequency';
import { safeDraft } from './safe-draft';

/** Titles and ranks printed before names. */
const TITLES = [
  'mr',
  'mrs',
  'messrs',
  'dr',
  'rev',
  'pte',
  'sergt',
  'sgt',
  'corpl',
  'cpl',
  'capt',
  'lieut',
  'col',
  'gnr',
  'spr',
  'dvr',
  'tpr',
];
/** Abbreviations of their own one letter from a title: never read as one ("Mt. Kembla"). */
const OTHER_ABBREVIATIONS = new Set([
  'mt',
  'st',
  'ms',
  'lt',
  'ft',
  'pt',
  'jr',
  'sr',
  'co',
  'no',
  'cal',
  'gen',
  'cpt',
]);
/** A printed form used this often (per 51 million: "cape" 42, "pie" 1,466) is a word. */
const WORD_COUNT = 20;
/** A title must stand before names this many times in the issue … */
const MIN_TITLE_USES = 3;
/** … and this many times more often than the printed form does. */
const TITLE_LEAD = 3;

/** A title (or anything capitalized) before a name or an initial: "Pte. J.", "Mr Smith". */
const BEFORE_NAME = /\b([A-Z][a-z]{1,5})\.?,? {1,2}(?=[A-Z])/g;
/** What follows a title: its point, then a name or an initial. */
const NAME_AFTER = /^\.?,? {1,2}[A-Z]/;
const INITIAL_AFTER = /^\.?,? {1,2}[A-Z](?:\.|,| [A-Z])/;
/** A title's point, then a name: "Pie. Dowell". */
const POINT_AFTER = /^\. {1,2}[A-Z][a-z]/;
/** What precedes a list entry: the block's start, a number, a comma or a stop, "and". */
const ENTRY_BEFORE = /(?:^|[\d,.;:] {1,2}|\band {1,2})$/;

/** How often each capitalized form stands before a name in the text, lower case. */
export function countBeforeNames(text: string): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  BEFORE_NAME.lastIndex = 0;
  for (let m = BEFORE_NAME.exec(text); m; m = BEFORE_NAME.exec(text)) {
    const form = m[1]!.toLowerCase();
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return counts;
}

/**
 * How many letters `seen` (capitalized, the same length as `title`) differs from `title` (lower
 * case) in, counting at most 2. Read by char code: it is asked of every capitalized word.
 */
function lettersApart(title: string, seen: string): number {
  let differ = 0;
  for (let i = 0; i < title.length && differ < 2; i++) {
    const code = seen.charCodeAt(i);
    if ((i === 0 ? code | 32 : code) !== title.charCodeAt(i)) differ++;
  }
  return differ;
}

/** The titles by length. */
const TITLES_BY_LENGTH: readonly (readonly string[])[] = Array.from({ length: 7 }, (_, n) =>
  TITLES.filter((t) => t.length === n),
);

/**
 * True when `seen` may be a misread title (a cheap test before `titleDraft`): a capitalized
 * form of two to six letters one letter from a title, and no title itself. Read by char code:
 * it is asked of every capitalized word.
 */
export function mayBeTitle(seen: string): boolean {
  const n = seen.length;
  if (n < 2 || n > 6) return false;
  const first = seen.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  for (let i = 1; i < n; i++) {
    const c = seen.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  let near = false;
  for (const title of TITLES_BY_LENGTH[n]!) {
    const differ = lettersApart(title, seen);
    if (differ === 0) return false;
    if (differ === 1) near = true;
  }
  return near && !OTHER_ABBREVIATIONS.has(seen.toLowerCase());
}

/**
 * The draft for `seen` at `at` of `blockText` read as the title it misprints, or null. `uses`
 * is `countBeforeNames` of the whole issue.
 */
export function titleDraft(
  blockText: string,
  at: number,
  seen: string,
  uses: ReadonlyMap<string, number>,
  frequencies: EnglishFrequencies,
): Omit<FindingDraft, 'start' | 'end'> | null {
  const after = blockText.slice(at + seen.length, at + seen.length + 8);
  const before = blockText.slice(Math.max(0, at - 6), at);
  if (!NAME_AFTER.test(after) || !ENTRY_BEFORE.test(before)) return null;
  const lower = seen.toLowerCase();
  // A word of its own ("Pie", "Cape") is a title only before an initial or with a title's point
  // before a name: "Pie. J.", "Pie. Dowell", not "Cape Town".
  if (
    frequencies.count(lower) >= WORD_COUNT &&
    !INITIAL_AFTER.test(after) &&
    !POINT_AFTER.test(after)
  ) {
    return null;
  }
  const own = uses.get(lower) ?? 0;
  let best: string | null = null;
  let bestUses = 0;
  let secondUses = 0;
  for (const title of TITLES_BY_LENGTH[seen.length] ?? []) {
    if (lettersApart(title, seen) !== 1) continue;
    const n = uses.get(title) ?? 0;
    if (n > bestUses) {
      secondUses = bestUses;
      best = title;
      bestUses = n;
    } else secondUses = Math.max(secondUses, n);
  }
  if (!best || bestUses < MIN_TITLE_USES || bestUses < TITLE_LEAD * Math.max(own, secondUses, 1)) {
    return null;
  }
  const meant = best[0]!.toUpperCase() + best.slice(1);
  return {
    kind: 'misreading',
    replacement: meant,
    confidence: 'safe',
    message: {
      'zh-CN': `疑为误识：“${seen}”应为称谓“${meant}”；其后是人名，本期在人名前用“${meant}”${bestUses} 次。`,
      en: `Misread title: "${seen}" for "${meant}"; a name follows, and this issue puts "${meant}" before names ${bestUses} times.`,
    },
  };
}

/**
 * "Mr, Harris", "By Mrs, LOUDON", "Messrs, Chudley": the point after a title before a name read
 * as a comma (a title is never followed by one; "George St, Sydney" is a street, not read).
 */
const TITLE_COMMA = /\b(Mr|Mrs|Messrs|Dr|Rev),(?= [A-Z][A-Za-z])/g;

/** The titles of `block` (a Latin block of the issue) whose point was read as a comma. */
export function titlePointDrafts(block: {
  readonly text: string;
  readonly start: number;
}): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  if (!block.text.includes(', ')) return drafts;
  TITLE_COMMA.lastIndex = 0;
  for (let m = TITLE_COMMA.exec(block.text); m; m = TITLE_COMMA.exec(block.text)) {
    const title = m[1]!;
    drafts.push(
      safeDraft(block.start + m.index, m[0].length, `${title}.`, {
        'zh-CN': `疑为误识：“${title},”应为“${title}.”，称谓后的句点认作逗号；其后是人名。`,
        en: `Misread mark: "${title}," for "${title}.", the point of a title read as a comma before a name.`,
      }),
    );
  }
  return drafts;
}
