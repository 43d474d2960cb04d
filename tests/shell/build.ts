/**
 * The built desktop shell for the tests of this folder: `npm test` builds before vitest runs, so
 * the build is reused; a developer running one test file gets a fresh build when any source is
 * newer than it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The build folder (electron-vite's out/). */
export const OUT = join(REPO_ROOT, 'out');

/** The files the desktop shell runs: main, preload, the renderer page. */
export const BUILT = {
  main: join(OUT, 'main/index.js'),
  preload: join(OUT, 'preload/index.cjs'),
  page: join(OUT, 'renderer/index.html'),
} as const;

function newestSource(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestSource(join(path, entry)));
  return newest;
}

/** Builds out/ with electron-vite unless every built file is newer than every source. */
export function ensureBuilt(): void {
  const sources = ['src/core', 'src/shared', 'src/main', 'src/preload', 'src/renderer'].map((p) =>
    join(REPO_ROOT, p),
  );
  sources.push(join(REPO_ROOT, 'electron.vite.config.ts'), join(REPO_ROOT, 'package.json'));
  const built = Object.values(BUILT);
  if (built.every((file) => existsSync(file))) {
    const oldestBuild = Math.min(...built.map((file) => statSync(file).mtimeMs));
    if (Math.max(...sources.map(newestSource)) <= oldestBuild) return;
  }
  execFileSync(
    process.execPath,
    [join(REPO_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: REPO_ROOT,
      stdio: 'pipe',
      timeout: 240_000,
    },
  );
}

/**
 * The bare specifiers an ES module bundle imports (static, re-exported and dynamic), without
 * Node's built-ins and relative paths.
 */
export function bareImports(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*["']([^"']+)["']/gm,
    /^\s*import\s*["']([^"']+)["']/gm,
    /\bimport\s*\(\s*["']([^"']+)["']\s*[,)]/g,
  ];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) found.add(match[1]);
  }
  return [...found]
    .filter((s) => !s.startsWith('.') && !s.startsWith('/') && !s.startsWith('node:'))
    .sort();
}
