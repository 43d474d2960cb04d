/** The Proofread screen's shortcuts, active while the screen shows an open issue. */
import { useCommand } from '../../keyboard/hooks';
import type { BatchRequest } from './batch';
import type { ProofreadSession } from './session';

/** What the screen does for the commands that are not the session's. */
export interface ProofreadCommandActions {
  readonly openSave: () => void;
  readonly openFind: (mode: 'find' | 'replace') => void;
  readonly toggleOriginal: () => void;
  /** Shows or hides the page scan (Ctrl+Shift+P). */
  readonly toggleScan?: () => void;
  /** Moves focus between the text and the findings panel. */
  readonly toggleFocus: () => void;
  /** Plans a batch and runs it (after confirmation where it needs one). */
  readonly batch: (request: BatchRequest) => void;
  /** F8 / Shift+F8 went round an end of the text: say so. */
  readonly wrapped?: (direction: 1 | -1) => void;
}

/** Registers the Proofread screen's commands while `active` and a session is open. */
export function useProofreadCommands(
  session: ProofreadSession | null,
  active: boolean,
  actions: ProofreadCommandActions,
): void {
  const on = active && session !== null;
  useCommand('file.save', actions.openSave, on);
  useCommand('edit.undo', () => session?.undo() ?? false, on);
  useCommand('edit.redo', () => session?.redo() ?? false, on);
  useCommand('edit.find', () => actions.openFind('find'), on);
  useCommand('edit.replace', () => actions.openFind('replace'), on);
  useCommand('view.original', actions.toggleOriginal, on);
  useCommand('view.scan', () => actions.toggleScan?.(), on);
  useCommand('view.focusFindings', actions.toggleFocus, on);
  const step = (direction: 1 | -1) => {
    const moved = session?.step(direction) ?? false;
    if (moved === 'wrapped') actions.wrapped?.(direction);
    return moved !== false;
  };
  useCommand('findings.next', () => step(1), on);
  useCommand('findings.previous', () => step(-1), on);
  useCommand('findings.accept', () => session?.accept() ?? false, on);
  useCommand('findings.reject', () => session?.reject() ?? false, on);
  const kindBatch = (action: BatchRequest['action']) => {
    const kind = session?.activeKind();
    if (!kind) return false;
    actions.batch({ action, scope: { kind } });
    return true;
  };
  useCommand('findings.acceptKind', () => kindBatch('accept'), on);
  useCommand('findings.rejectKind', () => kindBatch('reject'), on);
  useCommand('findings.acceptSafe', () => actions.batch({ action: 'accept', scope: 'safe' }), on);
}
