/**
 * Rebuilding a damaged or stale index. The damaged file is moved into backups/ under a new name
 * (never overwritten, never deleted), then the index is rebuilt from the last good copy plus the
 * version sidecars (every version whose row is missing comes back, with its issue and its
 * number), issue rows come from their state records (trash and details as last changed), and
 * any text file no version names becomes a version of a "Recovered texts" issue, so nothing on
 * disk is left unreachable.
 *
 * A stale index is one that is valid but older than the records beside it (a backup or a sync
 * tool brought back yesterday's index.json): it lists fewer versions than the sidecars, or issue
 * rows other than their state records. It is found on every open by one readdir per issue
 * folder, and rebuilt the same way, starting from itself.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, readdir, rename, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { splitBlocks } from '../../core/document/document';
import { englishMessage, type VersionNote } from '../../shared/version-note';
import { ensureDir, syncDir } from './durable';
import { newId } from './ids';
import { readIndexFile, type DamageKind } from './index-file';
import { ISSUE_STATE_NAME, textPath, type Layout } from './layout';
import {
  emptyIndex,
  type DecisionRow,
  type IndexData,
  type IssueRow,
  type VersionRow,
} from './schema';
import { getIssueState, type TextStore } from './text-store';

/** What a recovery found and did; the CLI and the app tell the editor. */
export interface RecoveryReport {
  /**
   * What was wrong with index.json ('missing': gone while version files remain; 'stale': valid
   * but older than the version sidecars or issue state records beside it).
   */
  readonly damage: DamageKind | 'missing' | 'stale' | 'interrupted';
  readonly detail: string;
  /** Where the damaged index was kept, or null when there was no file. */
  readonly backup: string | null;
  /** Where a damaged good copy was kept, or null. */
  readonly goodBackup: string | null;
  /** True when the rebuild started from index.json.good. */
  readonly fromGoodCopy: boolean;
  /** Versions (and issues) brought back from their sidecar records. */
  readonly versionsFromRecords: number;
  readonly issuesFromRecords: number;
  /** Text files no version named, now versions of the "Recovered texts" issue. */
  readonly orphanTexts: number;
  readonly recoveredIssueId: string | null;
  /** Version rows whose text file is missing (kept; reading them reports the loss). */
  readonly missingTexts: number;
  /** Sidecar files that could not be read. */
  readonly skippedRecords: number;
  /** Issue rows (trash state, details) taken from their state records. */
  readonly issueStates: number;
  /**
   * Issues rebuilt from version sidecars alone, with no good copy or state record to say
   * whether they were trashed: they come back untrashed.
   */
  readonly unknownStates: number;
}

/** What an open finds when the index is valid but older than the records beside it. */
export interface Staleness {
  /** Version sidecars whose version the index does not list. */
  readonly versions: number;
  /** Issue state records whose row differs from the index's. */
  readonly issues: number;
}

/**
 * Compares the index with the records on disk: one readdir per issue folder (and a read of the
 * few issue state records). Returns null when the index knows everything the records hold.
 */
export async function findStaleness(layout: Layout, data: IndexData): Promise<Staleness | null> {
  const known = new Map<string, Set<string>>();
  for (const version of data.versions) {
    const ids = known.get(version.issueId);
    if (ids) ids.add(version.id);
    else known.set(version.issueId, new Set([version.id]));
  }
  const rows = new Map(data.issues.map((issue) => [issue.id, issue]));
  let versions = 0;
  let issues = 0;
  const folders = await readdir(layout.records).catch(() => [] as string[]);
  await Promise.all(
    folders.map(async (issueId) => {
      const names = await readdir(join(layout.records, issueId)).catch(() => [] as string[]);
      const ids = known.get(issueId);
      for (const name of names) {
        if (name === ISSUE_STATE_NAME) {
          const state = await getIssueState(layout, issueId);
          const row = rows.get(issueId);
          if (state && (!row || JSON.stringify(row) !== JSON.stringify(state.issue))) issues++;
          continue;
        }
        const match = /^([0-9a-z]{4,32})\.json$/.exec(name);
        if (match && !ids?.has(match[1])) versions++;
      }
    }),
  );
  return versions > 0 || issues > 0 ? { versions, issues } : null;
}

