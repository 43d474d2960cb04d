/**
 * The workspace's write lock: one writing process per workspace (lowdb supports no more).
 *
 * proper-lockfile holds the lock (an atomic mkdir of `workspace.lock`, kept fresh by mtime).
 * Its own staleness rule takes over a dead holder's lock only after `stale` ms, so the holder
 * also records its pid in `lock-owner.json` (beside the lock folder: a file inside would change
 * the folder's mtime, which proper-lockfile reads as a compromised lock), tagged with the lock
 * folder's inode. A second process that finds the lock asks the kernel whether that pid is
 * alive and takes over at once when it is not, e.g. after a SIGKILL.
 */
import { hostname } from 'node:os';
import { readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import lockfile from 'proper-lockfile';
import { WorkspaceLockedError } from './errors';
import type { Layout } from './layout';

/** Options of acquiring the lock. */
export interface LockOptions {
  /** How long to wait for a live holder to let go, in ms (0 = fail at once). */
  readonly wait?: number;
}

/** What the holder writes beside the lock. */
interface Owner {
  readonly pid: number;
  readonly host: string;
  /** Inode of the lock folder this owner created; ties the owner file to one lock. */
  readonly ino: number;
  readonly acquired: string;
}

/** proper-lockfile's staleness threshold (ms): a lock not refreshed for this long is dead. */
const STALE_MS = 10_000;
/** A lock folder with no owner file this old belongs to a holder that died right after mkdir. */
const OWNERLESS_GRACE_MS = 2_000;
const POLL_MS = 100;

export class WorkspaceLock {
  private lost = false;

  private constructor(
    private readonly layout: Layout,
    private readonly ino: number,
    private readonly unlock: () => Promise<void>,
    /** True when the lock was taken over from a holder that died (killed, crashed) holding it. */
    readonly afterDeadHolder: boolean,
  ) {}

  /**
   * Takes the lock on `layout.root` (which must exist). Throws WorkspaceLockedError naming the
   * holder's pid when a live process holds it past `options.wait`.
   */
  static async acquire(layout: Layout, options: LockOptions = {}): Promise<WorkspaceLock> {
    const deadline = Date.now() + (options.wait ?? 0);
    let tookOver = false;
    for (;;) {
      let holder: WorkspaceLock | undefined;
      try {
        const release = await lockfile.lock(layout.root, {
          lockfilePath: layout.lock,
          realpath: false,
          stale: STALE_MS,
          retries: 0,
          onCompromised: () => {
            if (holder) holder.lost = true;
          },
        });
        const { ino } = await stat(layout.lock);
        holder = new WorkspaceLock(layout, ino, release, tookOver);
        await writeOwner(layout, { pid: process.pid, host: hostname(), ino, acquired: now() });
        return holder;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      }
      const found = await inspect(layout);
      if (found.dead) {
        await takeOver(layout, found.ino);
        tookOver = true;
        continue;
      }
      if (Date.now() >= deadline) throw new WorkspaceLockedError(found.pid, layout.root);
      await sleep(POLL_MS);
    }
  }

  /** True when another process took the lock away (this process stalled past `stale`). */
  get compromised(): boolean {
    return this.lost;
  }

  /** Lets go of the lock: removes the owner file (if still ours), then the lock folder. */
  async release(): Promise<void> {
    const owner = await readOwner(this.layout);
    if (owner && owner.pid === process.pid && owner.ino === this.ino) {
      await rm(this.layout.lockOwner, { force: true });
    }
    if (this.lost) return;
    this.lost = true;
    await this.unlock();
  }
}

/** The holder as far as the files tell: its pid and whether it is certainly dead. */
async function inspect(
  layout: Layout,
): Promise<{ pid: number | null; dead: boolean; ino: number | null }> {
  let lockStat;
  try {
    lockStat = await stat(layout.lock);
  } catch {
    // Released meanwhile: try again at once.
    return { pid: null, dead: true, ino: null };
  }
  const owner = await readOwner(layout);
  if (!owner || owner.ino !== lockStat.ino) {
    const age = Date.now() - lockStat.mtimeMs;
    return { pid: null, dead: age > OWNERLESS_GRACE_MS, ino: lockStat.ino };
  }
  // A pid means nothing on another machine (a shared folder): leave that to proper-lockfile's
  // staleness rule.
  const dead = owner.host === hostname() && !isAlive(owner.pid);
  return { pid: owner.pid, dead, ino: lockStat.ino };
}

/** Removes a dead holder's lock, unless the lock folder changed since it was inspected. */
async function takeOver(layout: Layout, ino: number | null): Promise<void> {
  if (ino === null) return;
  try {
    if ((await stat(layout.lock)).ino !== ino) return;
  } catch {
    return;
  }
  await rm(layout.lockOwner, { force: true });
  await rmdir(layout.lock).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(layout: Layout): Promise<Owner | undefined> {
  try {
    const owner = JSON.parse(await readFile(layout.lockOwner, 'utf8')) as Partial<Owner>;
    if (
      typeof owner.pid === 'number' &&
      typeof owner.ino === 'number' &&
      typeof owner.host === 'string'
    ) {
      return owner as Owner;
    }
  } catch {
    // Missing or half-written: the lock has no known owner.
  }
  return undefined;
}

async function writeOwner(layout: Layout, owner: Owner): Promise<void> {
  // Atomic (rename), not durable: a lock need not survive a power cut.
  const temp = `${layout.lockOwner}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(owner));
  await rename(temp, layout.lockOwner);
}

function now(): string {
  return new Date().toISOString();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
