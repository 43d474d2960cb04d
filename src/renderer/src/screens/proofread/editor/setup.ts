/**
 * The editor's configuration: a plain-text editor for long CJK documents (line wrapping, line
 * numbers, the undo history, the standard editing keys). Undo, redo and find are left out of
 * CodeMirror's keymap on purpose: the app's command registry routes Ctrl+Z/Ctrl+F to them, so
 * the menus, the shortcuts and the editor agree.
 */
import { defaultKeymap, history } from '@codemirror/commands';
import { EditorState, type Extension } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { editorTheme } from './theme';

/** What differs between the editor and the original's view. */
export interface SetupOptions {
  /** The editor's accessible name. */
  readonly label: string;
  /** data-testid of the editable content element. */
  readonly testId: string;
  readonly readOnly?: boolean;
}

/** Extensions every Galley text view shares (the proofreading editor and the original). */
export function basicSetup({ label, testId, readOnly = false }: SetupOptions): Extension {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    drawSelection(),
    highlightActiveLine(),
    EditorView.lineWrapping,
    EditorState.allowMultipleSelections.of(false),
    EditorView.contentAttributes.of({
      'aria-label': label,
      'data-testid': testId,
      spellcheck: 'false',
      autocorrect: 'off',
      autocapitalize: 'off',
    }),
    editorTheme,
    ...(readOnly
      ? [EditorState.readOnly.of(true), EditorView.editable.of(false)]
      : [history(), keymap.of(defaultKeymap)]),
  ];
}
