/**
 * Writing exports into a folder the editor chose: one file per format, each written atomically
 * (unique temp, fsync, rename) and never over an existing file.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
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

/** Exports `input` in every format into `folder`; returns the file names written. */
export async function writeExports(
  folder: string,
  stem: string,
  formats: readonly ExportFormat[],
  input: ExportInput,
): Promise<string[]> {
  // Build every file first, so a failing format leaves nothing half-exported.
  const built: { format: ExportFormat; bytes: Uint8Array }[] = [];
  for (const format of formats) built.push({ format, bytes: await exportVersion(format, input) });
  const names: string[] = [];
  for (const { format, bytes } of built) {
    const suffix = format.startsWith('report-') ? '-report' : '';
    const name = await freeName(folder, `${stem}${suffix}`, EXPORT_EXTENSIONS[format]);
    await writeOutputFile(join(folder, name), bytes);
    names.push(name);
  }
  return names;
}
