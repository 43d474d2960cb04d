/**
 * Bench: a 10 MB batch of 100 files through the real CLI, `galley clean --jobs 1` against
 * `--jobs 2` (each a fresh `node bin/galley.js` process, wall clock including start-up).
 */
import { execFile } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { log, mbPerSecond, runBench, type BenchRow, type BenchSection } from './harness';
import { generateIssue } from './issue';

const FILES = 100;
const BYTES_PER_FILE = 1e5;
const GALLEY = fileURLToPath(new URL('../bin/galley.js', import.meta.url));
const run = promisify(execFile);

interface BatchFigures {
  readonly files: number;
  readonly bytes: number;
  readonly cpus: number;
  readonly jobsMs: Record<string, number[]>;
}

let figures: BatchFigures | undefined;

async function clean(inputs: readonly string[], out: string, jobs: number): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  await run(process.execPath, [GALLEY, 'clean', ...inputs, '-o', out, '--jobs', String(jobs)], {
    maxBuffer: 16 * 1024 * 1024,
  });
}

async function runBatch(): Promise<BenchRow[]> {
  const folder = mkdtempSync(join(tmpdir(), 'galley-batch-'));
  try {
    const inputs: string[] = [];
    let bytes = 0;
    for (let i = 0; i < FILES; i++) {
      const text = generateIssue(BYTES_PER_FILE, 1000 + i);
      const file = join(folder, `issue-${String(i).padStart(3, '0')}.txt`);
      writeFileSync(file, text);
      inputs.push(file);
      bytes += Buffer.byteLength(text);
    }
    const out = join(folder, 'out');
    const jobsMs: Record<string, number[]> = {};
    const medians: Record<number, number> = {};
    for (const jobs of [1, 2]) {
      log(`batch: clean --jobs ${jobs}`);
      const m = await runBench(`clean --jobs ${jobs}`, () => clean(inputs, out, jobs), {
        warmup: 0,
        runs: 2,
      });
      jobsMs[jobs] = m.runs;
      medians[jobs] = m.minMs;
    }
    figures = { files: FILES, bytes, cpus: cpus().length, jobsMs };
    const speedup = medians[1] / medians[2];
    const mb = (bytes / 1e6).toFixed(1);
    return [
      {
        task: `galley clean, ${FILES} files, ${mb} MB: --jobs 2 vs --jobs 1`,
        galley: `${(medians[2] / 1000).toFixed(1)} s (${mbPerSecond(bytes, medians[2]).toFixed(1)} MB/s), ×${speedup.toFixed(2)}`,
        baseline: `--jobs 1: ${(medians[1] / 1000).toFixed(1)} s (${mbPerSecond(bytes, medians[1]).toFixed(1)} MB/s)`,
        target: 'about ×2',
        met: speedup >= 1.7,
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const batchBench: BenchSection = {
  id: 'batch',
  title: `Batch clean through the CLI (best of 2 runs each; ${cpus().length} CPUs on this machine)`,
  run: runBatch,
  details: () => figures,
};
