/**
 * Test helpers for the CLI: spawn the real `galley` (node bin/galley.js) and make real temp
 * folders.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the `galley` entry point. */
export const GALLEY_BIN = fileURLToPath(new URL('../../bin/galley.js', import.meta.url));
/** Absolute path of the repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The sample draft (shared/ sits beside the clone). */
export const SAMPLE = join(REPO_ROOT, '../shared/samples/hengyang-daily-2020-03-05.txt');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/galley.js …args` in `cwd`; resolves with the exit code and both streams. */
export function galley(args: readonly string[], cwd: string = REPO_ROOT): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [GALLEY_BIN, ...args],
      { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A fresh temp folder; remove it with `rm(dir, {recursive: true})` after the test. */
export function tempFolder(prefix = 'galley-cli-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Removes a temp folder made by tempFolder. */
export function removeFolder(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** Every file name under `dir` (recursively) that looks like a temp file of an atomic write. */
export async function leftoverTemps(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => String(name).includes('.galley-tmp'));
}
