/**
 * Writing an export file the editor named (outside the workspace): a temp file beside it, then a
 * rename, so a failed write never leaves a partial file.
 */
import writeFileAtomic from 'write-file-atomic';

/** Writes `text` to `path` as UTF-8, atomically (fsynced). */
export async function writeAtomicFile(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text, { encoding: 'utf8', fsync: true });
}
