/**
 * Bench: a 10 MB batch of 100 files through the real CLI, `galley clean --jobs 1` against
 * `--jobs 2` (each a fresh `node bin/galley.js` process, wall clock including start-up, and the
 * CPU time the process used: when CPU(--jobs 2) ≈ CPU(--jobs 1) but the wall clock does not
 * halve, the cores were busy with other work).
 */
import { execFile } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  /** Wall-clock ms of each run, by --jobs. */
  readonly jobsMs: Record<string, number[]>;
  /** CPU ms (user + system) the CLI process used in each run, by --jobs (Linux only). */
  readonly jobsCpuMs: Record<string, (number | undefined)[]>;
}

/**
 * CPU time used so far by this process's finished children, in ms: fields cutime and cstime of
 * /proc/self/stat (clock ticks, 100 per second on Linux). Undefined where /proc is missing.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the command name start at field 3; cutime and cstime are fields 16 and 17.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
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
    const jobsCpuMs: Record<string, (number | undefined)[]> = {};
    const best: Record<number, { wall: number; cpu?: number }> = {};
    for (const jobs of [1, 2]) {
      log(`batch: clean --jobs ${jobs}`);
      const cpu: (number | undefined)[] = [];
      const m = await runBench(
        `clean --jobs ${jobs}`,
        async () => {
          const before = childrenCpuMs();
          await clean(inputs, out, jobs);
          const after = childrenCpuMs();
          cpu.push(before === undefined || after === undefined ? undefined : after - before);
        },
        { warmup: 0, runs: 2 },
      );
      jobsMs[jobs] = m.runs;
      jobsCpuMs[jobs] = cpu;
      const fastest = m.runs.indexOf(m.minMs);
      best[jobs] = { wall: m.minMs, cpu: cpu[fastest] };
    }
    figures = { files: FILES, bytes, cpus: cpus().length, jobsMs, jobsCpuMs };
    const speedup = best[1].wall / best[2].wall;
    const mb = (bytes / 1e6).toFixed(1);
    const describe = (b: { wall: number; cpu?: number }): string =>
      `${(b.wall / 1000).toFixed(1)} s (${mbPerSecond(bytes, b.wall).toFixed(1)} MB/s)` +
      (b.cpu === undefined ? '' : `, CPU ${(b.cpu / 1000).toFixed(1)} s`);
    return [
      {
        task: `galley clean, ${FILES} files, ${mb} MB: --jobs 2 vs --jobs 1`,
        galley: `${describe(best[2])}: ×${speedup.toFixed(2)}`,
        baseline: `--jobs 1: ${describe(best[1])}`,
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
