/**
 * Version texts as content-addressed files, and the per-version sidecar records.
 *
 * A text is stored once per distinct content, as UTF-8 under `texts/<sha[0:2]>/<sha>.txt`;
 * saving a new version writes only its own new file (if its content is new) and never touches
 * another. Texts are verified against their sha256 when read, so a damaged file is reported,
 * never returned as if it were the version.
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ensureDir, syncDir, writeDurable } from './durable';
import { WorkspaceError } from './errors';
import { ISSUE_STATE_NAME, issueStatePath, recordPath, textPath, type Layout } from './layout';
import {
  issueStateSchema,
  versionRecordSchema,
  type IssueState,
  type VersionRecord,
} from './schema';

/**
 * Encodes `text` as UTF-8 for storage. Throws `malformed-text` for a lone UTF-16 surrogate,
 * which UTF-8 cannot carry: storing it would silently change the text.
 */
export function encodeText(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  // UTF-8 encoding turns a lone surrogate into U+FFFD; only then is the (slower) check needed.
  if (bytes.includes(REPLACEMENT_UTF8) && !isWellFormed(text)) {
    const at = firstLoneSurrogate(text);
    throw new WorkspaceError(
      'malformed-text',
      `The text has a broken character (a lone UTF-16 surrogate at offset ${at}); it cannot be stored as it is.`,
    );
  }
  return bytes;
}

const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);

/** A text whose bytes are on their way to disk. */
export interface PendingText {
  /** Lowercase hex sha256 of the bytes: the file's name. */
  readonly sha256: string;
  /** Bytes of the UTF-8 text. */
  readonly size: number;
  /** Resolves once the file is durable under its name (or was already there). */
  readonly stored: Promise<void>;
}

/** Lowercase hex sha256 of `bytes`. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `String.prototype.isWellFormed` (ES2024, native in Node 20) where present, else a scan. */
function isWellFormed(text: string): boolean {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(text) : firstLoneSurrogate(text) < 0;
}

function firstLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return i;
    }
    if (code >= 0xdc00 && code <= 0xdfff) return i;
  }
  return -1;
}

/** The texts and records of one workspace. */
export class TextStore {
  constructor(private readonly layout: Layout) {}

  /**
   * Stores `bytes` durably under their sha256 (the tmp/ folder must exist). Resolves with the
   * sha as soon as it is known: the hash is computed while the temp file's fsync runs, and the
   * rename to the final name (skipped when a complete copy is already there: files only ever
   * appear under their name by an atomic rename of a fsynced temp file) ends `stored`.
   */
  async putText(bytes: Buffer): Promise<PendingText> {
    const temp = join(this.layout.tmp, `text.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temp, 'wx', 0o644);
    let synced: Promise<void>;
    try {
      await handle.writeFile(bytes);
      synced = handle.sync();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await rm(temp, { force: true });
      throw error;
    }
    synced.catch(() => undefined); // awaited below; this only marks it handled meanwhile
    const sha256 = sha256Hex(bytes);
    const stored = (async () => {
      try {
        await synced;
      } finally {
        await handle.close();
      }
      const path = textPath(this.layout, sha256);
      if (await hasSize(path, bytes.length)) {
        await rm(temp, { force: true });
        return;
      }
      await ensureDir(dirname(path));
      await rename(temp, path);
      await syncDir(dirname(path));
    })().catch(async (error: unknown) => {
      await rm(temp, { force: true }).catch(() => undefined);
      throw error;
    });
    stored.catch(() => undefined); // the caller awaits it; this only marks it handled meanwhile
    return { sha256, size: bytes.length, stored };
  }

  /** Reads the text whose sha256 is `sha`, verifying its bytes. */
  async getText(sha: string): Promise<string> {
    let bytes: Buffer;
    try {
      bytes = await readFile(textPath(this.layout, sha));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new WorkspaceError(
          'missing-text',
          `The text file of this version (${sha.slice(0, 12)}…) is missing from the workspace.`,
        );
      }
      throw error;
    }
    if (sha256Hex(bytes) !== sha) {
      throw new WorkspaceError(
        'corrupt-text',
        `The text file of this version (${sha.slice(0, 12)}…) is damaged: its content no longer matches its checksum.`,
      );
    }
    return bytes.toString('utf8');
  }

  /** True when a text file named `sha` exists. */
  async hasText(sha: string): Promise<boolean> {
    try {
      await stat(textPath(this.layout, sha));
      return true;
    } catch {
      return false;
    }
  }

  /** Every stored text's sha256 (used by recovery). */
  async listTexts(): Promise<string[]> {
    const shas: string[] = [];
    for (const shard of await readdirOrEmpty(this.layout.texts)) {
      for (const name of await readdirOrEmpty(join(this.layout.texts, shard))) {
        const match = /^([0-9a-f]{64})\.txt$/.exec(name);
        if (match && match[1].startsWith(shard)) shas.push(match[1]);
      }
    }
    return shas;
  }

  /** Writes a version's sidecar durably. */
  async putRecord(record: VersionRecord): Promise<void> {
    const path = recordPath(this.layout, record.issue.id, record.version.id);
    await ensureDir(dirname(path));
    await writeDurable(path, `${JSON.stringify(record)}\n`, { tmpDir: this.layout.tmp });
  }

  /** Reads one version's sidecar, or undefined when it is missing or unreadable. */
  async getRecord(issueId: string, versionId: string): Promise<VersionRecord | undefined> {
    return readRecord(recordPath(this.layout, issueId, versionId));
  }

  /**
   * Every readable sidecar (used by recovery). Unreadable ones are counted in `skipped`, never
   * deleted.
   */
  async listRecords(): Promise<{ records: VersionRecord[]; skipped: number }> {
    const records: VersionRecord[] = [];
    let skipped = 0;
    for (const issueDir of await readdirOrEmpty(this.layout.records)) {
      const folder = join(this.layout.records, issueDir);
      for (const name of await readdirOrEmpty(folder)) {
        if (!name.endsWith('.json') || name === ISSUE_STATE_NAME) continue;
        const record = await readRecord(join(folder, name));
        if (record) records.push(record);
        else skipped++;
      }
    }
    return { records, skipped };
  }
}

/** Writes an issue's state record durably (before the index row it matches). */
export async function putIssueState(layout: Layout, state: IssueState): Promise<void> {
  const path = issueStatePath(layout, state.issue.id);
  await ensureDir(dirname(path));
  await writeDurable(path, `${JSON.stringify(state)}\n`, { tmpDir: layout.tmp });
}

/** Reads an issue's state record, or undefined when it is missing or unreadable. */
export async function getIssueState(
  layout: Layout,
  issueId: string,
): Promise<IssueState | undefined> {
  try {
    const raw: unknown = JSON.parse(await readFile(issueStatePath(layout, issueId), 'utf8'));
    const parsed = issueStateSchema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

async function hasSize(path: string, size: number): Promise<boolean> {
  try {
    return (await stat(path)).size === size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

async function readRecord(path: string): Promise<VersionRecord | undefined> {
  try {
    const parsed = versionRecordSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

async function readdirOrEmpty(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}
