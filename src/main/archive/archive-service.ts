/**
 * The archive service: the workspace's archive index for repeats across issues — kept up to
 * date when versions are saved, rebuilt from the version texts when missing or damaged, and
 * offered to analyses as `AnalyseOptions.archive`.
 *
 * The archive is derived data: the head version of every issue, fingerprinted. `refresh()`
 * reconciles it with the workspace (fingerprinting any issue whose head is not indexed, which
 * rebuilds a missing archive); `track(repo)` wraps a repository so every saved version updates
 * it at once. Writes happen only when the workspace is open for writing; a read-only open
 * still refreshes in memory.
 */
import type { ArchiveLookup, ArchiveSource } from '../../core/archive/archive-index';
import { ArchiveIndex } from '../../core/archive/archive-index';
import { archiveKey, fingerprintDocument, printParagraph } from '../../core/archive/prints';
import type { IssueRecord } from '../../core/archive/record';
import { createDocument } from '../../core/document/document';
import { scriptOf } from '../../core/document/script';
import { hashString } from '../../core/finding';
import { normalizeForMatch } from '../../core/similarity/normalize';
import { WorkspaceError } from '../workspace/errors';
import { layoutOf } from '../workspace/layout';
import type { IssueRow, VersionRow } from '../workspace/schema';
import type { WorkspaceRepository } from '../workspace/repository';
import {
  archiveBytes,
  archivePaths,
  readArchive,
  writeLooseRecord,
  writePack,
  type ArchivePaths,
} from './archive-files';
import { readBoilerplate, toMark, writeBoilerplate, type BoilerplateEntry } from './boilerplate';

/** Loose records (one file per issue) beyond which a save compacts them into the pack. */
export const COMPACT_THRESHOLD = 64;

/** What a refresh did. */
export interface RefreshOutcome {
  /** Issues (not in the trash) the archive now covers. */
  readonly issues: number;
  /** Issues fingerprinted now because their head was not indexed (all of them when rebuilt). */
  readonly fingerprinted: number;
  /** True when there was no archive on disk, or it was damaged. */
  readonly rebuilt: boolean;
  /** Damage met while reading (the records concerned were rebuilt). */
  readonly damage: readonly string[];
}

/** The archive's size, for the editor and the benchmarks. */
export interface ArchiveStats {
  readonly issues: number;
  readonly paragraphs: number;
  /** Bytes on disk: pack, loose records and boilerplate marks. */
  readonly bytes: number;
  /** `bytes / issues` (0 for an empty archive). */
  readonly bytesPerIssue: number;
  readonly boilerplate: number;
}

export class ArchiveService {
  private readonly repo: WorkspaceRepository;
  private readonly paths: ArchivePaths;
  private records: Map<string, IssueRecord> | undefined;
  private loose = new Set<string>();
  private damage: string[] = [];
  private missing = false;
  private marks: BoilerplateEntry[] | undefined;
  private index: ArchiveIndex | undefined;
  /** Writes run one after another. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Refreshes and boilerplate changes so far (see `generation`). */
  private changes = 0;
  /** The last error of a background update (the save itself succeeded). */
  lastError: Error | null = null;

  constructor(repo: WorkspaceRepository) {
    this.repo = repo;
    this.paths = archivePaths(layoutOf(repo.folder));
  }

  /**
   * The lookup for analysing issue `issueId`: the archived issues that came before it — an
   * earlier date, or, when either date is unknown or both are the same, imported earlier — and
   * are not in the trash. Without an id (a draft not yet imported) every archived issue counts.
   */
  lookup(issueId?: string): ArchiveLookup {
    const self = issueId === undefined ? undefined : this.repo.getIssue(issueId);
    const inner = this.archiveIndex().lookup({
      excludeIssueId: issueId,
      include: (id) => {
        const issue = this.repo.getIssue(id);
        if (issue === undefined || issue.trashed !== null) return false;
        return self === undefined || comesBefore(issue, self);
      },
    });
    // Messages name the earlier issue as the editor knows it, never by its id.
    const named = <T extends { source: ArchiveSource }>(repeat: T): T => {
      const issue = this.repo.getIssue(repeat.source.issueId);
      if (!issue) return repeat;
      const { publication, title, date } = issue;
      return { ...repeat, source: { ...repeat.source, publication, title, date } };
    };
    return {
      match: (prints) => {
        const found = inner.match(prints);
        return {
          ...found,
          paragraphs: found.paragraphs.map(named),
          articles: found.articles.map(named),
        };
      },
    };
  }

