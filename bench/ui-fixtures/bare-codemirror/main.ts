/**
 * The bench's baseline: the same text in a bare CodeMirror 6 editor (the extensions a plain
 * text editor needs, like the app's, but no findings, no panels, no React). The button fetches
 * /issue.txt from the bench's server and opens it, as the app fetches an issue from main.
 */
import { defaultKeymap, history } from '@codemirror/commands';
import { EditorState, Text } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';

/** The few page globals used here (bench/ is typechecked without the DOM lib). */
interface Element {
  addEventListener(type: 'click', listener: () => void): void;
  remove(): void;
}
const page = globalThis as unknown as {
  document: { getElementById(id: string): Element; body: { dataset: Record<string, string> } };
};
const parent = page.document.getElementById('editor');
const button = page.document.getElementById('open');

button.addEventListener('click', () => {
  void fetch('/issue.txt')
    .then((response) => response.text())
    .then((text) => {
      const view = new EditorView({
        parent,
        state: EditorState.create({
          doc: Text.of(text.split('\n')),
          extensions: [
            lineNumbers(),
            highlightActiveLineGutter(),
            highlightSpecialChars(),
            drawSelection(),
            highlightActiveLine(),
            EditorView.lineWrapping,
            history(),
            keymap.of(defaultKeymap),
            EditorView.contentAttributes.of({ 'data-testid': 'editor-content' }),
          ],
        }),
      });
      button.remove();
      page.document.body.dataset.opened = String(view.state.doc.length);
    });
});
