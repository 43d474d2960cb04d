/**
 * Exit codes and the errors the CLI tells apart.
 */
import { terminalLine } from './terminal';

/** Process exit codes of `galley`: 0 all went well, 1 some file failed, 2 the command was misused. */
export const EXIT = { ok: 0, fileFailed: 1, usage: 2 } as const;

/** The command line itself is wrong (a bad option value, an impossible output): exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One input file could not be processed; `message` is a sentence naming no file. */
export class FileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'FileError';
  }
}

/** The one-line stderr report of a failed file: `galley: FILE: reason` (control characters escaped). */
export function fileErrorLine(file: string, message: string): string {
  return `galley: ${terminalLine(file)}: ${terminalLine(message.replace(/\s*\n\s*/g, ' '))}\n`;
}

/** A person-readable sentence for a filesystem error (ENOENT, EISDIR, EACCES…). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
