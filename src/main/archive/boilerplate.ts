/**
 * Boilerplate marks: paragraphs that legitimately repeat from issue to issue (a masthead, a
 * weather box, a standing column), marked once by the editor and never flagged as archive
 * repeats again. Stored in archive/boilerplate.json (schema 1) with each mark's prints and a
 * sample of its text for the editor.
 */
import { readFileSync } from 'node:fs';
import type { BoilerplateMark } from '../../core/archive/archive-index';
import { ARCHIVE_BANDS } from '../../core/archive/prints';
import { ensureDir, writeDurable } from '../workspace/durable';
import type { ArchivePaths } from './archive-files';

/** A stored mark: the prints that match it, and what the editor sees. */
export interface BoilerplateEntry {
  readonly id: string;
  /** The first characters of the marked paragraph. */
  readonly sample: string;
  readonly note: string;
  /** ISO time of marking. */
  readonly created: string;
  readonly exact: number;
  readonly length: number;
  /** ARCHIVE_BANDS band keys. */
  readonly bands: readonly number[];
}

interface BoilerplateFile {
  readonly schema: 1;
  readonly marks: readonly BoilerplateEntry[];
}

/** The stored marks; a missing or unreadable file gives none (and `damaged` says which). */
export function readBoilerplate(paths: ArchivePaths): {
  marks: BoilerplateEntry[];
  damaged: boolean;
} {
  let text: string;
  try {
    text = readFileSync(paths.boilerplate, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { marks: [], damaged: false };
    throw error;
  }
  try {
    const json = JSON.parse(text) as Partial<BoilerplateFile>;
    if (json.schema !== 1 || !Array.isArray(json.marks)) return { marks: [], damaged: true };
    const marks = json.marks.filter(isEntry);
    return { marks, damaged: marks.length !== json.marks.length };
  } catch {
    return { marks: [], damaged: true };
  }
}

/** Writes the marks, atomically and durably. */
export async function writeBoilerplate(
  paths: ArchivePaths,
  marks: readonly BoilerplateEntry[],
): Promise<void> {
  await ensureDir(paths.folder);
  await ensureDir(paths.tmp);
  const file: BoilerplateFile = { schema: 1, marks };
  await writeDurable(paths.boilerplate, `${JSON.stringify(file, null, 1)}\n`, {
    tmpDir: paths.tmp,
  });
}

/** The mark as the archive lookup takes it. */
export function toMark(entry: BoilerplateEntry): BoilerplateMark {
  return { exact: entry.exact, length: entry.length, bands: Int32Array.from(entry.bands) };
}

function isEntry(value: unknown): value is BoilerplateEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.sample === 'string' &&
    typeof v.note === 'string' &&
    typeof v.created === 'string' &&
    Number.isInteger(v.exact) &&
    Number.isInteger(v.length) &&
    Array.isArray(v.bands) &&
    v.bands.length === ARCHIVE_BANDS &&
    v.bands.every((b) => Number.isInteger(b))
  );
}
