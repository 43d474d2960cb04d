/**
 * The archive in memory: the prints of every saved issue of a workspace, and the lookup that
 * finds where an issue's paragraphs and articles already appeared.
 *
 * A lookup is a hash join on LSH band keys: the few thousand band keys of the issue being
 * checked go into a small typed hash table, then the archive's band keys are streamed past it
 * (flat Int32Arrays, one record per issue). Nothing per archive entry is built or sorted when
 * the archive is loaded, and a check costs O(archive paragraphs × bands) table probes — tens of
 * milliseconds for 10,000 issues — plus O(hits).
 *
 * - exact repeat: equal 32-bit key hash and equal key length; also a paragraph equal to two
 *   adjoining archived paragraphs joined (a column break mended in one copy only);
 * - near repeat: at least {@link NEAR_MIN_BANDS} of {@link ARCHIVE_BANDS} bands equal (about
 *   Jaccard ≥ 0.75 on character shingles: a few OCR substitutions or light edits) and lengths
 *   within 20 %;
 * - article repeat: see `articles.ts` (the article's hash, most of its paragraphs, or a run of
 *   consecutive paragraphs repeating one archived issue);
 * - boilerplate: a paragraph equal or near to a marked one is skipped entirely.
 */
import { IntTable } from '../similarity/bucket-table';
import { findArticleRepeats, type Hit } from './articles';
import { ARCHIVE_BANDS, joinedKeyHash, type IssuePrints, type ParagraphPrint } from './prints';
import type { IssueRecord } from './record';

/** Equal bands (of ARCHIVE_BANDS) from which two paragraphs count as a near repeat. */
export const NEAR_MIN_BANDS = 4;
/** At most this many archived copies are kept per paragraph (a paragraph in every issue
 * cannot make a check quadratic). */
const MAX_HITS_PER_PARAGRAPH = 16;

/** A paragraph marked as legitimately repeating (masthead, weather box, standing column). */
export type BoilerplateMark = ParagraphPrint;

/** Where an archived copy is: issue, version, date and block index in that version's text. */
export interface ArchiveSource {
  readonly issueId: string;
  readonly versionId: string;
  /** YYYY-MM-DD, or '' when the issue has no date. */
  readonly date: string;
  /** Block index (0-based) in the document of that version's text. */
  readonly block: number;
  /** The issue's publication and title as the workspace names them now (for messages). */
  readonly publication?: string;
  readonly title?: string;
}

/** Paragraph `paragraph` (an index into the checked prints) already appeared at `source`. */
export interface ParagraphRepeat {
  readonly paragraph: number;
  readonly source: ArchiveSource;
  readonly exact: boolean;
  /** Equal bands out of ARCHIVE_BANDS (ARCHIVE_BANDS for an exact repeat). */
  readonly bands: number;
}

/** Blocks `[firstBlock, lastBlock]` of the checked text (a story) already ran at `source`. */
export interface ArticleRepeat {
  readonly firstBlock: number;
  readonly lastBlock: number;
  /** `source.block` is the first repeated block of the archived story. */
  readonly source: ArchiveSource;
  /** True when every paragraph matches exactly (equal article hash). */
  readonly exact: boolean;
  /** How many of the story's paragraphs repeat that issue. */
  readonly repeated: number;
}

export interface ArchiveMatches {
  /** The best archived copy of each repeated paragraph, by paragraph. */
  readonly paragraphs: readonly ParagraphRepeat[];
  readonly articles: readonly ArticleRepeat[];
  /** Paragraphs skipped as marked boilerplate. */
  readonly boilerplate: readonly number[];
}

/** What the `archive-repeat` detector needs: `AnalyseOptions.archive`. */
export interface ArchiveLookup {
  /** Repeats of `prints` in the archived issues this lookup covers. */
  match(prints: IssuePrints): ArchiveMatches;
}