/** Moves `path` into backups/ as `<stem>-<time>-<label>-<random>.json`; returns the new path. */
export async function backUp(layout: Layout, path: string, label: string): Promise<string> {
  await ensureDir(layout.backups);
  const target = join(layout.backups, backupName(path, label));
  await rename(path, target);
  await syncDir(layout.backups);
  await syncDir(layout.root);
  return target;
}

/** Copies `path` into backups/ (the original stays); returns the copy's path. */
export async function copyToBackups(layout: Layout, path: string, label: string): Promise<string> {
  await ensureDir(layout.backups);
  const target = join(layout.backups, backupName(path, label));
  await copyFile(path, target);
  await syncDir(layout.backups);
  return target;
}

function backupName(path: string, label: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return `${basename(path)}-${stamp}-${label}-${randomBytes(3).toString('hex')}`;
}

/**
 * Rebuilds the index after `damage` (index.json is moved aside first). The caller holds the
 * lock and writes the returned data.
 */
export async function rebuildIndex(
  layout: Layout,
  texts: TextStore,
  damage: { kind: DamageKind | 'missing' | 'stale' | 'interrupted'; detail: string },
  stale?: IndexData,
): Promise<{ data: IndexData; report: RecoveryReport }> {
  const backup =
    damage.kind === 'missing'
      ? null
      : damage.kind === 'stale' || damage.kind === 'interrupted'
        ? await copyToBackups(layout, layout.index, damage.kind)
        : await backUp(layout, layout.index, `damaged-${damage.kind}`);

  let data = emptyIndex();
  let fromGoodCopy = false;
  let goodBackup: string | null = null;
  const good = await readIndexFile(layout.goodIndex);
  if (good.state === 'ok') {
    data = structuredClone(good.data);
    fromGoodCopy = true;
  } else if (good.state === 'damaged') {
    goodBackup = await backUp(layout, layout.goodIndex, `damaged-${good.kind}`);
  }
  // A stale index is a sound start too: begin from whichever of the two knows more versions.
  if (stale && (!fromGoodCopy || stale.versions.length > data.versions.length)) {
    data = structuredClone(stale);
    fromGoodCopy = false;
  }
  const before = new Set(data.issues.map((issue) => issue.id));

  const fromRecords = await mergeRecords(data, texts);
  const states = await applyIssueStates(data, layout, before);
  const orphans = await adoptOrphanTexts(data, texts, layout);
  renumber(data);

  let missingTexts = 0;
  for (const version of data.versions) {
    if (!(await texts.hasText(version.sha256))) missingTexts++;
  }

  return {
    data,
    report: {
      damage: damage.kind,
      detail: damage.detail,
      backup,
      goodBackup,
      fromGoodCopy,
      versionsFromRecords: fromRecords.versions,
      issuesFromRecords: fromRecords.issues,
      skippedRecords: fromRecords.skipped,
      orphanTexts: orphans.count,
      recoveredIssueId: orphans.issueId,
      missingTexts,
      issueStates: states.applied,
      unknownStates: states.unknown,
    },
  };
}

/**
 * Replaces issue rows with their state records (written before every change of a row, so never
 * older than the index's). Counts the rows replaced, and the issues that came from sidecars
 * alone with no state record (`known` holds the issues the start of the rebuild knew).
 */
async function applyIssueStates(
  data: IndexData,
  layout: Layout,
  known: ReadonlySet<string>,
): Promise<{ applied: number; unknown: number }> {
  let applied = 0;
  let unknown = 0;
  for (let i = 0; i < data.issues.length; i++) {
    const issue = data.issues[i];
    const state = await getIssueState(layout, issue.id);
    if (!state) {
      if (!known.has(issue.id)) unknown++;
      continue;
    }
    if (JSON.stringify(state.issue) !== JSON.stringify(issue)) {
      data.issues[i] = state.issue;
      applied++;
    }
  }
  return { applied, unknown };
}

