/**
 * How a finding looks in the text: a mark coloured by kind (solid for safe fixes, dashed for
 * suggestions), and where the span has nothing visible to colour (the blank lines a broken
 * paragraph fix removes, an insertion point) a small marker widget as well. The active finding
 * gets an outline and its line a tint.
 */
import type { Range, Text } from '@codemirror/state';
import { Decoration, WidgetType } from '@codemirror/view';
import type { Finding, FindingKind } from '../../../../../core/finding';

/** The spec every finding decoration carries: its finding (offsets as built) and its role. */
export interface FindingSpec {
  readonly finding: Finding;
  /** `primary`: the one entry per finding whose range is the finding's span. */
  readonly role: 'primary' | 'marker';
}

/** The marker shown where a finding's span has nothing visible. */
class FindingMarker extends WidgetType {
  constructor(
    readonly kind: FindingKind,
    readonly confidence: string,
    readonly symbol: string,
    readonly id: string,
  ) {
    super();
  }

  override eq(other: FindingMarker): boolean {
    return other.id === this.id && other.symbol === this.symbol;
  }

  toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = `cm-finding-marker cm-finding--${this.kind} cm-finding--${this.confidence}`;
    span.textContent = this.symbol;
    span.setAttribute('aria-hidden', 'true');
    span.dataset.findingId = this.id;
    return span;
  }

  override ignoreEvent(): boolean {
    return false;
  }
}

function className(f: Finding): string {
  return `cm-finding cm-finding--${f.kind} cm-finding--${f.confidence}`;
}

/** True when the span shows nothing an editor could see coloured (empty, or line breaks only). */
function invisible(doc: Text, f: Finding): boolean {
  if (f.start === f.end) return true;
  return /^[\n]*$/.test(doc.sliceString(f.start, f.end));
}

/** The decorations of one finding: its mark (or a point marker) and, if needed, a marker. */
export function findingDecorations(f: Finding, doc: Text): Range<Decoration>[] {
  const attributes = { 'data-finding-id': f.id, 'data-kind': f.kind };
  const hidden = invisible(doc, f);
  const symbol = f.start === f.end ? '‸' : '¶';
  const marker = (role: FindingSpec['role']) =>
    Decoration.widget({
      widget: new FindingMarker(f.kind, f.confidence, symbol, f.id),
      side: 1,
      finding: f,
      role,
    }).range(f.start);
  if (f.start === f.end) return [marker('primary')];
  const mark = Decoration.mark({ class: className(f), attributes, finding: f, role: 'primary' });
  return hidden ? [mark.range(f.start, f.end), marker('marker')] : [mark.range(f.start, f.end)];
}

const activeMark = Decoration.mark({ class: 'cm-finding-active' });
const activeLine = Decoration.line({ class: 'cm-finding-activeLine' });

/** The active finding's outline and line tint (empty spans get only the line tint). */
export function activeDecorations(doc: Text, from: number, to: number): Range<Decoration>[] {
  const line = activeLine.range(doc.lineAt(from).from);
  return from < to ? [line, activeMark.range(from, to)] : [line];
}
