/**
 * Writing exports into a folder the editor chose: one file per format, each written atomically
 * (unique temp, fsync, rename) and never over an existing file.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceFormat } from '../../core/export/export-formats';
import { writeOutputFile } from '../export/write-output';
import {
  EXPORT_EXTENSIONS,
  exportVersion,
  type ExportFormat,
  type ExportInput,
} from '../export/index';

/** A file name safe on Windows, macOS and Linux, from an issue's title or source name. */
export function safeFileStem(name: string): string {
  const stem = name
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\p{Cc}/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return stem === '' || /^\.+$/.test(stem) ? 'issue' : stem;
}

/**
 * The stem of an export's file names: `<publication>-<date>-<title>-v<N>` (a part the issue
 * lacks is left out; the title falls back to the source file's name), so two issues with the
 * same headline on different days or papers never collide.
 */
export function exportStem(
  issue: { title: string; publication: string; date: string; sourceName: string },
  versionNumber: number,
): string {
  const title = safeFileStem(issue.title || issue.sourceName);
  const parts = [issue.publication, issue.date]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => safeFileStem(part).slice(0, 40));
  return [...parts, title, `v${versionNumber}`].join('-');
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** `stem.ext`, or `stem (2).ext`… when taken. */
async function freeName(folder: string, stem: string, ext: string): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}${ext}` : `${stem} (${n})${ext}`;
    if (!(await exists(join(folder, name)))) return name;
  }
}

/** A file built before the folder was chosen (a version written back into its OCR file). */
export interface BuiltExport {
  /** The file name's ending, dot included (`.alto.xml`). */
  readonly extension: string;
  readonly bytes: Uint8Array;
}

/** The file endings of versions written back into their source format. */
export const SOURCE_EXTENSIONS: Readonly<Record<SourceFormat, string>> = {
  alto: '.alto.xml',
  page: '.page.xml',
  hocr: '.hocr',
};

/**
 * Exports `input` in every format into `folder`, then the files `built` already; returns the
 * file names written.
 */
export async function writeExports(
  folder: string,
  stem: string,
  formats: readonly ExportFormat[],
  input: ExportInput,
  built: readonly BuiltExport[] = [],
): Promise<string[]> {
  // Build every file first, so a failing format leaves nothing half-exported.
  const files: { stem: string; extension: string; bytes: Uint8Array }[] = [];
  for (const format of formats) {
    files.push({
      stem: `${stem}${format.startsWith('report-') ? '-report' : format === 'proof-html' ? '-proof' : ''}`,
      extension: EXPORT_EXTENSIONS[format],
      bytes: await exportVersion(format, input),
    });
  }
  for (const file of built) files.push({ stem, ...file });
  const names: string[] = [];
  for (const file of files) {
    const name = await freeName(folder, file.stem, file.extension);
    await writeOutputFile(join(folder, name), file.bytes);
    names.push(name);
  }
  return names;
}
