/**
 * Highlights the find panel's hits in the visible part of the editor (only what is on screen is
 * searched, so a long issue stays fast). The hit under the selection is marked as current.
 */
import type { SearchQuery } from '@codemirror/search';
import {
  RangeSetBuilder,
  StateEffect,
  StateField,
  type EditorState,
  type Extension,
} from '@codemirror/state';
import {
  Decoration,
  ViewPlugin,
  type DecorationSet,
  type EditorView,
  type ViewUpdate,
} from '@codemirror/view';

/** Sets the query whose hits are highlighted, or null for none. */
export const setFindQuery = StateEffect.define<SearchQuery | null>();

const queryField = StateField.define<SearchQuery | null>({
  create: () => null,
  update: (query, tr) => {
    for (const e of tr.effects) if (e.is(setFindQuery)) query = e.value;
    return query;
  },
});

/** The query whose hits are highlighted (the scan pane frames the same hits), or null. */
export function findQueryOf(state: EditorState): SearchQuery | null {
  return state.field(queryField, false) ?? null;
}

const hit = Decoration.mark({ class: 'cm-find-hit' });
const current = Decoration.mark({ class: 'cm-find-hit cm-find-hit--current' });

/** Most hits decorated per screenful (a query like "的" can match every line). */
const MAX_VISIBLE_HITS = 2000;

function decorate(view: EditorView): DecorationSet {
  const query = view.state.field(queryField);
  if (!query || !query.valid) return Decoration.none;
  const builder = new RangeSetBuilder<Decoration>();
  const { main } = view.state.selection;
  let n = 0;
  for (const { from, to } of view.visibleRanges) {
    const cursor = query.getCursor(view.state, from, to);
    for (let step = cursor.next(); !step.done && n < MAX_VISIBLE_HITS; step = cursor.next(), n++) {
      const m = step.value;
      builder.add(m.from, m.to, m.from === main.from && m.to === main.to ? current : hit);
    }
  }
  return builder.finish();
}

const highlighter = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorate(view);
    }
    update(update: ViewUpdate) {
      const changed = update.startState.field(queryField) !== update.state.field(queryField);
      if (changed || update.docChanged || update.viewportChanged || update.selectionSet) {
        this.decorations = decorate(update.view);
      }
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

/** The query field and its highlighter. */
export const findHighlight: Extension = [queryField, highlighter];
