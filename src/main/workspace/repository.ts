/**
 * The workspace as the services see it: a repository of issues, their immutable versions,
 * decisions and settings. The lowdb implementation is in `lowdb-repository.ts`; services
 * depend on this interface only (tests use the real implementation on a temp folder).
 *
 * Reads are synchronous over the in-memory index; version texts are read from disk. Every
 * write is durable when its promise resolves: a resolved `addVersion` is an acknowledged save
 * that survives a crash at any later moment.
 */
import type { TextPatch } from '../../shared/text-patch';
import type { RecoveryReport } from './recovery';
import type {
  Decision,
  DecisionRow,
  IssueDetails,
  IssueRow,
  ReviewRound,
  JsonValue,
  VersionOrigin,
  VersionRecord,
  VersionRow,
} from './schema';

/** An issue's fields as given on import (the store adds id, created and trashed). */
export type NewIssue = Omit<IssueRow, 'id' | 'created' | 'trashed'>;

/** The editable fields of an issue. */
export type IssuePatch = Partial<Pick<IssueRow, 'title' | 'publication' | 'date' | 'edition'>>;

/** A version to add; the store assigns id, number, parent, created, sha256 and size. */
export interface NewVersion {
  /** The text exactly as it is to be stored (callers normalize line ends first). */
  readonly text: string;
  readonly origin: VersionOrigin;
  readonly author: string;
  readonly message: string;
  /** Galley's own message as data (the English `message` is its wording). */
  readonly note?: VersionRow['note'];
  /** Blocks of the text's document. */
  readonly blocks: number;
  /** Open (not rejected) findings on the text. */
  readonly findings: number;
  /** Decisions recorded together with this version (e.g. the findings a clean accepted). */
  readonly decisions?: readonly DecisionInput[];
  /** For an imported version: the OCR's low-confidence words, offsets into `text`. */
  readonly lowConfidence?: VersionRecord['lowConfidence'];
}

export interface DecisionInput {
  readonly findingId: string;
  readonly decision: Decision;
}

/** The editor's unsaved working copy of an issue, kept after its head version. */
export interface Autosave {
  readonly issueId: string;
  /** The head version the working copy was edited from. */
  readonly baseVersionId: string;
  readonly text: string;
  readonly savedAt: string;
}

export interface ListIssuesOptions {
  /** Include issues in the trash (default false). */
  readonly includeTrashed?: boolean;
}

export interface WorkspaceRepository {
  /** The workspace folder (absolute). */
  readonly folder: string;
  /** False for a workspace opened to read only (no lock held); writes then throw. */
  readonly writable: boolean;
  /** What opening had to repair, or null when the index was sound. */
  readonly recovery: RecoveryReport | null;

  /** Issues in order of creation. */
  listIssues(options?: ListIssuesOptions): IssueRow[];
  getIssue(issueId: string): IssueRow | undefined;
  /** The issue whose id is `ref` or starts with it (trashed ones included). */
  resolveIssue(ref: string): IssueRow;

  /** An issue's versions, number 1 (imported) first. */
  listVersions(issueId: string): VersionRow[];
  /** The latest version of an issue. */
  headVersion(issueId: string): VersionRow;
  /** A version by number (`3`, `'3'`), id or unique id prefix. */
  resolveVersion(issueId: string, ref: string | number): VersionRow;
  /** A version's text, verified against its sha256. */
  readText(version: VersionRow): Promise<string>;
  /** A version's sidecar (its low-confidence words live there), if readable. */
  readRecord(version: VersionRow): Promise<VersionRecord | undefined>;

  /** Creates an issue with its first version, atomically as far as readers see. */
  createIssue(
    issue: NewIssue,
    first: NewVersion,
  ): Promise<{ issue: IssueRow; version: VersionRow }>;
  /** Adds a version after the issue's head; the text file is durable before the index row. */
  addVersion(issueId: string, version: NewVersion): Promise<VersionRow>;
  /**
   * Changes an issue's details; the change (with `author` and the time) is added to the
   * details' history in the issue's state record, which starts with the imported details.
   */
  updateIssue(issueId: string, patch: IssuePatch, author?: string): Promise<IssueRow>;
  /** Every state of an issue's details, oldest (the imported ones) first, the current last. */
  detailsHistory(issueId: string): Promise<IssueDetails[]>;
  /** Marks version `versionId` as the end of the issue's next review round (一校, 二校…). */
  markRound(issueId: string, versionId: string, author: string): Promise<ReviewRound[]>;
  /** The issue's review rounds, in order. */
  listRounds(issueId: string): Promise<ReviewRound[]>;
  /** Moves an issue to the trash (true) or back (false). */
  setTrashed(issueId: string, trashed: boolean): Promise<IssueRow>;

  /** An issue's decisions, at most one per finding id (the latest). */
  listDecisions(issueId: string): DecisionRow[];
  /** Records decisions (replacing earlier ones for the same finding ids); returns how many. */
  recordDecisions(
    issueId: string,
    decisions: readonly DecisionInput[],
    versionId?: string | null,
  ): Promise<number>;

  getSettings(): Readonly<Record<string, JsonValue>>;
  /** Merges `patch` into the settings (a null value removes a key). */
  updateSettings(patch: Readonly<Record<string, JsonValue>>): Promise<Record<string, JsonValue>>;

  putAutosave(issueId: string, baseVersionId: string, text: string): Promise<Autosave>;
  /**
   * Applies `patch` to the working copy written at `patch.since` on `baseVersionId`, or to that
   * version itself when `since` is its id; null when there is no such copy any more or the patch
   * does not fit it (the caller sends the text).
   */
  patchAutosave(
    issueId: string,
    baseVersionId: string,
    patch: TextPatch & { readonly since: string },
  ): Promise<Autosave | null>;
  getAutosave(issueId: string): Promise<Autosave | null>;
  discardAutosave(issueId: string): Promise<boolean>;

  /** Waits for pending writes and releases the lock. Further calls throw `closed`. */
  close(): Promise<void>;
}
