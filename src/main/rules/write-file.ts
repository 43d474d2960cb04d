/**
 * Writing an export file the editor named (outside the workspace): a temp file beside it, then a
 * rename, so a failed write never leaves a partial file (see export/write-output).
 */
import { writeOutputFile } from '../export/write-output';

/** Writes `text` to `path` as UTF-8, atomically (fsynced), keeping an existing file's mode. */
export async function writeAtomicFile(path: string, text: string): Promise<void> {
  await writeOutputFile(path, text);
}
