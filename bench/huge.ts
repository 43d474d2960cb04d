/**
 * Bench: hostile sizes through the real CLI (a fresh `node bin/galley.js` each, its peak
 * resident memory from GNU time's %M): a 200 MB draft checked and cleaned, finding-dense text
 * (24 MB of `好,` paragraphs, 8 million findings) checked, 1,000,000 tiny paragraphs cleaned.
 * Targets from issue #12: nothing crashes; the dense 24 MB check stays under 2 GB.
 */
import { execFile } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { log, type BenchRow, type BenchSection } from './harness';
import { generateIssue } from './issue';

const GALLEY = fileURLToPath(new URL('../bin/galley.js', import.meta.url));
const TIME = '/usr/bin/time';

interface HugeRun {
  readonly task: string;
  readonly bytes: number;
  readonly ok: boolean;
  readonly seconds: number;
  /** Peak resident set size, MB (10^6 bytes). */
  readonly peakMb: number;
  readonly error?: string;
}

const runs: HugeRun[] = [];

/** Writes `unit` repeated `times` times to `path`, in chunks. */
async function repeatTo(path: string, unit: string, times: number): Promise<void> {
  const out = createWriteStream(path);
  const chunk = unit.repeat(10_000);
  for (let i = 0; i < times; i += 10_000) {
    const part = i + 10_000 <= times ? chunk : unit.repeat(times - i);
    if (!out.write(part)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end(() => resolve()).on('error', reject));
}

/** Writes a generated issue of about `bytes` bytes, 10 MB at a time. */
async function issueTo(path: string, bytes: number): Promise<void> {
  const out = createWriteStream(path);
  for (let written = 0, seed = 1; written < bytes; seed++) {
    const part = `${generateIssue(Math.min(10e6, bytes - written), seed)}\n\n`;
    written += Buffer.byteLength(part);
    if (!out.write(part)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end(() => resolve()).on('error', reject));
}

/** Runs the CLI under GNU time; its stdout goes to /dev/null. */
function measure(task: string, file: string, args: readonly string[]): Promise<HugeRun> {
  const bytes = statSync(file).size;
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      'sh',
      ['-c', `"${TIME}" -f 'PEAK %M' node "$@" > /dev/null`, 'sh', GALLEY, ...args],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        const seconds = (performance.now() - started) / 1000;
        const peak = /PEAK (\d+)/.exec(stderr);
        const peakMb = peak ? (Number(peak[1]) * 1024) / 1e6 : NaN;
        const lines = stderr.split('\n').filter((l) => l && !l.startsWith('PEAK'));
        const run: HugeRun = {
          task,
          bytes,
          ok: error === null,
          seconds,
          peakMb,
          ...(error ? { error: lines.slice(-2).join(' ').slice(0, 200) } : {}),
        };
        log(
          `${task}: ${run.ok ? 'ok' : `FAILED (${run.error})`}, ${seconds.toFixed(1)} s, peak ${peakMb.toFixed(0)} MB`,
        );
        runs.push(run);
        resolve(run);
      },
    );
  });
}

function row(run: HugeRun, target: string, met: boolean): BenchRow {
  return {
    task: `${run.task} (${(run.bytes / 1e6).toFixed(0)} MB)`,
    galley: run.ok
      ? `${run.seconds.toFixed(1)} s, peak ${run.peakMb.toFixed(0)} MB`
      : `failed: ${run.error ?? ''}`,
    baseline: '',
    target,
    met,
  };
}

export const hugeBench: BenchSection = {
  id: 'huge',
  title: 'Hostile sizes (`galley` CLI, peak resident memory)',
  async run() {
    if (!existsSync(TIME)) {
      log(`huge: ${TIME} is missing; skipped`);
      return [];
    }
    const dir = mkdtempSync(join(tmpdir(), 'galley-huge-'));
    try {
      const dense = join(dir, 'dense.txt');
      const tiny = join(dir, 'tiny.txt');
      const big = join(dir, 'big.txt');
      log('huge: writing the drafts');
      await repeatTo(dense, '好,\n\n', 4_000_000);
      await repeatTo(tiny, '好,\n\n', 1_000_000);
      await issueTo(big, 199e6);
      const rows: BenchRow[] = [];
      const denseCheck = await measure('check --json, finding-dense text', dense, [
        'check',
        '--json',
        dense,
      ]);
      rows.push(row(denseCheck, 'no crash, < 2 GB', denseCheck.ok && denseCheck.peakMb < 2000));
      const tinyClean = await measure('clean, 1,000,000 paragraphs', tiny, [
        'clean',
        tiny,
        '-o',
        join(dir, 'tiny.out.txt'),
      ]);
      rows.push(row(tinyClean, 'no crash', tinyClean.ok));
      const bigCheck = await measure('check --json, generated issue', big, [
        'check',
        '--json',
        big,
      ]);
      rows.push(row(bigCheck, 'no crash', bigCheck.ok));
      const bigClean = await measure('clean, generated issue', big, [
        'clean',
        big,
        '-o',
        join(dir, 'big.out.txt'),
      ]);
      rows.push(row(bigClean, 'no crash', bigClean.ok));
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  details: () => runs,
};
