/**
 * The editor's working copies: one file per issue under autosave/, written durably, outside the
 * index (a working copy is not a version and changes every few seconds). The copy this process
 * wrote last is kept in memory too, so the next autosave's patch is applied without reading the
 * file back (the workspace lock keeps other processes from writing it meanwhile).
 */
import { readFile, rm } from 'node:fs/promises';
import { ensureDir, writeDurable } from './durable';
import { autosavePath, type Layout } from './layout';
import type { Autosave } from './repository';

export class AutosaveStore {
  /** The last `savedAt` written per issue: each write gets a later one (patches name it). */
  private readonly written = new Map<string, number>();
  /** The copy written last per issue, as it is on disk. */
  private readonly latest = new Map<string, Autosave>();

  constructor(private readonly layout: Layout) {}

  /** Writes the working copy of `issueId` (the tmp/ folder must exist). */
  async put(issueId: string, baseVersionId: string, text: string): Promise<Autosave> {
    await ensureDir(this.layout.autosave);
    const at = Math.max(Date.now(), (this.written.get(issueId) ?? 0) + 1);
    this.written.set(issueId, at);
    const savedAt = new Date(at).toISOString();
    const autosave: Autosave = { issueId, baseVersionId, text, savedAt };
    await writeDurable(autosavePath(this.layout, issueId), JSON.stringify(autosave), {
      tmpDir: this.layout.tmp,
    });
    this.latest.set(issueId, autosave);
    return autosave;
  }

  /** The working copy of `issueId`, or null when there is none (or it cannot be read). */
  async get(issueId: string): Promise<Autosave | null> {
    const latest = this.latest.get(issueId);
    if (latest) return latest;
    try {
      const raw = JSON.parse(
        await readFile(autosavePath(this.layout, issueId), 'utf8'),
      ) as Partial<Autosave>;
      return typeof raw.text === 'string' &&
        typeof raw.baseVersionId === 'string' &&
        typeof raw.savedAt === 'string'
        ? { issueId, baseVersionId: raw.baseVersionId, text: raw.text, savedAt: raw.savedAt }
        : null;
    } catch {
      return null;
    }
  }

  /** Removes the working copy; true when there was one. */
  async discard(issueId: string): Promise<boolean> {
    const path = autosavePath(this.layout, issueId);
    this.latest.delete(issueId);
    const existed = (await readFile(path).catch(() => null)) !== null;
    await rm(path, { force: true });
    return existed;
  }
}
