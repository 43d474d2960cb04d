/**
 * A narrow gutter bar beside every line that holds an open finding, in the colour of the first
 * finding's kind, so a long issue can be scanned for what is left. Only visible lines are asked.
 */
import type { FindingKind } from '../../../../../core/finding';
import { GutterMarker, gutter } from '@codemirror/view';
import { proofField } from './findings-state';

class KindMarker extends GutterMarker {
  constructor(readonly kind: FindingKind) {
    super();
  }

  override eq(other: KindMarker): boolean {
    return other.kind === this.kind;
  }

  override toDOM(): Node {
    const bar = document.createElement('span');
    bar.className = `cm-findingGutter-bar cm-finding--${this.kind}`;
    return bar;
  }
}

const markers = new Map<FindingKind, KindMarker>();
const markerOf = (kind: FindingKind) => {
  let marker = markers.get(kind);
  if (!marker) markers.set(kind, (marker = new KindMarker(kind)));
  return marker;
};

/** The findings gutter, beside the line numbers. */
export const findingGutter = gutter({
  class: 'cm-findingGutter',
  lineMarker(view, line) {
    let kind: FindingKind | null = null;
    view.state.field(proofField).items.between(line.from, line.to, (_from, _to, item) => {
      kind = item.finding.kind;
      return false;
    });
    return kind ? markerOf(kind) : null;
  },
  lineMarkerChange: (update) =>
    update.startState.field(proofField) !== update.state.field(proofField),
});
