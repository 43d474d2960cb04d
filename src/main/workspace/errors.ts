/**
 * Errors of the workspace store. Every `message` is a sentence for a person (the CLI prints it,
 * the IPC layer passes it to the editor); `code` is stable for programs.
 */

/** Why a workspace operation failed. */
export type WorkspaceErrorCode =
  | 'locked'
  | 'lock-lost'
  | 'read-only'
  | 'closed'
  | 'newer-schema'
  | 'damaged'
  | 'not-found'
  | 'ambiguous'
  | 'trashed'
  | 'missing-text'
  | 'corrupt-text'
  | 'malformed-text'
  | 'invalid-input';

export class WorkspaceError extends Error {
  constructor(
    readonly code: WorkspaceErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkspaceError';
  }
}

/** Another live process holds the workspace's write lock. */
export class WorkspaceLockedError extends WorkspaceError {
  constructor(
    /** The holder's process id, or null when the lock names none (yet). */
    readonly pid: number | null,
    readonly folder: string,
  ) {
    super(
      'locked',
      pid === null
        ? `The workspace ${folder} is in use by another process; close it there, or run with --wait.`
        : `The workspace ${folder} is in use by process ${pid}; close it there, or run with --wait.`,
    );
    this.name = 'WorkspaceLockedError';
  }
}
