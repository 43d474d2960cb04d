/**
 * Imports run one file after another (the main side holds the workspace lock; one at a time
 * keeps progress honest and memory flat), each failure kept with its file's name so the editor
 * sees which file failed and why, while the others still go in.
 */
import type { IssueSummary } from '../../../../shared/contract';

/** Where an import run stands: `done` files finished out of `total`, working on `name`. */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly name: string;
}

/** A file that did not go in, with what stopped it (an ApiError, a guard error…). */
export interface ImportFailure {
  readonly name: string;
  readonly error: unknown;
}

export interface ImportOutcome {
  readonly imported: readonly IssueSummary[];
  readonly failures: readonly ImportFailure[];
}

/**
 * Runs `work` on each item in order, reporting progress before each one and once at the end
 * (`done === total`). A failing item is recorded and the run goes on.
 */
export async function runImports<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  work: (item: T) => Promise<IssueSummary>,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  const imported: IssueSummary[] = [];
  const failures: ImportFailure[] = [];
  for (let i = 0; i < items.length; i++) {
    const name = nameOf(items[i]);
    onProgress({ done: i, total: items.length, name });
    try {
      imported.push(await work(items[i]));
    } catch (error) {
      failures.push({ name, error });
    }
  }
  onProgress({ done: items.length, total: items.length, name: '' });
  return { imported, failures };
}

/** The largest draft the app takes, in bytes (the workspace refuses anything larger). */
export const MAX_DRAFT_BYTES = 200 * 1024 * 1024;

/** Why a dropped file is refused before any byte is read, or null when it may go in. */
export type DropRefusal = 'tooLarge' | 'empty';

/** Checks a dropped file's size against the guard. */
export function refuseDrop(size: number): DropRefusal | null {
  if (size > MAX_DRAFT_BYTES) return 'tooLarge';
  if (size === 0) return 'empty';
  return null;
}
