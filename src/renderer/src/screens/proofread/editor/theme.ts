/**
 * The editor's look: a calm paper-like page for CJK text, a colour per finding kind (the same
 * custom properties as the findings panel, defined in proofread.css), dashed underlines for
 * suggestions and solid tints for safe fixes.
 */
import { EditorView } from '@codemirror/view';

/** The editor's theme (colours come from CSS custom properties). */
export const editorTheme = EditorView.theme({
  '&': {
    height: '100%',
    fontSize: 'var(--editor-font-size, 16px)',
    backgroundColor: 'var(--paper)',
    color: 'var(--ink)',
  },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': {
    fontFamily: 'var(--font-text)',
    lineHeight: '1.85',
  },
  '.cm-content': { padding: '16px 0 40vh', maxWidth: '46em', caretColor: 'var(--accent)' },
  '.cm-line': { padding: '0 24px 0 12px' },
  '.cm-gutters': {
    backgroundColor: 'var(--paper)',
    color: 'var(--ink-faint)',
    border: 'none',
    fontFamily: 'var(--font-ui)',
    fontSize: '11px',
  },
  '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)', color: 'var(--ink-soft)' },
  '.cm-finding': {
    backgroundColor: 'var(--kind-tint)',
    borderBottom: '2px solid var(--kind-color)',
    borderRadius: '2px',
  },
  '.cm-finding--suggest': {
    backgroundColor: 'transparent',
    borderBottomStyle: 'dashed',
  },
  '.cm-finding-marker': {
    display: 'inline-block',
    margin: '0 2px',
    padding: '0 3px',
    borderRadius: '3px',
    fontFamily: 'var(--font-ui)',
    fontSize: '0.75em',
    lineHeight: '1.4',
    color: '#fff',
    backgroundColor: 'var(--kind-color)',
    verticalAlign: 'middle',
    cursor: 'pointer',
  },
  '.cm-finding-active': {
    outline: '2px solid var(--accent)',
    outlineOffset: '1px',
    borderRadius: '2px',
  },
  '.cm-finding-activeLine': { boxShadow: 'inset 3px 0 0 var(--accent)' },
  '.cm-lowConfidence': {
    textDecoration: 'underline wavy var(--lowconf)',
    textUnderlineOffset: '4px',
    textDecorationThickness: '1px',
  },
  '.cm-find-hit': { backgroundColor: 'var(--find-hit)', borderRadius: '2px' },
  '.cm-find-hit--current': { backgroundColor: 'var(--find-current)' },
  '.cm-findingGutter .cm-gutterElement': { width: '4px', padding: '0 2px 0 0' },
  '.cm-findingGutter-bar': {
    display: 'block',
    width: '3px',
    height: '100%',
    borderRadius: '2px',
    backgroundColor: 'var(--kind-color)',
  },
});
