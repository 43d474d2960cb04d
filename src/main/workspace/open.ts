/**
 * Opening a workspace: take the lock (to write), sweep the temp files of a killed writer, read
 * the index, and recover it when it is damaged or stale (older than the version sidecars and
 * issue state records beside it). The only entry point to a LowdbWorkspaceRepository.
 */
import { access, mkdir, readdir, rm, rmdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { sweepTemps } from './durable';
import { WorkspaceError } from './errors';
import { DurableIndexAdapter, readIndexFile } from './index-file';
import { layoutOf, type Layout } from './layout';
import { WorkspaceLock } from './lock';
import { LowdbWorkspaceRepository } from './lowdb-repository';
import { copyToBackups, findStaleness, rebuildIndex, type RecoveryReport } from './recovery';
import { SCHEMA_VERSION, emptyIndex, type IndexData } from './schema';
import { TextStore } from './text-store';

export interface OpenOptions {
  /**
   * 'write' (default) takes the workspace's lock; 'read' takes none and sees the index as it
   * was at open (a damaged index is still recovered, under the lock, if nobody holds it).
   */
  readonly mode?: 'read' | 'write';
  /** How long to wait for another process's lock, in ms (default 0: fail at once). */
  readonly wait?: number;
}

/** Opens (creating when absent, on first write) the workspace in `folder`. */
export async function openWorkspace(
  folder: string,
  options: OpenOptions = {},
): Promise<LowdbWorkspaceRepository> {
  const layout = layoutOf(resolve(folder));
  const texts = new TextStore(layout);
  if (options.mode === 'read') return openToRead(layout, texts, options);

  const existed = await access(layout.root).then(
    () => true,
    () => false,
  );
  try {
    await mkdir(layout.root, { recursive: true });
  } catch (error) {
    throw new WorkspaceError(
      'invalid-input',
      `${layout.root} cannot be used as a workspace folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
    );
  }
  const lock = await WorkspaceLock.acquire(layout, { wait: options.wait }).catch(
    async (error: unknown) => {
      if (!existed) await removeIfEmpty(layout);
      throw error;
    },
  );
  try {
    await sweepTemps(layout.tmp);
    await sweepOwnerTemps(layout);
    const { db, adapter, recovery } = await loadIndex(layout, texts, lock.afterDeadHolder);
    const repository = new LowdbWorkspaceRepository(db, adapter, layout, texts, lock, recovery);
    // A folder this open created and nothing was stored in goes again at close (a failed first
    // import leaves no empty workspace behind).
    if (!existed) repository.onClosed(() => removeIfEmpty(layout));
    return repository;
  } catch (error) {
    await lock.release().catch(() => undefined);
    if (!existed) await removeIfEmpty(layout);
    throw error;
  }
}

/** Removes the workspace folder (and its empty tmp/, texts/, records/) when nothing is in it. */
async function removeIfEmpty(layout: Layout): Promise<void> {
  for (const folder of [layout.tmp, layout.texts, layout.records, layout.root]) {
    await rmdir(folder).catch(() => undefined); // fails, as it should, unless empty
  }
}

async function openToRead(
  layout: Layout,
  texts: TextStore,
  options: OpenOptions,
): Promise<LowdbWorkspaceRepository> {
  const found = await readIndexFile(layout.index); // throws `newer-schema`
  const fresh = found.state === 'ok' && !(await findStaleness(layout, found.data));
  if (found.state === 'ok' && !fresh) {
    // Stale: rebuild as a writer would if none holds the workspace. A writer that does hold it
    // checked at its own open, so the records it has beyond the file are its saves in flight.
    const lock = await WorkspaceLock.acquire(layout, { wait: 0 }).catch(() => null);
    if (lock) return recoverToRead(layout, texts, lock);
  }
  if (found.state === 'ok' || (found.state === 'missing' && !(await hasStoredFiles(layout)))) {
    const adapter = new DurableIndexAdapter(layout);
    const db = new Low<IndexData>(adapter, emptyIndex());
    // An old schema is upgraded in memory only; the file is upgraded by the next writer.
    if (found.state === 'ok') db.data = found.data;
    return new LowdbWorkspaceRepository(db, adapter, layout, texts, null, null);
  }
  // Damaged: recover as a writer would, if no writer holds the workspace.
  let lock: WorkspaceLock;
  try {
    lock = await WorkspaceLock.acquire(layout, { wait: options.wait });
  } catch (error) {
    if (error instanceof WorkspaceError && error.code === 'locked') {
      throw new WorkspaceError(
        'damaged',
        `The workspace index is damaged and ${error.message.replace(/^The workspace \S+ is /, 'the workspace is ')} Open it for writing once it is free to repair it.`,
      );
    }
    throw error;
  }
  return recoverToRead(layout, texts, lock);
}

/**
 * Recovers a damaged or stale index as a writer would, under `lock` (released after), and
 * opens the result to read.
 */
async function recoverToRead(
  layout: Layout,
  texts: TextStore,
  lock: WorkspaceLock,
): Promise<LowdbWorkspaceRepository> {
  try {
    await sweepTemps(layout.tmp);
    const loaded = await loadIndex(layout, texts);
    const { db, adapter, recovery } = loaded;
    return new LowdbWorkspaceRepository(db, adapter, layout, texts, null, recovery);
  } finally {
    await lock.release();
  }
}

/** Reads the index (lock held), upgrading an old schema and rebuilding a damaged one. */
async function loadIndex(
  layout: Layout,
  texts: TextStore,
  afterDeadHolder = false,
): Promise<{
  db: Low<IndexData>;
  adapter: DurableIndexAdapter;
  recovery: RecoveryReport | null;
}> {
  const adapter = new DurableIndexAdapter(layout);
  const db = new Low<IndexData>(adapter, emptyIndex());
  const found = await readIndexFile(layout.index); // throws `newer-schema` before touching files
  if (found.state === 'ok') {
    db.data = found.data;
    if (found.fromVersion < SCHEMA_VERSION) {
      // Keep the old file as it was, then write the upgraded index.
      await copyToBackups(layout, layout.index, `schema${found.fromVersion}`);
      await db.write();
    }
    const stale = await findStaleness(layout, found.data);
    if (!stale) return { db, adapter, recovery: null };
    await mkdir(layout.tmp, { recursive: true });
    const detail = [
      stale.versions > 0 ? `the index did not list ${stale.versions} saved version(s)` : '',
      stale.issues > 0 ? `${stale.issues} issue(s) had changed since it was written` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    // After a writer died holding the lock, records beyond the index are its unfinished saves.
    const { data, report } = await rebuildIndex(
      layout,
      texts,
      afterDeadHolder
        ? { kind: 'interrupted', detail: `a Galley process was stopped while saving: ${detail}` }
        : { kind: 'stale', detail: `the index was older than the records beside it: ${detail}` },
      found.data,
    );
    db.data = data;
    await db.write();
    return { db, adapter, recovery: report };
  }
  if (found.state === 'missing' && !(await hasStoredFiles(layout))) {
    return { db, adapter, recovery: null }; // a new workspace: nothing is written until the first change
  }
  const damage =
    found.state === 'missing'
      ? { kind: 'missing' as const, detail: 'the index file is missing but version files exist' }
      : { kind: found.kind, detail: found.detail };
  await mkdir(layout.tmp, { recursive: true });
  const { data, report } = await rebuildIndex(layout, texts, damage);
  db.data = data;
  await db.write();
  return { db, adapter, recovery: report };
}

/** True when the folder holds a good copy, texts or records (so a missing index is a loss). */
async function hasStoredFiles(layout: Layout): Promise<boolean> {
  try {
    await access(layout.goodIndex);
    return true;
  } catch {
    // fall through
  }
  for (const folder of [layout.texts, layout.records]) {
    const entries = await readdir(folder).catch(() => [] as string[]);
    if (entries.length > 0) return true;
  }
  return false;
}

/** Removes half-written lock-owner temp files of killed processes (lock held). */
async function sweepOwnerTemps(layout: Layout): Promise<void> {
  const names = await readdir(layout.root);
  const mine = `lock-owner.json.${process.pid}.tmp`;
  await Promise.all(
    names
      .filter((name) => /^lock-owner\.json\.\d+\.tmp$/.test(name) && name !== mine)
      .map((name) => rm(join(layout.root, name), { force: true })),
  );
}
