/**
 * The elements of an OCR file with where they stand in its source text, so corrections can be
 * written back by replacing exact spans and everything else stays byte for byte. Read with the
 * same safe parser settings as the importers (no DTD entities expanded).
 */
import { SaxesParser } from 'saxes';
import { ImportError } from '../../import/errors';

/** One element: offsets are UTF-16 code units into the source text. */
export interface SourceElement {
  /** Local name (`pc:Word` → `Word`). */
  readonly name: string;
  /** The name as written, prefix included. */
  readonly qname: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Start of `<name …>`. */
  readonly start: number;
  /** Just after the start tag's `>`. */
  readonly openEnd: number;
  /** Start of `</name>` (equals `openEnd` for `<name …/>`). */
  closeStart: number;
  /** Just after the element. */
  end: number;
  readonly parent: SourceElement | null;
  readonly children: SourceElement[];
  readonly selfClosing: boolean;
}

/** Parses `xml` into its elements in document order (the root first). */
export function sourceTree(
  xml: string,
  sourceName: string,
  entities: Readonly<Record<string, string>> = {},
): SourceElement[] {
  const parser = new SaxesParser({ xmlns: false, position: true });
  Object.assign(parser.ENTITIES, entities);
  const all: SourceElement[] = [];
  const stack: SourceElement[] = [];
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      throw new ImportError('unsafe', `"${sourceName}" declares XML entities in its DOCTYPE.`);
    }
  });
  parser.on('opentag', (tag) => {
    const openEnd = parser.position;
    const start = xml.lastIndexOf('<', openEnd - 1);
    const colon = tag.name.indexOf(':');
    const parent = stack[stack.length - 1] ?? null;
    const element: SourceElement = {
      name: colon < 0 ? tag.name : tag.name.slice(colon + 1),
      qname: tag.name,
      attrs: tag.attributes as Record<string, string>,
      start,
      openEnd,
      closeStart: openEnd,
      end: openEnd,
      parent,
      children: [],
      selfClosing: tag.isSelfClosing,
    };
    parent?.children.push(element);
    all.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (!element || element.selfClosing) return;
    element.end = parser.position;
    element.closeStart = xml.lastIndexOf('</', element.end - 1);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      'damaged',
      `"${sourceName}" is damaged: it is not well-formed XML (${String(error)}).`,
    );
  }
  return all;
}

/** Whether `element` lies inside an element named one of `names`. */
export function isInside(element: SourceElement, names: readonly string[]): boolean {
  for (let p = element.parent; p; p = p.parent) if (names.includes(p.name)) return true;
  return false;
}

/** `text` escaped for an attribute value in double quotes or for element content. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * A start tag rewritten: the attributes in `set` replaced (or added at the end), those in
 * `remove` dropped, everything else as written. `selfClose` writes `<name …/>`.
 */
export function rewriteStartTag(
  xml: string,
  element: SourceElement,
  set: Readonly<Record<string, string>>,
  remove: readonly string[] = [],
  selfClose = element.selfClosing,
): string {
  let tag = xml.slice(element.start, element.openEnd);
  tag = tag.replace(/\s*\/?>$/, '');
  for (const name of [...remove, ...Object.keys(set)]) {
    const pattern = new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*("[^"]*"|'[^']*')`);
    tag = tag.replace(pattern, '');
  }
  for (const [name, value] of Object.entries(set)) tag += ` ${name}="${escapeXml(value)}"`;
  return tag + (selfClose ? '/>' : '>');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A replacement of `[from, to)` of the source by `insert`. */
export interface SourceEdit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** Applies non-overlapping edits to `xml`. Throws when two overlap (a bug in the writer). */
export function applyEdits(xml: string, edits: readonly SourceEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.from < at) throw new Error(`overlapping edits at ${edit.from}`);
    parts.push(xml.slice(at, edit.from), edit.insert);
    at = edit.to;
  }
  parts.push(xml.slice(at));
  return parts.join('');
}
