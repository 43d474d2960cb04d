/**
 * Loads the table of characters of similar shape once per process:
 * `resources/lexicon/shape-similar.txt` (built by `scripts/shape-table.ts` from Apache-2.0 data,
 * notices beside it). The file is found by walking up from this module to the folder holding
 * `resources/`, so the same code works from source (tsx), from the bundles in `out/` and in the
 * CLI's worker threads. A missing table is no error: the analysis then checks English only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseShapeTable, type ShapeTable } from '../../core/lexicon/shapes';

let loaded: ShapeTable | undefined;

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
 * A loader of the binary table `name` of `resources/lexicon/`: parsed with `parse` on its first
 * call and shared by every later call in this process; undefined when no folder above this
 * module holds the table (a missing table is no error: the scan reads without it).
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

/** The path of the shape table, or undefined when no folder above this module holds it. */
export function shapeTablePath(): string | undefined {
  return lexiconResourcePath('shape-similar.txt');
}

/** The table, parsed on first call and shared by every later call in this process. */
export function loadShapeTable(): ShapeTable | undefined {
  if (loaded) return loaded;
  const path = shapeTablePath();
  if (path === undefined) return undefined;
  loaded = parseShapeTable(readFileSync(path, 'utf8'));
  return loaded;
}
