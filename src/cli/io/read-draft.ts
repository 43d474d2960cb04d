/**
 * Reading a draft file from disk: the checks a batch needs (exists, is a file, not too big),
 * then strict decoding by core.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeBytes, DecodeError, normalizeText, type Encoding } from '../../core/index';
import { describeFsError, FileError } from '../errors';

/** The largest draft Galley reads, in bytes (200 MiB). Bigger files are refused. */
export const MAX_DRAFT_BYTES = 200 * 1024 * 1024;

/** A draft as read from disk. */
export interface Draft {
  /** The decoded text, line ends normalized to `\n` (the text every offset refers to). */
  readonly text: string;
  readonly encoding: Encoding;
  /** Size of the file in bytes. */
  readonly bytes: number;
}

/**
 * Reads and decodes `file`. Throws a FileError (never anything else) for a missing file, a
 * folder, a file over MAX_DRAFT_BYTES, binary data or bytes that do not decode strictly.
 */
export async function readDraft(file: string, encoding?: Encoding): Promise<Draft> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new FileError(file, 'is a folder, not a file');
    if (!info.isFile()) throw new FileError(file, 'is not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(file, describeFsError(error));
  }
  if (size > MAX_DRAFT_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    throw new FileError(file, `is ${mb} MB; Galley reads drafts of at most 200 MB`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new FileError(file, describeFsError(error));
  }
  try {
    const decoded = decodeBytes(bytes, encoding);
    return { text: normalizeText(decoded.text), encoding: decoded.encoding, bytes: size };
  } catch (error) {
    if (error instanceof DecodeError) throw new FileError(file, error.message);
    throw error;
  }
}