/** Which archived issues a lookup covers. */
export interface LookupOptions {
  /** Leave this issue out (the issue being checked). */
  readonly excludeIssueId?: string;
  /** Only issues for which this returns true (e.g. not in the trash). */
  readonly include?: (issueId: string) => boolean;
}

export class ArchiveIndex {
  readonly records: readonly IssueRecord[];
  readonly boilerplate: readonly BoilerplateMark[];

  constructor(records: readonly IssueRecord[], boilerplate: readonly BoilerplateMark[] = []) {
    this.records = records;
    this.boilerplate = boilerplate;
  }

  /** Number of indexed paragraphs over all records. */
  get paragraphCount(): number {
    return this.records.reduce((sum, r) => sum + r.prints.blocks.length, 0);
  }

  /** A lookup over the records `options` select. */
  lookup(options: LookupOptions = {}): ArchiveLookup {
    const selected: number[] = [];
    this.records.forEach((record, i) => {
      if (record.issueId === options.excludeIssueId) return;
      if (options.include && !options.include(record.issueId)) return;
      selected.push(i);
    });
    return { match: (prints) => this.match(prints, selected) };
  }

  /** True when the paragraph print equals or nearly equals a boilerplate mark. */
  isBoilerplate(print: ParagraphPrint): boolean {
    return this.boilerplate.some((mark) => {
      if (mark.exact === print.exact && mark.length === print.length) return true;
      return (
        equalBands(mark.bands, 0, print.bands, 0) >= NEAR_MIN_BANDS &&
        similarLength(mark.length, print.length)
      );
    });
  }

  private match(prints: IssuePrints, selected: readonly number[]): ArchiveMatches {
    const count = prints.blocks.length;
    const skipped: number[] = [];
    const active = new Uint8Array(count);
    for (let q = 0; q < count; q++) {
      const print = {
        exact: prints.exact[q],
        length: prints.lengths[q],
        bands: prints.bands.subarray(q * ARCHIVE_BANDS, (q + 1) * ARCHIVE_BANDS),
      };
      if (this.isBoilerplate(print)) skipped.push(q);
      else active[q] = 1;
    }
    const hits = this.scan(prints, active, selected);
    const paragraphs: ParagraphRepeat[] = [];
    hits.forEach((list, q) => {
      if (list.length === 0) return;
      const best = [...list].sort((a, b) => this.compareHits(a, b))[0];
      paragraphs.push({
        paragraph: q,
        source: this.source(best.record, best.paragraph),
        exact: best.exact,
        bands: best.bands,
      });
    });
    const articles = findArticleRepeats({
      prints,
      active,
      hits,
      records: this.records,
      selected,
      compareRecords: (a, b) => this.compareRecords(a, b),
    }).map((found): ArticleRepeat => ({
      firstBlock: found.firstBlock,
      lastBlock: found.lastBlock,
      source: { ...this.source(found.record, 0), block: found.sourceBlock },
      exact: found.exact,
      repeated: found.repeated,
    }));
    return { paragraphs, articles, boilerplate: skipped };
  }

