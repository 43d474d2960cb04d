/**
 * Bench: comparing two 1 MB versions of an issue with 1% scattered changes, Galley's
 * compareTexts against diff-match-patch's diff_main on the same pair.
 *
 * The issue is built from the real zh-news corpus (articles in order, cycling when the corpus
 * runs out, until the UTF-8 text reaches 1 MB). The changes are one-character substitutions,
 * insertions and deletions at random positions off the paragraph breaks (seeded, so every run
 * compares the same pair). Diff size is the total of inserted and deleted characters (UTF-16
 * code units) each tool reports. Times are medians of several runs after a warm-up.
 *
 * Run alone with `npx tsx bench/compare.ts`; `bench/run.ts` lists `compareBench` (a section in
 * the shape of bench/harness.ts's BenchSection).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import DiffMatchPatch from 'diff-match-patch';
import { compareTexts } from '../src/core/compare';

/** One row of the bench table (the shape of bench/harness.ts's BenchRow). */
export interface CompareBenchRow {
  readonly task: string;
  /** Galley's figure, formatted. */
  readonly galley: string;
  /** diff-match-patch's figure on the same input, formatted. */
  readonly baseline: string;
  readonly target: string;
  readonly met: boolean;
}

/** Raw figures of the last run, for test-output/bench.json. */
interface CompareFigures {
  readonly bytes: number;
  readonly editsAttempted: number;
  readonly galleyMs: number[];
  readonly dmpMs: number[];
  readonly galleyDiffSize: number;
  readonly dmpDiffSize: number;
}

let figures: CompareFigures | undefined;

/** The bench section `bench/run.ts` lists. */
export const compareBench = {
  id: 'compare',
  title: 'Comparing versions (galley vs diff-match-patch)',
  run: benchCompare,
  details: (): CompareFigures | undefined => figures,
};

const CORPUS = fileURLToPath(
  new URL('../../shared/corpus/zh-news/articles.jsonl', import.meta.url),
);
const TARGET_BYTES = 1_000_000;
const CHANGE_RATE = 0.01;
const RUNS = 5;

/** Runs the bench and returns its rows (time, and diff size). */
export async function benchCompare(): Promise<CompareBenchRow[]> {
  const a = buildIssue();
  const b = scatterChanges(a, CHANGE_RATE, 20200305);
  const dmp = new DiffMatchPatch();

  // Warm-up, and the diff sizes.
  const ours = compareTexts(a, b);
  const oursSize = ours.counts.charsInserted + ours.counts.charsDeleted;
  const theirs = dmp.diff_main(a, b);
  let theirsSize = 0;
  for (const [op, text] of theirs) if (op !== 0) theirsSize += text.length;

  const oursRuns = timeRuns(() => compareTexts(a, b));
  const theirsRuns = timeRuns(() => dmp.diff_main(a, b));
  const oursMs = median(oursRuns);
  const theirsMs = median(theirsRuns);
  figures = {
    bytes: new TextEncoder().encode(a).length,
    editsAttempted: Math.round(a.length * CHANGE_RATE),
    galleyMs: oursRuns,
    dmpMs: theirsRuns,
    galleyDiffSize: oursSize,
    dmpDiffSize: theirsSize,
  };
  const mb = (s: string): string => (new TextEncoder().encode(s).length / 1e6).toFixed(2);
  const label = `compare two ${mb(a)} MB versions, ${Math.round(CHANGE_RATE * 100)}% scattered changes`;
  return [
    {
      task: `${label}: time`,
      galley: `${oursMs.toFixed(0)} ms`,
      baseline: `${theirsMs.toFixed(0)} ms (diff-match-patch, Diff_Timeout ${dmp.Diff_Timeout} s)`,
      target: 'no slower',
      met: oursMs <= theirsMs,
    },
    {
      task: `${label}: diff size (chars inserted + deleted)`,
      galley: String(oursSize),
      baseline: String(theirsSize),
      target: 'no larger',
      met: oursSize <= theirsSize,
    },
  ];
}

/** Articles of the corpus as an issue draft: headline, blank line, paragraphs. */
function buildIssue(): string {
  const articles = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { headline: string; paragraphs: string[] });
  const parts: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < TARGET_BYTES; k++) {
    const art = articles[k % articles.length];
    const chunk = [art.headline, ...art.paragraphs].join('\n\n') + '\n\n';
    parts.push(chunk);
    bytes += new TextEncoder().encode(chunk).length;
  }
  return parts.join('');
}

/** `rate` × length one-character edits at seeded random positions, never on a line break. */
function scatterChanges(text: string, rate: number, seed: number): string {
  const random = mulberry32(seed);
  const chars = text.split('');
  const edits = Math.round(text.length * rate);
  const pool = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于';
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(random() * chars.length);
    if (chars[at].includes('\n') || /[\ud800-\udfff]/.test(chars[at])) continue;
    const kind = random();
    const ch = pool[Math.floor(random() * pool.length)];
    if (kind < 0.6) chars[at] = ch;
    else if (kind < 0.8) chars[at] = chars[at] + ch;
    else chars[at] = '';
  }
  return chars.join('');
}

function timeRuns(fn: () => unknown): number[] {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const row of await benchCompare()) {
    console.log(
      `${row.met ? '✓' : '✗'} ${row.task}: galley ${row.galley}, baseline ${row.baseline} (target: ${row.target})`,
    );
  }
}