  /**
   * Brings the archive up to date with the workspace: every issue not in the trash whose head
   * version is not indexed is fingerprinted (all of them when the archive is missing); records
   * of deleted issues are dropped. Writes the records when the workspace is writable.
   */
  refresh(): Promise<RefreshOutcome> {
    return this.serial(() => this.counted(() => this.refreshNow()));
  }

  /**
   * Changes with every refresh (records rebuilt, repaired or dropped) and every boilerplate mark
   * added or removed, and every change of an issue's details (repeat messages name them): a key
   * for analyses kept elsewhere (the findings cache). Saves do not change it; they change the issues' heads, which such keys name themselves.
   */
  get generation(): number {
    return this.changes;
  }

  private async refreshNow(): Promise<RefreshOutcome> {
    const records = this.load();
    const rebuilt = this.missing || this.damage.length > 0;
    const damage = [...this.damage];
    let fingerprinted = 0;
    const live = this.repo.listIssues();
    for (const issue of live) {
      const head = this.repo.headVersion(issue.id);
      const have = records.get(issue.id);
      if (have && have.versionId === head.id && have.date === issue.date) continue;
      const text = await this.repo.readText(head);
      await this.put(recordOf(issue, head, text));
      fingerprinted++;
    }
    const known = new Set(this.repo.listIssues({ includeTrashed: true }).map((i) => i.id));
    let dropped = false;
    for (const id of [...records.keys()]) {
      if (!known.has(id)) {
        records.delete(id);
        dropped = true;
      }
    }
    if (this.repo.writable && (dropped || this.damage.length > 0 || this.missing)) {
      await this.compact();
    }
    this.damage = [];
    this.missing = false;
    this.index = undefined;
    return { issues: live.length, fingerprinted, rebuilt, damage };
  }

  /** Indexes `text` as the head of `issue` (called when a version is saved). */
  update(issue: IssueRow, version: VersionRow, text: string): Promise<void> {
    return this.serial(() => this.put(recordOf(issue, version, text)));
  }

