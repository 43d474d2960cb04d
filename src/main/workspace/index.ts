/**
 * The workspace store's public API: open a workspace, then use it through the
 * WorkspaceRepository interface.
 */
export { openWorkspace, type OpenOptions } from './open';
export { defaultWorkspaceFolder } from './default-folder';
export type {
  Autosave,
  DecisionInput,
  IssuePatch,
  ListIssuesOptions,
  NewIssue,
  NewVersion,
  WorkspaceRepository,
} from './repository';
export type { RecoveryReport } from './recovery';
export { WorkspaceError, WorkspaceLockedError, type WorkspaceErrorCode } from './errors';
export {
  DECISIONS,
  SCHEMA_VERSION,
  VERSION_ORIGINS,
  type Decision,
  type DecisionRow,
  type IssueDetails,
  type ReviewRound,
  type IssueRow,
  type JsonValue,
  type VersionOrigin,
  type VersionRecord,
  type VersionRow,
} from './schema';
export { layoutOf, textPath, recordPath, type Layout } from './layout';
export { sha256Hex } from './text-store';