  /** Every archived copy (at most MAX_HITS_PER_PARAGRAPH) of each active paragraph. */
  private scan(prints: IssuePrints, active: Uint8Array, selected: readonly number[]): Hit[][] {
    const count = prints.blocks.length;
    const hits: Hit[][] = Array.from({ length: count }, () => []);
    // Band key → chain of (paragraph, band) entries; exact hash → chain of paragraphs.
    const bandTable = new IntTable(count * ARCHIVE_BANDS);
    const entryQuery = new Int32Array(count * ARCHIVE_BANDS);
    const entryBand = new Int32Array(count * ARCHIVE_BANDS);
    const entryNext = new Int32Array(count * ARCHIVE_BANDS);
    const exactTable = new IntTable(count);
    const exactNext = new Int32Array(count);
    let entries = 0;
    for (let q = 0; q < count; q++) {
      if (active[q] === 0) continue;
      exactNext[q] = exactTable.get(prints.exact[q]);
      exactTable.set(prints.exact[q], q);
      for (let b = 0; b < ARCHIVE_BANDS; b++) {
        const key = prints.bands[q * ARCHIVE_BANDS + b];
        entryQuery[entries] = q;
        entryBand[entries] = b;
        entryNext[entries] = bandTable.get(key);
        bandTable.set(key, entries++);
      }
    }
    if (entries === 0) return hits;
    const counts = new Int32Array(count);
    const touched: number[] = [];
    const exactFound = new Uint8Array(count);
    const exactList: number[] = [];
    for (const r of selected) {
      const archived = this.records[r].prints;
      const { exact, lengths, bands } = archived;
      for (let p = 0; p < exact.length; p++) {
        for (let q = exactTable.get(exact[p]); q >= 0; q = exactNext[q]) {
          if (lengths[p] !== prints.lengths[q] || hits[q].length >= MAX_HITS_PER_PARAGRAPH)
            continue;
          hits[q].push({ record: r, paragraph: p, exact: true, bands: ARCHIVE_BANDS });
          exactFound[q] = 1;
          exactList.push(q);
        }
        // The paragraph and the next one of the archived issue, joined: the checked copy may
        // have had the column break between them mended.
        if (p + 1 < exact.length && archived.blocks[p + 1] === archived.blocks[p] + 1) {
          const joined = joinedKeyHash(exact[p], exact[p + 1], lengths[p + 1]);
          const length = lengths[p] + lengths[p + 1];
          for (let q = exactTable.get(joined); q >= 0; q = exactNext[q]) {
            if (length !== prints.lengths[q] || hits[q].length >= MAX_HITS_PER_PARAGRAPH) continue;
            if (exactFound[q] === 1) continue;
            hits[q].push({ record: r, paragraph: p, exact: true, bands: ARCHIVE_BANDS });
            exactFound[q] = 1;
            exactList.push(q);
          }
        }
        const base = p * ARCHIVE_BANDS;
        for (let b = 0; b < ARCHIVE_BANDS; b++) {
          for (let e = bandTable.get(bands[base + b]); e >= 0; e = entryNext[e]) {
            if (entryBand[e] !== b) continue;
            const q = entryQuery[e];
            if (counts[q]++ === 0) touched.push(q);
          }
        }
        for (const q of touched) {
          const equal = counts[q];
          counts[q] = 0;
          if (exactFound[q] === 1) continue;
          if (equal < NEAR_MIN_BANDS || !similarLength(lengths[p], prints.lengths[q])) continue;
          if (hits[q].length < MAX_HITS_PER_PARAGRAPH) {
            hits[q].push({ record: r, paragraph: p, exact: false, bands: equal });
          }
        }
        touched.length = 0;
        for (const q of exactList) exactFound[q] = 0;
        exactList.length = 0;
      }
    }
    return hits;
  }

  private source(record: number, paragraph: number): ArchiveSource {
    const r = this.records[record];
    return {
      issueId: r.issueId,
      versionId: r.versionId,
      date: r.date,
      block: r.prints.blocks[paragraph],
    };
  }

  /** Exact before near, more equal bands first, then the earlier issue. */
  private compareHits(a: Hit, b: Hit): number {
    return (
      Number(b.exact) - Number(a.exact) ||
      b.bands - a.bands ||
      this.compareRecords(a.record, b.record) ||
      a.paragraph - b.paragraph
    );
  }

  /** Earlier date first (undated last), then the order of the records. */
  private compareRecords(a: number, b: number): number {
    const da = this.records[a].date || '\uffff';
    const db = this.records[b].date || '\uffff';
    return da < db ? -1 : da > db ? 1 : a - b;
  }
}

function equalBands(a: Int32Array, aFrom: number, b: Int32Array, bFrom: number): number {
  let equal = 0;
  for (let i = 0; i < ARCHIVE_BANDS; i++) if (a[aFrom + i] === b[bFrom + i]) equal++;
  return equal;
}

function similarLength(a: number, b: number): boolean {
  return 5 * Math.min(a, b) >= 4 * Math.max(a, b);
}
