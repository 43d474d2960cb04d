/**
 * The editor's cursor, followed from outside the session: an update listener appended in its own
 * compartment while the hook is mounted, removed when it unmounts.
 */
import { Compartment, StateEffect } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useState } from 'react';

/** What the pane follows of the editor: the cursor, and a count of state effects (find queries). */
export interface EditorWatch {
  /** The main selection's head (UTF-16 offset into the document). */
  readonly head: number;
  /** Increases whenever a transaction carries effects (a new find query, a decision). */
  readonly effects: number;
}

/** Follows the cursor and the state effects of `view`. */
export function useCursor(view: EditorView): EditorWatch {
  const [watch, setWatch] = useState<EditorWatch>(() => ({
    head: view.state.selection.main.head,
    effects: 0,
  }));
  useEffect(() => {
    const slot = new Compartment();
    let frame = 0;
    const listener = EditorView.updateListener.of((update) => {
      const effects = update.transactions.some((tr) => tr.effects.length > 0);
      if (!update.selectionSet && !update.docChanged && !effects) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() =>
        setWatch((last) => ({
          head: update.view.state.selection.main.head,
          effects: last.effects + (effects ? 1 : 0),
        })),
      );
    });
    view.dispatch({ effects: StateEffect.appendConfig.of(slot.of(listener)) });
    return () => {
      cancelAnimationFrame(frame);
      view.dispatch({ effects: slot.reconfigure([]) });
    };
  }, [view]);
  return watch;
}
