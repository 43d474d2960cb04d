/**
 * Running a batch of clean tasks: in this thread for one job, over a worker pool for more.
 */
import { stat } from 'node:fs/promises';
import type { CleanOutcome, CleanTask } from './clean-file';
import { WorkerPool } from './pool/pool';

export interface BatchOptions {
  /** Worker threads to use; 1 cleans in this thread with no worker at all. */
  readonly jobs: number;
  /** Called once per finished task, in completion order. */
  readonly onDone?: (outcome: CleanOutcome) => void;
}

/**
 * Cleans every task and returns the outcomes in task order. Never rejects for a bad file (the
 * outcome says what went wrong); biggest files are dispatched first so the workers finish
 * together.
 */
export async function runCleanBatch(
  tasks: readonly CleanTask[],
  options: BatchOptions,
): Promise<CleanOutcome[]> {
  const jobs = Math.min(Math.max(1, Math.floor(options.jobs)), tasks.length);
  const outcomes: CleanOutcome[] = new Array<CleanOutcome>(tasks.length);
  const finish = (index: number, outcome: CleanOutcome): void => {
    outcomes[index] = outcome;
    options.onDone?.(outcome);
  };
  if (jobs <= 1) {
    // Loaded here only: with workers, the detectors load in the workers and not in this thread.
    const { cleanFile } = await import('./clean-file');
    for (let i = 0; i < tasks.length; i++) finish(i, await cleanFile(tasks[i]));
    return outcomes;
  }
  const order = await biggestFirst(tasks);
  const pool = new WorkerPool<CleanTask, CleanOutcome>(workerModule(), jobs);
  try {
    await Promise.all(
      order.map(async (i) => {
        const task = tasks[i];
        const outcome = await pool.run(task).catch((error: unknown): CleanOutcome => ({
          ok: false,
          input: task.input,
          message: error instanceof Error ? error.message : String(error),
        }));
        finish(i, outcome);
      }),
    );
  } finally {
    await pool.close();
  }
  return outcomes;
}

/**
 * The worker's module: beside the bundle when this code runs from out/cli (built by
 * `npm run build`), else the TypeScript source next to this file.
 */
function workerModule(): URL {
  const bundled = import.meta.url.endsWith('.mjs');
  return new URL(bundled ? './pool/clean-worker.mjs' : './pool/clean-worker.ts', import.meta.url);
}

/** Task indexes, largest input first (unreadable inputs last; they fail fast anyway). */
async function biggestFirst(tasks: readonly CleanTask[]): Promise<number[]> {
  const sizes = await Promise.all(
    tasks.map((t) =>
      stat(t.input).then(
        (s) => s.size,
        () => -1,
      ),
    ),
  );
  return tasks.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
}
