/**
 * The bench harness: time a function, and print rows as a markdown table. Every bench file
 * under bench/ exports a BenchSection; bench/run.ts lists them, one line each.
 *
 * Timings are wall-clock milliseconds from performance.now(); benches report, they never assert.
 */

/** One row of a bench table (the same shape every bench section returns). */
export interface BenchRow {
  readonly task: string;
  /** Galley's figure, formatted with its unit. */
  readonly galley: string;
  /** The figure it is compared with (a floor, a baseline tool), formatted; '' if none. */
  readonly baseline: string;
  /** The target, in words ('≥ 5 MB/s'); '' if none. */
  readonly target: string;
  /** Whether the target is met; undefined when there is no target. */
  readonly met?: boolean;
}

/** A group of benches with a title; `run` returns its rows (and may log progress to stderr). */
export interface BenchSection {
  /** Short id for `npm run bench -- ID` (runs only the sections named). */
  readonly id: string;
  readonly title: string;
  run(): Promise<BenchRow[]>;
  /** Raw figures for test-output/bench.json, filled by `run`. */
  readonly details?: () => unknown;
}

export interface Measurement {
  readonly name: string;
  /** Each timed run, wall clock, in milliseconds. */
  readonly runs: number[];
  readonly medianMs: number;
  readonly minMs: number;
  /**
   * Median CPU time of this process per run (user + system, ms). On a shared machine it is
   * the fairer "one core" figure: time other processes take from us is not counted (time
   * V8's helper threads spend on GC is, so it errs on the slow side).
   */
  readonly cpuMs: number;
}

export interface BenchOptions {
  /** Untimed runs first (JIT warm-up, caches). Default 1. */
  readonly warmup?: number;
  /** Timed runs. Default 3. */
  readonly runs?: number;
}

/** Times `fn` (sync or async): `warmup` untimed runs, then `runs` timed ones. */
export async function runBench(
  name: string,
  fn: () => unknown,
  options: BenchOptions = {},
): Promise<Measurement> {
  const warmup = options.warmup ?? 1;
  const count = Math.max(1, options.runs ?? 3);
  for (let i = 0; i < warmup; i++) await fn();
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < count; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    runs.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { name, runs, medianMs: median(runs), minMs: Math.min(...runs), cpuMs: median(cpu) };
}

/** Megabytes per second for `bytes` processed in `ms` (1 MB = 10^6 bytes). */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

/** A markdown table with padded columns. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** A section's rows as a markdown table under its title. */
export function formatSection(title: string, rows: readonly BenchRow[]): string {
  const table = markdownTable(
    ['task', 'galley', 'beside', 'target', 'met'],
    rows.map((r) => [
      r.task,
      r.galley,
      r.baseline,
      r.target,
      r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    ]),
  );
  return `### ${title}\n\n${table}\n`;
}

/** Progress for the person watching (stderr, so stdout stays the tables). */
export function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}
