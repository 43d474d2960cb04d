/**
 * Pairing inside a gap: the run of old paragraphs and the run of new paragraphs between two
 * paragraphs that matched exactly. Paragraphs that share most of their text become one
 * `changed` group, which may join several old paragraphs into one new one (a broken paragraph
 * mended) or split one; the rest are removed or added.
 *
 * First choice: a bounded character diff of the whole gap, whose kept characters link old
 * paragraphs to new ones. When the gap is too large or unrelated for that, paragraphs are
 * paired one to one by a cheap bigram similarity, in order; beyond that, nothing is paired.
 */
import { diffTokens, type DiffBudget, type Segment } from './bounded-diff';
import { charTokens } from './tokens';

/** A paragraph of one side: its block index and its offsets in that side's text. */
export interface GapBlock {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** What became of a gap, in document order. Indexes are block indexes. */
export type GapItem =
  | {
      readonly kind: 'group';
      readonly oldFirst: number;
      readonly oldLast: number;
      readonly newFirst: number;
      readonly newLast: number;
      /** The character diff of the group, when the gap diff already computed exactly it. */
      readonly segments?: Segment[];
    }
  | { readonly kind: 'removed'; readonly old: number }
  | { readonly kind: 'added'; readonly new: number };

/** Gaps with more characters than this skip the character diff. */
const GAP_DIFF_CHARS = 200_000;
/** Edits allowed to the character diff of a gap. */
const GAP_DIFF_CAP = 2000;
/** Largest old × new paragraph count paired by similarity. */
const PAIRING_CELLS = 4096;
/** Most bigram comparisons spent on pairing one gap by similarity. */
const PAIRING_WORK = 2e7;
/** Dice similarity from which two paragraphs are the same paragraph changed. */
const SIMILAR = 0.5;

export function pairGap(
  oldText: string,
  newText: string,
  olds: readonly GapBlock[],
  news: readonly GapBlock[],
  budget: DiffBudget,
): GapItem[] {
  if (olds.length === 0) return news.map((b) => ({ kind: 'added', new: b.index }));
  if (news.length === 0) return olds.map((b) => ({ kind: 'removed', old: b.index }));
  const oldGap = oldText.slice(olds[0].start, olds[olds.length - 1].end);
  const newGap = newText.slice(news[0].start, news[news.length - 1].end);
  if (oldGap.length + newGap.length <= GAP_DIFF_CHARS) {
    const segments = diffTokens(charTokens(oldGap), charTokens(newGap), budget, GAP_DIFF_CAP);
    if (segments) return groupsFromDiff(segments, olds, news);
  }
  return pairBySimilarity(oldText, newText, olds, news);
}

interface Link {
  o: number; // position in olds
  n: number; // position in news
  shared: number; // characters kept between the two
}

/** Groups linked paragraphs, using the characters a gap diff kept between them. */
function groupsFromDiff(
  segments: readonly Segment[],
  olds: readonly GapBlock[],
  news: readonly GapBlock[],
): GapItem[] {
  const links = keptLinks(segments, olds, news);
  const strong = links.filter((l) => {
    const lo = olds[l.o].end - olds[l.o].start;
    const ln = news[l.n].end - news[l.n].start;
    // Either most of both, or (joins and splits) nearly all of the smaller one.
    return (
      2 * l.shared >= SIMILAR * (lo + ln) || (l.shared >= 8 && l.shared >= 0.8 * Math.min(lo, ln))
    );
  });
  const groups: { o0: number; o1: number; n0: number; n1: number }[] = [];
  for (const l of strong) {
    const g = groups[groups.length - 1];
    if (g && (l.o === g.o1 || l.n === g.n1)) {
      g.o1 = l.o;
      g.n1 = l.n;
    } else groups.push({ o0: l.o, o1: l.o, n0: l.n, n1: l.n });
  }
  const whole =
    groups.length === 1 &&
    groups[0].o0 === 0 &&
    groups[0].n0 === 0 &&
    groups[0].o1 === olds.length - 1 &&
    groups[0].n1 === news.length - 1;
  const out: GapItem[] = [];
  let o = 0;
  let n = 0;
  for (const g of groups) {
    for (; o < g.o0; o++) out.push({ kind: 'removed', old: olds[o].index });
    for (; n < g.n0; n++) out.push({ kind: 'added', new: news[n].index });
    out.push({
      kind: 'group',
      oldFirst: olds[g.o0].index,
      oldLast: olds[g.o1].index,
      newFirst: news[g.n0].index,
      newLast: news[g.n1].index,
      ...(whole ? { segments: [...segments] } : {}),
    });
    o = g.o1 + 1;
    n = g.n1 + 1;
  }
  for (; o < olds.length; o++) out.push({ kind: 'removed', old: olds[o].index });
  for (; n < news.length; n++) out.push({ kind: 'added', new: news[n].index });
  return out;
}

/**
 * For each (old paragraph, new paragraph) pair, the number of kept characters of the diff that
 * lie inside both. Links come out in increasing order of both positions.
 */
function keptLinks(
  segments: readonly Segment[],
  olds: readonly GapBlock[],
  news: readonly GapBlock[],
): Link[] {
  const links: Link[] = [];
  const oBase = olds[0].start;
  const nBase = news[0].start;
  let op = oBase;
  let np = nBase;
  let oi = 0;
  let ni = 0;
  for (const s of segments) {
    if (s.op === 'delete') {
      op += s.text.length;
      continue;
    }
    if (s.op === 'insert') {
      np += s.text.length;
      continue;
    }
    let left = s.text.length;
    while (left > 0) {
      while (oi < olds.length && olds[oi].end <= op) oi++;
      while (ni < news.length && news[ni].end <= np) ni++;
      // Distance to the next boundary (block start or end) on each side.
      const oEdge =
        oi < olds.length ? (op < olds[oi].start ? olds[oi].start : olds[oi].end) : Infinity;
      const nEdge =
        ni < news.length ? (np < news[ni].start ? news[ni].start : news[ni].end) : Infinity;
      const step = Math.min(left, oEdge - op, nEdge - np);
      const inOld = oi < olds.length && op >= olds[oi].start;
      const inNew = ni < news.length && np >= news[ni].start;
      if (inOld && inNew) {
        const last = links[links.length - 1];
        if (last && last.o === oi && last.n === ni) last.shared += step;
        else links.push({ o: oi, n: ni, shared: step });
      }
      op += step;
      np += step;
      left -= step;
    }
  }
  return links;
}

/** One-to-one pairing in order by bigram similarity, for gaps too large for a diff. */
function pairBySimilarity(
  oldText: string,
  newText: string,
  olds: readonly GapBlock[],
  news: readonly GapBlock[],
): GapItem[] {
  const m = olds.length;
  const n = news.length;
  const paired: [number, number][] = [];
  if (m * n <= PAIRING_CELLS) {
    const oldGrams = olds.map((b) => bigrams(oldText.slice(b.start, b.end)));
    const newGrams = news.map((b) => bigrams(newText.slice(b.start, b.end)));
    // Each cell costs the smaller bigram table; bound the whole gap.
    const oldWork = oldGrams.reduce((w, g) => w + g.counts.size, 0) * n;
    const newWork = newGrams.reduce((w, g) => w + g.counts.size, 0) * m;
    if (Math.min(oldWork, newWork) > PAIRING_WORK) return unpaired(olds, news);
    // score[i][j]: best total similarity aligning olds[i..] with news[j..].
    const score = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
    const sim = Array.from({ length: m }, () => new Float64Array(n));
    for (let i = 0; i < m; i++)
      for (let j = 0; j < n; j++) sim[i][j] = dice(oldGrams[i], newGrams[j]);
    for (let i = m - 1; i >= 0; i--) {
      for (let j = n - 1; j >= 0; j--) {
        const take = sim[i][j] >= SIMILAR ? sim[i][j] + score[i + 1][j + 1] : -1;
        score[i][j] = Math.max(take, score[i + 1][j], score[i][j + 1]);
      }
    }
    for (let i = 0, j = 0; i < m && j < n;) {
      if (sim[i][j] >= SIMILAR && score[i][j] === sim[i][j] + score[i + 1][j + 1]) {
        paired.push([i++, j++]);
      } else if (score[i][j] === score[i + 1][j]) i++;
      else j++;
    }
  }
  const out: GapItem[] = [];
  let o = 0;
  let nn = 0;
  for (const [i, j] of paired) {
    for (; o < i; o++) out.push({ kind: 'removed', old: olds[o].index });
    for (; nn < j; nn++) out.push({ kind: 'added', new: news[nn].index });
    out.push({
      kind: 'group',
      oldFirst: olds[i].index,
      oldLast: olds[i].index,
      newFirst: news[j].index,
      newLast: news[j].index,
    });
    o = i + 1;
    nn = j + 1;
  }
  for (; o < m; o++) out.push({ kind: 'removed', old: olds[o].index });
  for (; nn < n; nn++) out.push({ kind: 'added', new: news[nn].index });
  return out;
}

interface Bigrams {
  /** Count of each adjacent UTF-16 unit pair, keyed by the pair's 32-bit code. */
  readonly counts: Map<number, number>;
  /** Number of pairs (the sum of the counts). */
  readonly total: number;
}

function bigrams(text: string): Bigrams {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const key = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { counts, total: Math.max(0, text.length - 1) };
}

/** Dice coefficient of two bigram multisets, in [0, 1]; costs the smaller table. */
function dice(a: Bigrams, b: Bigrams): number {
  if (a.total + b.total === 0) return 0;
  const [small, large] =
    a.counts.size <= b.counts.size ? [a.counts, b.counts] : [b.counts, a.counts];
  let shared = 0;
  for (const [k, v] of small) shared += Math.min(v, large.get(k) ?? 0);
  return (2 * shared) / (a.total + b.total);
}

function unpaired(olds: readonly GapBlock[], news: readonly GapBlock[]): GapItem[] {
  return [
    ...olds.map((b): GapItem => ({ kind: 'removed', old: b.index })),
    ...news.map((b): GapItem => ({ kind: 'added', new: b.index })),
  ];
}
