/**
 * How findings look in the text: a mark coloured by kind (solid for safe fixes, dashed for
 * suggestions), and where the span has nothing visible to colour (the blank lines a broken
 * paragraph fix removes, an insertion point) a small marker widget as well. Only the findings in
 * the visible part of the document are drawn; the decorations are shared per kind. The active
 * finding gets an outline and its line a tint.
 */
import type { Range, Text } from '@codemirror/state';
import { Decoration, WidgetType, type DecorationSet, type EditorView } from '@codemirror/view';
import type { Finding } from '../../../../../core/finding';
import type { FindingSet, FindingValue } from './proof-state';

/** The marker shown where a finding's span has nothing visible. */
class FindingMarker extends WidgetType {
  constructor(
    readonly className: string,
    readonly symbol: string,
  ) {
    super();
  }

  override eq(other: FindingMarker): boolean {
    return other.className === this.className && other.symbol === this.symbol;
  }

  toDOM(view: EditorView) {
    const span = view.dom.ownerDocument.createElement('span');
    span.className = `cm-finding-marker ${this.className}`;
    span.textContent = this.symbol;
    span.setAttribute('aria-hidden', 'true');
    return span;
  }

  override ignoreEvent(): boolean {
    return false;
  }
}

const kindClass = (f: Finding) => `cm-finding--${f.kind} cm-finding--${f.confidence}`;
const cache = new Map<string, Decoration>();

function cached(key: string, make: () => Decoration): Decoration {
  let decoration = cache.get(key);
  if (!decoration) cache.set(key, (decoration = make()));
  return decoration;
}

function markOf(f: Finding): Decoration {
  return cached(`mark ${f.kind} ${f.confidence}`, () =>
    Decoration.mark({ class: `cm-finding ${kindClass(f)}`, attributes: { 'data-kind': f.kind } }),
  );
}

function markerOf(f: Finding, symbol: string): Decoration {
  return cached(`marker ${f.kind} ${f.confidence} ${symbol}`, () =>
    Decoration.widget({ widget: new FindingMarker(kindClass(f), symbol), side: 1 }),
  );
}

/** True when `[from, to)` shows nothing an editor could see coloured (only line breaks). */
function invisible(doc: Text, from: number, to: number): boolean {
  return /^\n*$/.test(doc.sliceString(from, to));
}

/** The decorations of the findings in `items` that lie in the view's visible ranges. */
export function visibleFindingDecorations(view: EditorView, items: FindingSet): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  const seen = new Set<FindingValue>();
  for (const visible of view.visibleRanges) {
    items.between(visible.from, visible.to, (from, to, item) => {
      if (seen.has(item)) return;
      seen.add(item);
      if (from < to) ranges.push(markOf(item.finding).range(from, to));
      if (from === to) ranges.push(markerOf(item.finding, '‸').range(from));
      else if (invisible(view.state.doc, from, to)) {
        ranges.push(markerOf(item.finding, '¶').range(from));
      }
    });
  }
  return Decoration.set(ranges, true);
}

const activeMark = Decoration.mark({ class: 'cm-finding-active' });
const activeLine = Decoration.line({ class: 'cm-finding-activeLine' });

/** The active finding's outline and line tint (empty spans get only the line tint). */
export function activeDecorations(doc: Text, from: number, to: number): Range<Decoration>[] {
  const line = activeLine.range(doc.lineAt(from).from);
  return from < to ? [line, activeMark.range(from, to)] : [line];
}
