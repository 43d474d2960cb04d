/**
 * Writing an output file so that no partial file is ever visible: write a uniquely named temp
 * file in the same folder, fsync it, then rename it over the target.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, unlinkSync } from 'node:fs';
import { open, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Every temp file Galley writes ends with this suffix (used to find leftovers after a kill). */
export const TEMP_SUFFIX = '.galley-tmp';

/** The temp name for `target`: hidden, in the same folder, unique per process and call. */
export function tempPathFor(target: string): string {
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  return join(dirname(target), `.${basename(target)}.${unique}${TEMP_SUFFIX}`);
}

/**
 * Writes `data` to `target` atomically (same-folder temp file, fsync, rename). On any failure
 * the temp file is removed and the error rethrown; `target` is then untouched.
 *
 * A symbolic link is followed (the file it names is replaced, the link stays). A target that
 * exists and is not a regular file (a terminal, a pipe, /dev/stdout) is written to directly,
 * since renaming over it would replace the device itself.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    await writeFile(target, data);
    return;
  }
  const real = existing ? await realpath(target) : target;
  const temp = tempPathFor(real);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, real);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(real));
}

/** Makes the rename durable where the platform allows fsync on a folder (not on Windows). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Folders cannot be fsynced everywhere; the rename itself is still atomic.
  }
}

/**
 * Removes the temp files this process (`pid`) left in `folders`, e.g. when interrupted while
 * workers were writing. Synchronous so it can run in a signal handler.
 */
export function removeTempFiles(folders: Iterable<string>, pid: number = process.pid): void {
  for (const folder of new Set(folders)) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (name.endsWith(TEMP_SUFFIX) && name.includes(`.${pid}-`)) {
        try {
          unlinkSync(join(folder, name));
        } catch {
          // Already gone.
        }
      }
    }
  }
}
