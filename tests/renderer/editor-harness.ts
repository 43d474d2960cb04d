/**
 * A proofreading editor state without a DOM: the same extensions the Proofread screen uses
 * (findings, decisions, undo history), driven by transactions as the screen drives them.
 */
import { history, redo, undo } from '@codemirror/commands';
import { EditorState, type TransactionSpec } from '@codemirror/state';
import { analyseText } from '../../src/core/analyse';
import type { Finding } from '../../src/core/finding';
import type { Decision } from '../../src/shared/contract';
import {
  findingsExtension,
  setFindings,
  withDecisions,
} from '../../src/renderer/src/screens/proofread/editor/findings-state';

export class Harness {
  state: EditorState;

  constructor(text: string, decisions: Record<string, Decision> = {}) {
    this.state = EditorState.create({
      doc: text,
      extensions: [history(), findingsExtension, withDecisions(decisions)],
    });
  }

  /** A harness whose findings are the engine's on `text`. */
  static analysed(text: string, decisions: Record<string, Decision> = {}): Harness {
    const harness = new Harness(text, decisions);
    harness.dispatch({ effects: setFindings.of(analyseText(text).findings) });
    return harness;
  }

  get text(): string {
    return this.state.doc.toString();
  }

  dispatch(spec: TransactionSpec | null): void {
    if (spec) this.state = this.state.update(spec).state;
  }

  /** Re-analyses the current text, as the worker does after a pause. */
  reanalyse(): Finding[] {
    const { findings } = analyseText(this.text);
    this.dispatch({ effects: setFindings.of(findings) });
    return findings;
  }

  undo(): boolean {
    return undo({ state: this.state, dispatch: (tr) => (this.state = tr.state) });
  }

  redo(): boolean {
    return redo({ state: this.state, dispatch: (tr) => (this.state = tr.state) });
  }
}
