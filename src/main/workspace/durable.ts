/**
 * Durable, atomic file writes: a unique temp file in the workspace's tmp/ folder, written and
 * fsynced, renamed over the target, then the target's folder fsynced so the rename itself
 * survives a power cut. A reader (or a crash) sees the old file or the new one, never a part.
 *
 * lowdb's default adapter (steno) renames without fsync and reuses one temp name; this is the
 * stricter replacement. All temp files share one folder so a writer that opens the workspace
 * can sweep the leftovers of a killed process in one readdir.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Options of one durable write. */
export interface DurableWriteOptions {
  /** Folder for the temp file; must be on the same filesystem as the target. */
  readonly tmpDir: string;
  /** Fsync the target's folder after the rename (default true); false lets a caller batch it. */
  readonly syncDir?: boolean;
}

const TEMP_SUFFIX = '.tmp';

function tempName(target: string): string {
  return `${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
}

/** Writes `bytes` to `target` atomically and durably (see the module comment). */
export async function writeDurable(
  target: string,
  bytes: Uint8Array | string,
  options: DurableWriteOptions,
): Promise<void> {
  const temp = join(options.tmpDir, tempName(target));
  let handle: FileHandle | undefined = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  if (options.syncDir !== false) await syncDir(dirname(target));
}

/** A temp file written and fsynced, waiting to be renamed over its target. */
export interface PreparedWrite {
  /** Renames the temp file over the target (the folder is not fsynced: the caller does it). */
  commit(): Promise<void>;
  /** Removes the temp file instead. */
  discard(): Promise<void>;
}

/**
 * The first half of `writeDurable`: writes and fsyncs a temp file for `target` in `tmpDir`, so
 * a caller can rename several files at the moment it chooses.
 */
export async function prepareDurable(
  target: string,
  bytes: Uint8Array | string,
  tmpDir: string,
): Promise<PreparedWrite> {
  const temp = join(tmpDir, tempName(target));
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
  return {
    commit: async () => {
      try {
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true }).catch(() => undefined);
        throw error;
      }
    },
    discard: () => rm(temp, { force: true }),
  };
}

/** Fsyncs a folder so that entries created or renamed in it are on disk. */
export async function syncDir(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some filesystems (and Windows) refuse fsync on a directory; the rename is still atomic.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EPERM' && code !== 'EISDIR' && code !== 'ENOTSUP') {
      throw error;
    }
  } finally {
    await handle.close();
  }
}

/** Creates `folder` (and its parents) and fsyncs its parent when it was new. */
export async function ensureDir(folder: string): Promise<void> {
  const created = await mkdir(folder, { recursive: true });
  if (created !== undefined) await syncDir(dirname(folder));
}

/**
 * Removes temp files left in `tmpDir` by writes that never finished (a killed process).
 * Only call while holding the workspace lock: a live writer's temp files would vanish.
 * Returns how many were removed.
 */
export async function sweepTemps(tmpDir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(tmpDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const stale = names.filter((name) => name.endsWith(TEMP_SUFFIX));
  await Promise.all(stale.map((name) => rm(join(tmpDir, name), { force: true })));
  return stale.length;
}
