/**
 * A stand-in for src/main/import's `importDraft` that reads .txt drafts only, used until the
 * importers' index lands. Same contract: a sentence-bearing ImportError, nothing written.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { ImportError, formatBytes } from '../import/errors';
import { readTxt } from '../import/txt';
import { DEFAULT_MAX_BYTES, type ImportedDraft } from '../import/types';

/** Imports a .txt draft (see ImportDraft). */
export async function importTxtDraft(
  path: string,
  options: { readonly encoding?: string } = {},
): Promise<ImportedDraft> {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ImportError('not-a-file', `"${name}" is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('missing', `"${name}" does not exist.`);
  }
  if (size > DEFAULT_MAX_BYTES) {
    throw new ImportError(
      'too-large',
      `"${name}" is ${formatBytes(size)}; Galley imports drafts of up to ${formatBytes(DEFAULT_MAX_BYTES)}.`,
    );
  }
  if (extname(name).toLowerCase() !== '.txt') {
    throw new ImportError('unknown-type', `"${name}" is not a draft type Galley imports.`);
  }
  const draft = readTxt(await readFile(path), name, options.encoding);
  return {
    text: draft.text,
    format: 'txt',
    encoding: draft.encoding,
    sourceName: name,
    pages: draft.pages,
    lowConfidence: [],
  };
}
