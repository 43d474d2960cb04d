/**
 * Does a dictionary word span a cut? ICU's Chinese word segmenter (Intl.Segmenter) reads a
 * few characters on each side of the cut as one string and tells whether one word straddles
 * it: "资助政|策全部" gives "政策", so the cut fell inside a word.
 *
 * Only small windows are segmented (never a whole block), so the cost per cut is constant.
 */
import { isCjkChar } from '../document/script';
import { lastChar } from './marks';

/** Code units taken on each side of the cut. */
const WINDOW = 6;

let segmenter: Intl.Segmenter | null = null;

/** One shared segmenter: building one costs far more than segmenting a dozen characters. */
function zhWords(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/** The last `n` code units of `text`, moved so that no surrogate pair is split. */
function tail(text: string, n: number): string {
  let from = Math.max(0, text.length - n);
  const code = text.charCodeAt(from);
  if (from > 0 && code >= 0xdc00 && code <= 0xdfff) from++;
  return text.slice(from);
}

/** The first `n` code units of `text`, moved so that no surrogate pair is split. */
function head(text: string, n: number): string {
  let to = Math.min(text.length, n);
  const code = text.charCodeAt(to - 1);
  if (to < text.length && code >= 0xd800 && code <= 0xdbff) to--;
  return text.slice(0, to);
}

/**
 * True when a word of the segmenter's dictionary spans the cut between `before` and `after`
 * (both already stripped of the white space at the cut). Only CJK on both sides of the cut
 * counts: Latin words are not split by a column break without a hyphen.
 */
export function wordSpansCut(before: string, after: string): boolean {
  if (before.length === 0 || after.length === 0) return false;
  const left = tail(before, WINDOW);
  const right = head(after, WINDOW);
  const lastCode = lastChar(left).codePointAt(0) ?? 0;
  if (!isCjkChar(lastCode) || !isCjkChar(right.codePointAt(0) ?? 0)) return false;
  // The window's two halves decide; U+0000 (never in a window a cut is judged on) parts them.
  const key = `${left}\u0000${right}`;
  let spans = judgedCuts.get(key);
  if (spans === undefined) {
    spans = segmentsAcross(left, right);
    if (judgedCuts.size >= JUDGED_CUTS_MAX) judgedCuts.clear();
    judgedCuts.set(key, spans);
  }
  return spans;
}

/**
 * Windows already judged, and their answer. The segmenter costs microseconds a call, and the
 * same junctions are judged twice in every analysis (the role of a block, then
 * `broken-paragraph`); cleared when full, so it never holds more than a few megabytes.
 */
const judgedCuts = new Map<string, boolean>();
const JUDGED_CUTS_MAX = 20_000;

function segmentsAcross(left: string, right: string): boolean {
  const cut = left.length;
  // Segments do not overlap, so the only one that starts before the cut and ends after it is
  // the one holding the cut's last character: asked for directly, not walked to.
  const s = zhWords()
    .segment(left + right)
    .containing(cut - 1);
  const crossing = s !== undefined && s.isWordLike === true && s.index + s.segment.length > cut;
  // "调研|习近平" segments as "调|研习|近平" by accident: a real cut leaves a stray single
  // character on at least one side ("资助政|策全部" → "…|政" and "策|…").
  return crossing && (lastSegment(left).length === 1 || firstSegment(right).length === 1);
}

/** The last segment of `text` ('' for the empty text). */
export function lastSegment(text: string): string {
  return text.length === 0
    ? ''
    : (zhWords()
        .segment(text)
        .containing(text.length - 1)?.segment ?? '');
}

/** The first segment of `text` ('' for the empty text). */
export function firstSegment(text: string): string {
  return text.length === 0 ? '' : (zhWords().segment(text).containing(0)?.segment ?? '');
}

/**
 * Particles and suffixes that cannot open a paragraph when they stand as a word of their own.
 * 着, 地, 之 are left out: ICU's dictionary lacks 着力, 地处 and 之江, which do open paragraphs.
 */
const BOUND = new Set(['的', '了', '得', '们', '吗', '呢', '吧', '么', '者']);

/**
 * True when `text` opens with a particle or suffix standing alone ("的发展…", "了一系列…"):
 * such a block is the tail of a sentence cut before it. Words that merely begin with one of
 * those characters ("了解", "地方", "的确") do not count.
 */
export function startsWithBoundWord(text: string): boolean {
  if (!BOUND.has(text.slice(0, 1))) return false;
  return firstSegment(head(text, WINDOW)).length === 1;
}

/** Function words that cannot end a sentence or a headline when they stand as a word. */
const DANGLING = new Set([
  ...'的在把对从向被与和及或给让使比跟同以于由自据按将就都也还又再才很最更不没未这那其该每各是为并而且'.split(
    '',
  ),
]);

/**
 * True when `text` ends with a function word standing alone ("…党的", "…今天是", "…推动与"):
 * its sentence runs on into the next block. Words that merely end with one of those characters
 * ("现在", "存在", "因为") do not count.
 */
export function endsWithDanglingWord(text: string): boolean {
  if (!DANGLING.has(lastChar(text))) return false;
  return lastSegment(tail(text, WINDOW)).length === 1;
}
