/**
 * Where things live inside a workspace folder. One place, so recovery, the store and the tests
 * agree on every path.
 *
 * ```
 * <workspace>/
 *   index.json              the lowdb index (issues, versions, decisions, settings)
 *   index.json.good         a separate copy of the index as of its last change that the
 *                           sidecars do not record (good copy + sidecars = the whole index)
 *   texts/ab/<sha256>.txt   version texts, UTF-8, content-addressed, written once
 *   records/<issue>/<version>.json   one sidecar per version: its row and its issue's row
 *   records/<issue>/_issue.json      the issue's row as last changed (trash, details)
 *   autosave/<issue>.json   the editor's working copy after the head version
 *   backups/                damaged or superseded indexes, never overwritten
 *   tmp/                    temp files of writes in flight; emptied when a writer opens
 *   workspace.lock/         the write lock (proper-lockfile), with lock-owner.json beside it
 * ```
 */
import { join } from 'node:path';

export interface Layout {
  readonly root: string;
  readonly index: string;
  readonly goodIndex: string;
  readonly texts: string;
  readonly records: string;
  readonly autosave: string;
  readonly backups: string;
  readonly tmp: string;
  readonly lock: string;
  readonly lockOwner: string;
}

/** The paths of a workspace rooted at `root` (an absolute folder path). */
export function layoutOf(root: string): Layout {
  return {
    root,
    index: join(root, 'index.json'),
    goodIndex: join(root, 'index.json.good'),
    texts: join(root, 'texts'),
    records: join(root, 'records'),
    autosave: join(root, 'autosave'),
    backups: join(root, 'backups'),
    tmp: join(root, 'tmp'),
    lock: join(root, 'workspace.lock'),
    lockOwner: join(root, 'lock-owner.json'),
  };
}

/** The file holding the text whose sha256 (lowercase hex) is `sha`. */
export function textPath(layout: Layout, sha: string): string {
  return join(layout.texts, sha.slice(0, 2), `${sha}.txt`);
}

/** The sidecar of one version. */
export function recordPath(layout: Layout, issueId: string, versionId: string): string {
  return join(layout.records, issueId, `${versionId}.json`);
}

/** The state record of one issue (its row as last changed). */
export function issueStatePath(layout: Layout, issueId: string): string {
  return join(layout.records, issueId, ISSUE_STATE_NAME);
}

/** The file name of an issue's state record ('_' is not an id character, so no version has it). */
export const ISSUE_STATE_NAME = '_issue.json';

/** The autosaved working copy of one issue. */
export function autosavePath(layout: Layout, issueId: string): string {
  return join(layout.autosave, `${issueId}.json`);
}
