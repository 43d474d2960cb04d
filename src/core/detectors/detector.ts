/**
 * The detector contract: a pure function from a document to finding drafts.
 * One detector per file, registered in `registry.ts`.
 */
import type { Document } from '../document/document';
import type { FindingDraft, FindingKind } from '../finding';

/** Options every detector receives; detectors ignore what they do not use. */
export interface AnalyseOptions {
  /** Kinds to skip entirely (the editor turned them off). */
  readonly disabled?: readonly FindingKind[];
}

export interface Detector {
  readonly kind: FindingKind;
  /**
   * Finds defects. Must be pure and deterministic; every draft's offsets lie inside
   * `[0, doc.text.length]` and its `kind` equals `this.kind`.
   */
  detect(doc: Document, options: AnalyseOptions): FindingDraft[];
}
