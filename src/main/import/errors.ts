/** The one error type of the importers: a reason code and a sentence a person understands. */

/** Why a file could not be imported. */
export type ImportFailure =
  | 'missing'
  | 'not-a-file'
  | 'too-large'
  | 'unknown-type'
  | 'damaged'
  | 'binary'
  | 'undecodable'
  | 'unsafe';

/**
 * Raised for any file that cannot be imported. `message` names the file and says what is wrong
 * in plain words; `reason` is for programs (the CLI's --json, the app's error display).
 */
export class ImportError extends Error {
  constructor(
    readonly reason: ImportFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Formats a byte count for messages: "1.5 MB", "300 KB", "12 bytes" (1 MB = 1024 × 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
