/**
 * Helpers of the workspace tests: real temp folders, a snapshot of a folder's files, and child
 * processes built from TypeScript once per run (bundled with esbuild so each spawn starts in
 * tens of milliseconds instead of loading a TypeScript loader every time).
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import type { NewIssue, NewVersion } from '../../src/main/workspace/index';

/** A fresh empty temp folder; remove it with `removeFolder`. */
export function tempFolder(prefix = 'galley-ws-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}

/** Every file under `folder` (relative path → sha256 of its bytes), sorted by path. */
export async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        out[`${relative(folder, path)}/`] = 'dir';
        await walk(path);
      } else {
        out[relative(folder, path)] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
      }
    }
  }
  await walk(folder);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Files directly in `folder` (names), or [] when it does not exist. */
export async function filesIn(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).sort();
  } catch {
    return [];
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Issue fields for tests. */
export function issueFields(overrides: Partial<NewIssue> = {}): NewIssue {
  return {
    title: '测试版面',
    publication: 'test daily',
    date: '2020-03-05',
    edition: '',
    sourceName: 'test.txt',
    format: 'txt',
    encoding: 'utf-8',
    pages: 1,
    ...overrides,
  };
}

/** Version input for tests. */
export function versionInput(text: string, overrides: Partial<NewVersion> = {}): NewVersion {
  return {
    text,
    origin: 'edited',
    author: 'tester',
    message: 'test',
    blocks: 1,
    findings: 0,
    ...overrides,
  };
}

const REPO = resolve(import.meta.dirname, '../..');
const built = new Map<string, Promise<string>>();

/**
 * Bundles `tests/workspace/fixtures/<name>.ts` into one ESM file (npm packages stay imports,
 * resolved from the repository's node_modules) and returns its path. Built once per process.
 */
export function childScript(name: string): Promise<string> {
  let found = built.get(name);
  if (!found) {
    found = (async () => {
      const outDir = join(REPO, 'node_modules', '.cache', 'galley-workspace-tests');
      await mkdir(outDir, { recursive: true });
      const outfile = join(outDir, `${name}.${process.pid}.mjs`);
      await build({
        entryPoints: [join(REPO, 'tests', 'workspace', 'fixtures', `${name}.ts`)],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        outfile,
        logLevel: 'silent',
      });
      return outfile;
    })();
    built.set(name, found);
  }
  return found;
}

/** Deletes the bundles `childScript` built in this process. */
export async function removeChildScripts(): Promise<void> {
  const paths = await Promise.all(built.values());
  built.clear();
  await Promise.all(paths.map((path) => rm(path, { force: true })));
}

/** A running child and the lines it printed so far. */
export interface Child {
  readonly process: ChildProcessWithoutNullStreams;
  readonly lines: string[];
  readonly stderr: string[];
  /** Resolves with the first line matching `test`, rejects if the child exits first. */
  waitForLine(test: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Resolves when the child has exited and been reaped (its pid is then free). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `node script args…` and collects its stdout lines. */
export function startChild(script: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const stderr: string[] = [];
  const waiters = new Set<() => void>();
  let partial = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    partial += chunk;
    const parts = partial.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    for (const wake of waiters) wake();
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => stderr.push(chunk));
  let closed = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.on('close', (code, signal) => {
      closed = true;
      if (partial) lines.push(partial);
      partial = '';
      for (const wake of waiters) wake();
      done({ code, signal });
    });
  });
  return {
    process: child,
    lines,
    stderr,
    exited,
    waitForLine(test, timeoutMs = 30_000) {
      return new Promise((resolveLine, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching line within ${timeoutMs} ms; stderr: ${stderr.join('')}`));
        }, timeoutMs);
        const check = (): void => {
          const line = lines.find(test);
          if (line !== undefined) {
            clearTimeout(timer);
            waiters.delete(check);
            resolveLine(line);
          } else if (closed) {
            clearTimeout(timer);
            waiters.delete(check);
            reject(new Error(`child exited first; stderr: ${stderr.join('')}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** The repository's `galley` entry point. */
export const GALLEY_BIN = join(REPO, 'bin', 'galley.js');
/** The sample draft (shared/ sits beside the clone). */
export const SAMPLE = join(REPO, '..', 'shared', 'samples', 'hengyang-daily-2020-03-05.txt');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `galley` CLI; GALLEY_WORKSPACE is cleared unless given in `env`. */
export function galley(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<CliRun> {
  return new Promise((done) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    if (!('GALLEY_WORKSPACE' in env)) delete childEnv.GALLEY_WORKSPACE;
    execFile(
      process.execPath,
      [GALLEY_BIN, ...args],
      { cwd: REPO, env: childEnv, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
