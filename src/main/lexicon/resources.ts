/**
 * The tables of `resources/lexicon/` (shape table, character pairs, word bigrams, English names
 * and bigrams), found by walking up from this module to the folder holding `resources/`: the same
 * code works from source (tsx), from the bundles in `out/` and in the CLI's worker threads. A
 * missing table is no error: the scan that reads it reads without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The path of `resources/lexicon/<name>`, or undefined when no folder above this module holds
 * it: walked up from here, so that the same code finds it from source, from `out/` and from
 * the CLI's workers.
 */
export function lexiconResourcePath(name: string): string | undefined {
  const relative = join('resources', 'lexicon', name);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/**
 * A loader of the table `name` of `resources/lexicon/`: parsed with `parse` on its first call and
 * shared by every later call in this process; undefined when no folder above this module holds
 * the table.
 */
export function lexiconTable<T>(
  name: string,
  parse: (bytes: Uint8Array) => T,
): () => T | undefined {
  let loaded: T | undefined;
  return () => {
    if (loaded !== undefined) return loaded;
    const path = lexiconResourcePath(name);
    if (path === undefined) return undefined;
    loaded = parse(readFileSync(path));
    return loaded;
  };
}
