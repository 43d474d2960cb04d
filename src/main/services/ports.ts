/**
 * The functions of other rooms the services call, as types, so each service takes them in its
 * constructor and a test or the container decides which implementation runs.
 */
import type { ImportedDraft } from '../import/types';

/** Reads a draft file into text (src/main/import). Throws ImportError with a sentence. */
export type ImportDraft = (
  path: string,
  options?: { readonly encoding?: string },
) => Promise<ImportedDraft>;

export type { ImportedDraft };