async function mergeRecords(
  data: IndexData,
  texts: TextStore,
): Promise<{ versions: number; issues: number; skipped: number }> {
  const { records, skipped } = await texts.listRecords();
  const issues = new Set(data.issues.map((i) => i.id));
  const versions = new Set(data.versions.map((v) => v.id));
  const decided = new Map(data.decisions.map((d, i) => [`${d.issueId}\u0000${d.findingId}`, i]));
  let addedVersions = 0;
  let addedIssues = 0;
  records.sort(
    (a, b) =>
      a.version.created.localeCompare(b.version.created) || a.version.number - b.version.number,
  );
  for (const record of records) {
    if (versions.has(record.version.id)) continue;
    if (!issues.has(record.issue.id)) {
      data.issues.push(record.issue);
      issues.add(record.issue.id);
      addedIssues++;
    }
    data.versions.push(record.version);
    versions.add(record.version.id);
    addedVersions++;
    for (const decision of record.decisions) {
      const key = `${decision.issueId}\u0000${decision.findingId}`;
      const at = decided.get(key);
      if (at === undefined) {
        decided.set(key, data.decisions.length);
        data.decisions.push(decision);
      } else if (decision.decided > data.decisions[at].decided) {
        data.decisions[at] = decision; // made after the good copy was written
      }
    }
  }
  return { versions: addedVersions, issues: addedIssues, skipped };
}

async function adoptOrphanTexts(
  data: IndexData,
  texts: TextStore,
  layout: Layout,
): Promise<{ count: number; issueId: string | null }> {
  const named = new Set(data.versions.map((v) => v.sha256));
  const orphans: { sha: string; mtime: number; size: number }[] = [];
  for (const sha of await texts.listTexts()) {
    if (named.has(sha)) continue;
    const info = await stat(textPath(layout, sha));
    orphans.push({ sha, mtime: info.mtimeMs, size: info.size });
  }
  if (orphans.length === 0) return { count: 0, issueId: null };
  orphans.sort((a, b) => a.mtime - b.mtime || a.sha.localeCompare(b.sha));

  const created = new Date().toISOString();
  const issue: IssueRow = {
    id: newId(),
    title: `Recovered texts (${created.slice(0, 10)})`,
    publication: '',
    date: '',
    edition: '',
    sourceName: '',
    format: 'txt',
    encoding: 'utf-8',
    pages: 1,
    created,
    trashed: null,
  };
  data.issues.push(issue);
  let parent: string | null = null;
  for (const orphan of orphans) {
    const text = await texts.getText(orphan.sha).catch(() => null);
    if (text === null) continue;
    const note: VersionNote = {
      code: 'recovered',
      params: { file: `texts/${orphan.sha.slice(0, 2)}/${orphan.sha}.txt` },
    };
    const version: VersionRow = {
      id: newId(),
      issueId: issue.id,
      number: 1,
      parent,
      created: new Date(orphan.mtime).toISOString(),
      author: 'galley',
      message: englishMessage(note),
      note,
      origin: 'recovered',
      sha256: orphan.sha,
      size: orphan.size,
      blocks: splitBlocks(text).length,
      findings: 0,
    };
    data.versions.push(version);
    parent = version.id;
    // A sidecar, so that a later recovery finds these in this issue instead of adopting again.
    await texts.putRecord({ record: 1, version, issue, decisions: [] as DecisionRow[] });
  }
  return { count: orphans.length, issueId: issue.id };
}

/**
 * Makes version numbers dense per issue again while keeping the numbers editors know. Two rows
 * with one number happen when a save wrote its sidecar but was killed before its index row
 * landed, and the next save took the same number: the row another version names as its parent
 * keeps the number (else the later one, which the index had acknowledged), and the unacknowledged
 * save comes back after the issue's other versions.
 */
function renumber(data: IndexData): void {
  const byIssue = new Map<string, VersionRow[]>();
  for (const version of data.versions) {
    const list = byIssue.get(version.issueId) ?? [];
    list.push(version);
    byIssue.set(version.issueId, list);
  }
  const parents = new Set(data.versions.flatMap((v) => (v.parent ? [v.parent] : [])));
  const ordered: VersionRow[] = [];
  for (const issue of data.issues) {
    const list = byIssue.get(issue.id) ?? [];
    const byNumber = new Map<number, VersionRow>();
    const extras: VersionRow[] = [];
    for (const version of list) {
      const other = byNumber.get(version.number);
      if (!other) {
        byNumber.set(version.number, version);
        continue;
      }
      const keepOther =
        parents.has(other.id) !== parents.has(version.id)
          ? parents.has(other.id)
          : other.created > version.created;
      byNumber.set(version.number, keepOther ? other : version);
      extras.push(keepOther ? version : other);
    }
    const kept = [...byNumber.values()].sort((a, b) => a.number - b.number);
    extras.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
    [...kept, ...extras].forEach((version, i) => ordered.push({ ...version, number: i + 1 }));
  }
  data.versions = ordered;
}
