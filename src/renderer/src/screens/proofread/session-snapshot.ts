/** What the Proofread screen shows of an open issue (ProofreadSession's snapshot). */
import type { Text } from '@codemirror/state';
import type { Finding } from '../../../../core/finding';
import type { OpenedIssue } from '../../../../shared/contract';

/** What the proofreading screen shows; a new object whenever something in it changed. */
export interface SessionSnapshot {
  /** The session's `serial` (0: no session): a snapshot kept back names the issue it shows. */
  readonly serial: number;
  /**
   * Open findings in document order. Rebuilt only when the set of findings changes
   * (`findingsGeneration`); edits that merely move them leave the offsets as they were, so use
   * the session's methods, which read the editor, for anything positional.
   */
  readonly findings: readonly Finding[];
  readonly findingsGeneration: number;
  /** The text as it was when `findings` were listed: their offsets point into it. */
  readonly findingsText: Text;
  readonly activeId: string | null;
  /** Characters without line breaks, and paragraphs, of the working text. */
  readonly characters: number;
  readonly paragraphs: number;
  /** The working text differs from the last saved version. */
  readonly dirty: boolean;
  readonly analysing: boolean;
  /**
   * Increases each time a set of findings lands: the workspace's on open (1), then each
   * analysis after edits or a settings change.
   */
  readonly findingsRound: number;
  /** The findings are those of the current text: no analysis runs or waits for a pause. */
  readonly findingsCurrent: boolean;
  readonly saving: boolean;
  /** An autosaved copy from an earlier session, until the editor recovers or discards it. */
  readonly recovered: OpenedIssue['recovered'];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Increases with every document change (the find panel recomputes its hits on it). */
  readonly docVersion: number;
}
