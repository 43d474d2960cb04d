/**
 * The index file and the lowdb adapter that reads and writes it.
 *
 * Reading classifies what is on disk (missing, good, or damaged and why) so the opener can
 * recover. Writing replaces `index.json`, and `index.json.good` with a separate durable copy of
 * the same bytes unless the change is one the version sidecars record (a new version or issue):
 * the good copy plus the sidecars always rebuild the whole index. The good copy is what recovery
 * starts from when the index is damaged
 * later (by a disk, a sync tool or a hand edit), so it must never share the index's inode.
 */
import { readFile } from 'node:fs/promises';
import { ensureDir, prepareDurable, syncDir } from './durable';
import type { Layout } from './layout';
import { migrateIndex } from './migrations';
import type { IndexData } from './schema';

/** Why an index file cannot be used as it is. */
export type DamageKind = 'empty' | 'nul-filled' | 'not-utf8' | 'invalid-json' | 'schema';

export type IndexFileState =
  | { readonly state: 'missing' }
  | { readonly state: 'ok'; readonly data: IndexData; readonly fromVersion: number }
  | { readonly state: 'damaged'; readonly kind: DamageKind; readonly detail: string };

/** Reads and classifies one index file (index.json or its good copy). */
export async function readIndexFile(path: string): Promise<IndexFileState> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  return classifyIndexBytes(bytes);
}

/** Classifies the bytes of an index file; see IndexFileState. */
export function classifyIndexBytes(bytes: Uint8Array): IndexFileState {
  if (bytes.length === 0 || isBlank(bytes)) {
    return { state: 'damaged', kind: 'empty', detail: 'the index file is empty' };
  }
  if (bytes.includes(0)) {
    return {
      state: 'damaged',
      kind: 'nul-filled',
      detail: 'the index file contains NUL bytes (a write the disk never finished)',
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { state: 'damaged', kind: 'not-utf8', detail: 'the index file is not UTF-8 text' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      state: 'damaged',
      kind: 'invalid-json',
      detail: `the index file is not valid JSON (truncated or edited): ${(error as Error).message}`,
    };
  }
  const migrated = migrateIndex(raw);
  if (!migrated.ok) return { state: 'damaged', kind: 'schema', detail: migrated.problem };
  return { state: 'ok', data: migrated.data, fromVersion: migrated.fromVersion };
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false;
  }
  return true;
}

/** Raised by the adapter's read when the index is damaged; the opener recovers from it. */
export class IndexDamagedError extends Error {
  constructor(
    readonly kind: DamageKind,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'IndexDamagedError';
  }
}

/**
 * Serializes the index with one row per line: readable, diffable, and a hand edit of one row
 * touches one line.
 */
export function serializeIndex(data: IndexData): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    let body: string;
    if (Array.isArray(value)) {
      body =
        value.length === 0
          ? '[]'
          : `[\n    ${value.map((row) => JSON.stringify(row)).join(',\n    ')}\n  ]`;
    } else {
      body = JSON.stringify(value);
    }
    parts.push(`  ${JSON.stringify(key)}: ${body}`);
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}

/**
 * lowdb's Adapter for the index, built on durable writes. Writes are queued so that two
 * overlapping `db.write()` calls land in order, each serializing the data as it is when its
 * turn comes (so the last write on disk holds every change made before it was called).
 */
export class DurableIndexAdapter {
  private queue: Promise<void> = Promise.resolve();
  private tmpReady = false;

  constructor(private readonly layout: Layout) {}

  /** Returns the index, null when there is none yet; throws IndexDamagedError when damaged. */
  async read(): Promise<IndexData | null> {
    const found = await readIndexFile(this.layout.index);
    if (found.state === 'missing') return null;
    if (found.state === 'damaged') throw new IndexDamagedError(found.kind, found.detail);
    return found.data;
  }

  /** Durably replaces the index and its good copy with `data` (lowdb's Adapter.write). */
  write(data: IndexData): Promise<void> {
    return this.writeAfter(data, Promise.resolve(), { good: true });
  }

  /**
   * Like `write`, but the new files take the index's place only once `before` has resolved
   * (e.g. the version files the new rows name are durable). The temp files are written and
   * fsynced meanwhile, so the two waits overlap. If `before` rejects, nothing is replaced.
   * `good: false` leaves the good copy as it is: only for changes the sidecars record.
   */
  writeAfter(
    data: IndexData,
    before: Promise<unknown>,
    options: { readonly good: boolean },
  ): Promise<void> {
    const run = this.queue.then(() => this.writeNow(data, before, options.good));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async writeNow(data: IndexData, before: Promise<unknown>, good: boolean): Promise<void> {
    if (!this.tmpReady) {
      await ensureDir(this.layout.tmp);
      this.tmpReady = true;
    }
    const bytes = Buffer.from(serializeIndex(data), 'utf8');
    const targets = good ? [this.layout.index, this.layout.goodIndex] : [this.layout.index];
    const waited = Promise.allSettled([before]);
    const prepared = await Promise.allSettled(
      targets.map((target) => prepareDurable(target, bytes, this.layout.tmp)),
    );
    const [beforeResult] = await waited;
    const temps = prepared.flatMap((result) =>
      result.status === 'fulfilled' ? [result.value] : [],
    );
    const failed = [beforeResult, ...prepared].find((result) => result.status === 'rejected');
    if (failed) {
      await Promise.all(temps.map((temp) => temp.discard()));
      throw failed.reason;
    }
    await Promise.all(temps.map((temp) => temp.commit()));
    await syncDir(this.layout.root);
  }
}
