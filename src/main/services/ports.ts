/**
 * The functions of other rooms the services call, as types, so each service takes them in its
 * constructor and the container (or a test) decides which implementation runs.
 */
import type { ImportedDraft, ImportOptions } from '../import/index';

/** Reads drafts into text (src/main/import). Both throw ImportError with a sentence. */
export interface Importer {
  importDraft(path: string, options?: ImportOptions): Promise<ImportedDraft>;
  importBytes(bytes: Uint8Array, name: string, options?: ImportOptions): Promise<ImportedDraft>;
}

export type { ImportedDraft, ImportOptions };
