/**
 * Writing a file the editor named (an export, a cleaned draft, a report, a rule list) so that
 * no partial file is ever visible and nothing already there is harmed:
 *
 * - the bytes go to a hidden temp file beside the target, `.<name>.<pid>-<random>.galley-tmp`,
 *   fsynced, then renamed over the target; a failure removes the temp file;
 * - a temp file left by a process that was killed (SIGKILL, power cut) is removed by the next
 *   write into that folder: its name carries the writer's pid, and a pid no longer running
 *   cannot be writing it;
 * - an existing target keeps its permission bits (a 600 file stays 600) and, where the system
 *   allows, its owner;
 * - an existing target with other hard links is rewritten in place (after the complete new
 *   text is durable in the temp file), so every name of the file sees the new text;
 * - a symbolic link is followed (the file it names is replaced, the link stays); a target that
 *   is not a regular file (a terminal, a pipe, /dev/stdout) is written directly.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, unlinkSync } from 'node:fs';
import { open, readdir, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Every temp file Galley writes beside an output ends with this suffix. */
export const TEMP_SUFFIX = '.galley-tmp';

/** `.<name>.<pid>-<12 hex>.galley-tmp`: the pid of the process that writes it. */
const TEMP_NAME = /^\..*\.(\d+)-[0-9a-f]{12}\.galley-tmp$/;

/** The temp name for `target`: hidden, in the same folder, unique per process and call. */
export function tempPathFor(target: string): string {
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  return join(dirname(target), `.${basename(target)}.${unique}${TEMP_SUFFIX}`);
}

/** Writes `data` to `target` atomically and durably; see the module comment. */
export async function writeOutputFile(target: string, data: string | Uint8Array): Promise<void> {
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    await writeFile(target, data);
    return;
  }
  const real = existing ? await realpath(target) : target;
  await sweepStaleTemps(dirname(real));
  const temp = tempPathFor(real);
  try {
    const handle = await open(temp, 'wx', existing ? existing.mode & 0o7777 : 0o644);
    try {
      await handle.writeFile(data);
      if (existing) {
        // open's mode passes through the umask; the target's own bits are what it keeps.
        await handle.chmod(existing.mode & 0o7777);
        await handle.chown(existing.uid, existing.gid).catch(() => undefined);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (existing && existing.nlink > 1) await rewriteInPlace(real, data);
    else await rename(temp, real);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await unlink(temp).catch(() => undefined); // only still there after an in-place rewrite
  await syncFolder(dirname(real));
}

/** Truncates and rewrites the file itself (its inode), so its other hard links see `data`. */
async function rewriteInPlace(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(0);
    await handle.write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
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

const swept = new Set<string>();

/**
 * Removes, once per folder and process, the temp files of writers that are no longer running.
 * A pid that is running (ours, or another process's, even another user's) keeps its files.
 */
export async function sweepStaleTemps(folder: string): Promise<number> {
  if (swept.has(folder)) return 0;
  swept.add(folder);
  const names = await readdir(folder).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    await unlink(join(folder, name)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // running, as another user
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
