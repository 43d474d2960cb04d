/**
 * Article repeats: a story that ran again, found from the paragraph hits of a lookup.
 *
 * Three signs, strongest first:
 * 1. the article (headline to next headline) has the same hash as an archived article;
 * 2. at least ARTICLE_SHARE (and at least 2) of its paragraphs repeat one archived issue;
 * 3. at least MIN_RUN consecutive paragraphs repeat consecutive (in order) paragraphs of one
 *    archived issue — a re-run story whose headline the roles did not recognise, or that was
 *    run into another article.
 * Each repeat spans blocks `[firstBlock, lastBlock]` of the checked text; a paragraph is in at
 * most one repeat.
 */
import type { IssuePrints } from './prints';
import type { IssueRecord } from './record';

/** Share of an article's paragraphs that must repeat one archived issue for an article repeat. */
export const ARTICLE_SHARE = 0.8;
/** Consecutive repeated paragraphs of one archived issue that make a re-run story. */
export const MIN_RUN = 3;

/** One archived copy of a checked paragraph: record index, paragraph index, kind. */
export interface Hit {
  readonly record: number;
  readonly paragraph: number;
  readonly exact: boolean;
  readonly bands: number;
}

/** An article repeat before its source is spelled out. */
export interface ArticleFind {
  /** Blocks of the checked text (inclusive). */
  readonly firstBlock: number;
  readonly lastBlock: number;
  readonly record: number;
  /** Block index, in the archived text, of the first repeated block there. */
  readonly sourceBlock: number;
  readonly exact: boolean;
  /** Paragraphs of the checked text that repeat the archived issue. */
  readonly repeated: number;
}

/** What the article search needs from the index. */
export interface ArticleContext {
  readonly prints: IssuePrints;
  /** 1 for the checked paragraphs taking part (not boilerplate). */
  readonly active: Uint8Array;
  readonly hits: readonly (readonly Hit[])[];
  readonly records: readonly IssueRecord[];
  readonly selected: readonly number[];
  /** Orders records: negative when `a` should be the source rather than `b`. */
  readonly compareRecords: (a: number, b: number) => number;
}

/** Every article repeat in the checked prints. */
export function findArticleRepeats(ctx: ArticleContext): ArticleFind[] {
  const { prints } = ctx;
  const out: ArticleFind[] = [];
  const used = new Uint8Array(prints.blocks.length);
  const exact = exactArticles(ctx);
  let q = 0;
  for (let a = 0; a < prints.articles.exact.length; a++) {
    const members: number[] = [];
    while (q < prints.blocks.length && prints.blocks[q] <= prints.articles.last[a]) {
      if (prints.blocks[q] >= prints.articles.first[a] && ctx.active[q] === 1) members.push(q);
      q++;
    }
    const found = exact.get(a) ?? majority(ctx, members);
    if (!found || members.length === 0) continue;
    // The story runs to the article's end (short closing lines included), but stops before
    // marked boilerplate printed after its last paragraph (a weather box closing the page).
    let lastBlock = prints.articles.last[a];
    for (let k = members[members.length - 1] + 1; k < q; k++) {
      if (ctx.active[k] === 0) {
        lastBlock = prints.blocks[k] - 1;
        break;
      }
    }
    const span = { firstBlock: prints.articles.first[a], lastBlock };
    out.push({ ...span, ...found });
    for (const m of members) used[m] = 1;
  }
  for (const run of runs(ctx, used)) out.push(run);
  return out.sort((x, y) => x.firstBlock - y.firstBlock);
}

type Found = Omit<ArticleFind, 'firstBlock' | 'lastBlock'>;

function exactArticles(ctx: ArticleContext): Map<number, Found> {
  const { articles } = ctx.prints;
  const byHash = new Map<number, number>();
  for (let a = 0; a < articles.exact.length; a++) {
    if (articles.paragraphs[a] >= 2) byHash.set(articles.exact[a], a);
  }
  const found = new Map<number, Found>();
  if (byHash.size === 0) return found;
  for (const r of ctx.selected) {
    const archived = ctx.records[r].prints.articles;
    for (let k = 0; k < archived.exact.length; k++) {
      const a = byHash.get(archived.exact[k]);
      if (a === undefined || archived.paragraphs[k] !== articles.paragraphs[a]) continue;
      const have = found.get(a);
      if (have && ctx.compareRecords(have.record, r) <= 0) continue;
      found.set(a, {
        record: r,
        sourceBlock: archived.first[k],
        exact: true,
        repeated: articles.paragraphs[a],
      });
    }
  }
  return found;
}

function majority(ctx: ArticleContext, members: readonly number[]): Found | null {
  if (members.length < 2) return null;
  const perRecord = new Map<number, { count: number; block: number }>();
  for (const m of members) {
    const seen = new Set<number>();
    for (const hit of ctx.hits[m]) {
      if (seen.has(hit.record)) continue;
      seen.add(hit.record);
      const block = ctx.records[hit.record].prints.blocks[hit.paragraph];
      const entry = perRecord.get(hit.record);
      if (entry) {
        entry.count++;
        entry.block = Math.min(entry.block, block);
      } else perRecord.set(hit.record, { count: 1, block });
    }
  }
  let best: { record: number; count: number; block: number } | null = null;
  for (const [record, { count, block }] of perRecord) {
    if (
      !best ||
      count > best.count ||
      (count === best.count && ctx.compareRecords(record, best.record) < 0)
    ) {
      best = { record, count, block };
    }
  }
  if (!best || best.count < 2 || best.count < Math.ceil(ARTICLE_SHARE * members.length)) {
    return null;
  }
  return { record: best.record, sourceBlock: best.block, exact: false, repeated: best.count };
}

/** Runs of MIN_RUN or more consecutive paragraphs (not `used`) repeating one archived issue. */
function runs(ctx: ArticleContext, used: Uint8Array): ArticleFind[] {
  const { prints, hits } = ctx;
  const out: ArticleFind[] = [];
  /** Record → source paragraph of the run's latest member, for the records still in the run. */
  let live = new Map<number, { last: number; first: number }>();
  let start = -1;
  const close = (end: number): void => {
    const length = end - start;
    if (start >= 0 && length >= MIN_RUN && live.size > 0) {
      const record = [...live.keys()].sort(ctx.compareRecords)[0];
      const first = live.get(record)?.first ?? 0;
      out.push({
        firstBlock: prints.blocks[start],
        lastBlock: prints.blocks[end - 1],
        record,
        sourceBlock: ctx.records[record].prints.blocks[first],
        exact: false,
        repeated: length,
      });
    }
    live = new Map();
    start = -1;
  };
  for (let q = 0; q < prints.blocks.length; q++) {
    if (used[q] === 1 || ctx.active[q] === 0 || hits[q].length === 0) {
      close(q);
      continue;
    }
    const next = new Map<number, { last: number; first: number }>();
    for (const hit of hits[q]) {
      const run = live.get(hit.record);
      if (start >= 0 && run && hit.paragraph > run.last) {
        next.set(hit.record, { last: hit.paragraph, first: run.first });
      }
    }
    if (start >= 0 && next.size > 0) {
      live = next;
      continue;
    }
    close(q);
    start = q;
    for (const hit of hits[q]) {
      if (!live.has(hit.record))
        live.set(hit.record, { last: hit.paragraph, first: hit.paragraph });
    }
  }
  close(prints.blocks.length);
  return out;
}
