/**
 * Words the OCR engine was unsure of, underlined in the text. The spans are set once and then
 * mapped through every edit; an edited word loses its underline.
 */
import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { LowConfidenceWord } from '../../../../../shared/contract';

/** Sets the low-confidence words (offsets into the document after the transaction). */
export const setLowConfidence = StateEffect.define<readonly LowConfidenceWord[]>();

function decorations(words: readonly LowConfidenceWord[], length: number): DecorationSet {
  const ranges = words
    .filter((w) => w.start < w.end && w.end <= length)
    .map((w) =>
      Decoration.mark({
        class: 'cm-lowConfidence',
        attributes: { title: `OCR ${Math.round(w.confidence * 100)}%` },
        inclusive: false,
      }).range(w.start, w.end),
    );
  return Decoration.set(ranges, true);
}

const field = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(set, tr) {
    let next = set;
    if (tr.docChanged) {
      next = next.map(tr.changes);
      tr.changes.iterChangedRanges((_fa, _ta, fromB, toB) => {
        next = next.update({
          filter: (f, t) => t <= fromB || f >= toB,
          filterFrom: fromB,
          filterTo: toB,
        });
      });
    }
    for (const e of tr.effects) {
      if (e.is(setLowConfidence)) next = decorations(e.value, tr.newDoc.length);
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** The low-confidence underline, starting with `words`. */
export function lowConfidence(words: readonly LowConfidenceWord[] = []): Extension {
  return field.init((state) => decorations(words, state.doc.length));
}
