#!/usr/bin/env node
// The `galley` command. Runs the bundle that `npm run build` writes to out/cli when it is newer
// than every source it was built from (it starts in about half the time); otherwise runs the
// TypeScript sources through tsx's loader, so the command works without a build too.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out', 'cli', 'main.mjs');

/** Newest modification time (ms) of the files under `folder`. */
function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function bundleIsFresh() {
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  return ['cli', 'core', 'main', 'shared'].every(
    (room) => newest(join(root, 'src', room)) <= built,
  );
}

if (bundleIsFresh()) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