  /**
   * `repo` with its saving methods wrapped: after `createIssue`, `addVersion` or `updateIssue`
   * resolves, the archive is updated. An archive failure never fails the save (the archive is
   * derived data; the next refresh repairs it): it is kept in `lastError`.
   */
  track(repo: WorkspaceRepository): WorkspaceRepository {
    return new Proxy(repo, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (property === 'createIssue') {
          return async (...args: Parameters<WorkspaceRepository['createIssue']>) => {
            const created = await target.createIssue(...args);
            await this.quietly(() => this.update(created.issue, created.version, args[1].text));
            return created;
          };
        }
        if (property === 'addVersion') {
          return async (...args: Parameters<WorkspaceRepository['addVersion']>) => {
            const version = await target.addVersion(...args);
            const issue = target.getIssue(args[0]);
            if (issue) await this.quietly(() => this.update(issue, version, args[1].text));
            return version;
          };
        }
        if (property === 'updateIssue') {
          return async (...args: Parameters<WorkspaceRepository['updateIssue']>) => {
            const issue = await target.updateIssue(...args);
            await this.quietly(() => this.redate(issue));
            // Repeat messages name the issue by its details: analyses kept elsewhere are stale.
            this.changes++;
            return issue;
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  /** The boilerplate marks, oldest first. */
  boilerplate(): readonly BoilerplateEntry[] {
    return this.loadMarks();
  }

  /**
   * Marks a paragraph as boilerplate: given as text, or as a block of an issue's head version
   * (`paragraph` is its block index). Throws `invalid-input` for a paragraph too short to be
   * indexed (it is never flagged anyway). Marking the same paragraph twice keeps one mark.
   */
  markBoilerplate(
    what: { readonly text: string } | { readonly issue: string; readonly paragraph: number },
    note = '',
  ): Promise<BoilerplateEntry> {
    return this.serial(async () => {
      this.writable();
      const text = 'text' in what ? what.text : await this.blockText(what.issue, what.paragraph);
      const doc = createDocument(text.trim());
      const block = doc.blocks.length === 1 ? { ...doc.blocks[0], role: 'body' as const } : null;
      const key = block ? archiveKey(block) : null;
      if (!block || key === null) {
        throw new WorkspaceError(
          'invalid-input',
          'Only one paragraph long enough to be compared across issues can be marked as boilerplate.',
        );
      }
      const print = printParagraph(key, scriptOf(key));
      const marks = this.loadMarks();
      const same = marks.find((m) => m.exact === print.exact && m.length === print.length);
      if (same) return same;
      const entry: BoilerplateEntry = {
        id: `b-${hashString(normalizeForMatch(key)).toString(36)}`,
        sample: key.slice(0, 40),
        note,
        created: new Date().toISOString(),
        exact: print.exact,
        length: print.length,
        bands: [...print.bands],
      };
      const next = [...marks, entry];
      await writeBoilerplate(this.paths, next);
      this.marks = next;
      this.index = undefined;
      this.changes++;
      return entry;
    });
  }

  /** Removes a boilerplate mark; false when there was none with that id. */
  unmarkBoilerplate(id: string): Promise<boolean> {
    return this.serial(async () => {
      this.writable();
      const marks = this.loadMarks();
      const next = marks.filter((m) => m.id !== id);
      if (next.length === marks.length) return false;
      await writeBoilerplate(this.paths, next);
      this.marks = next;
      this.index = undefined;
      this.changes++;
      return true;
    });
  }

  /** Size of the archive: issues, paragraphs, bytes on disk and per issue. */
  stats(): ArchiveStats {
    const records = this.load();
    const issues = records.size;
    const bytes = archiveBytes(this.paths);
    return {
      issues,
      paragraphs: [...records.values()].reduce((sum, r) => sum + r.prints.blocks.length, 0),
      bytes,
      bytesPerIssue: issues === 0 ? 0 : Math.round(bytes / issues),
      boilerplate: this.loadMarks().length,
    };
  }

  /** Waits for every pending archive write (call before closing the workspace). */
  async settle(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  private archiveIndex(): ArchiveIndex {
    this.index ??= new ArchiveIndex([...this.load().values()], this.loadMarks().map(toMark));
    return this.index;
  }

  private load(): Map<string, IssueRecord> {
    if (!this.records) {
      const loaded = readArchive(this.paths);
      this.records = loaded.records;
      this.loose = loaded.loose;
      this.damage = loaded.damage;
      this.missing = loaded.missing;
    }
    return this.records;
  }

  private loadMarks(): BoilerplateEntry[] {
    this.marks ??= readBoilerplate(this.paths).marks;
    return this.marks;
  }

  private async put(record: IssueRecord): Promise<void> {
    const records = this.load();
    records.set(record.issueId, record);
    this.index = undefined;
    if (!this.repo.writable) return;
    if (/^[0-9a-z_-]{1,64}$/.test(record.issueId)) {
      await writeLooseRecord(this.paths, record);
      this.loose.add(record.issueId);
    }
    if (this.loose.size >= COMPACT_THRESHOLD) await this.compact();
  }

  private async redate(issue: IssueRow): Promise<void> {
    await this.serial(async () => {
      const have = this.load().get(issue.id);
      if (have && have.date !== issue.date) await this.put({ ...have, date: issue.date });
    });
  }

  private async compact(): Promise<void> {
    const records = this.load();
    await writePack(this.paths, [...records.values()], this.loose);
    this.loose = new Set();
  }

  private async blockText(ref: string, paragraph: number): Promise<string> {
    const issue = this.repo.resolveIssue(ref);
    const text = await this.repo.readText(this.repo.headVersion(issue.id));
    const block = createDocument(text).blocks[paragraph];
    if (!block) {
      throw new WorkspaceError('not-found', `Issue ${issue.id} has no paragraph ${paragraph + 1}.`);
    }
    return block.text;
  }

  private writable(): void {
    if (!this.repo.writable) {
      throw new WorkspaceError(
        'read-only',
        'The workspace is open read-only; marks cannot be saved.',
      );
    }
  }

  /** Runs `work`, then counts a change whether it succeeded or not. */
  private async counted<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      this.changes++;
    }
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async quietly(work: () => Promise<void>): Promise<void> {
    try {
      await work();
      this.lastError = null;
    } catch (error) {
      this.lastError = error instanceof Error ? error : new Error(String(error));
    }
  }
}

/** True when `a` ran before `b`: by date when both are known and differ, else by import. */
function comesBefore(a: IssueRow, b: IssueRow): boolean {
  if (a.date !== '' && b.date !== '' && a.date !== b.date) return a.date < b.date;
  return a.created < b.created || (a.created === b.created && a.id < b.id);
}

/** The archive record of `text` as version `version` of `issue`. */
export function recordOf(issue: IssueRow, version: VersionRow, text: string): IssueRecord {
  return {
    issueId: issue.id,
    versionId: version.id,
    date: issue.date,
    prints: fingerprintDocument(createDocument(text)),
  };
}
