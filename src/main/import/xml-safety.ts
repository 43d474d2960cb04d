/**
 * Safe XML reading for the OCR formats: strict decoding, then saxes (a streaming, non-validating
 * parser that never fetches anything). A DOCTYPE that declares entities is refused before any
 * entity could be used, so a billion-laughs file or an external-entity (XXE) file never expands.
 * A DOCTYPE that only names an external DTD (as XHTML hOCR does) is allowed: the DTD is not read.
 */
import { TextDecoder } from 'node:util';
import { SaxesParser } from 'saxes';
import { DecodeError, parseEncoding } from '../../core/text/decode';
import { ImportError } from './errors';

/** An element as the visitors see it. */
export interface XmlElement {
  /** Local name, namespace prefix removed (`pc:TextLine` → `TextLine`). */
  readonly name: string;
  /** Attributes by qualified name as written (`class`, `xml:lang`). */
  readonly attrs: Readonly<Record<string, string>>;
}

/** Callbacks for a streaming pass over a document; `depth` of the root element is 0. */
export interface XmlVisitor {
  open?(element: XmlElement, depth: number): void;
  close?(element: XmlElement, depth: number): void;
  /** Character data (entities resolved, CDATA included), in document order. */
  text?(text: string): void;
}

const LABEL = /^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/**
 * Decodes XML bytes strictly (no U+FFFD is ever substituted): a forced encoding if given, else a
 * byte order mark, else the UTF-16 signature of `<?`, else the XML declaration's encoding, else
 * UTF-8. Throws ImportError 'undecodable'.
 */
export function decodeXml(bytes: Uint8Array, sourceName: string, forced?: string): string {
  let label = 'utf-8';
  let skip = 0;
  if (forced) {
    try {
      label = parseEncoding(forced);
    } catch (error) {
      if (error instanceof DecodeError) throw new ImportError('undecodable', error.message);
      throw error;
    }
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    skip = 3;
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    label = 'utf-16le';
    skip = 2;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    label = 'utf-16be';
    skip = 2;
  } else if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) {
    label = 'utf-16le';
  } else if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) {
    label = 'utf-16be';
  } else {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
    const declared = LABEL.exec(head)?.[1];
    if (declared) label = declared;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    throw new ImportError(
      'undecodable',
      `"${sourceName}" declares the encoding "${label}", which Galley cannot read.`,
    );
  }
  const start = forced ? bomLength(bytes, decoder.encoding) : skip;
  try {
    return decoder.decode(bytes.subarray(start));
  } catch {
    throw new ImportError(
      'undecodable',
      `"${sourceName}" is not valid ${decoder.encoding} text, so its XML cannot be read.`,
    );
  }
}

/** Length of a byte order mark of `encoding` at the start of `bytes`, else 0. */
function bomLength(bytes: Uint8Array, encoding: string): number {
  if (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 3;
  if (encoding === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) return 2;
  if (encoding === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff) return 2;
  return 0;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/**
 * Parses `text` once, calling the visitor for every element and text node. Namespace prefixes are
 * stripped rather than resolved, so ALTO 1.4 without a namespace and PAGE with a `pc:` prefix read
 * alike. `entities` adds named entities (e.g. HTML's `nbsp` for hOCR); nothing else is expanded.
 *
 * Throws ImportError 'unsafe' for a DOCTYPE with ENTITY declarations, 'damaged' for XML that is
 * not well-formed (truncated, bad nesting, undefined entity), naming the line and column.
 *
 * @returns the local name of the root element.
 */
export function parseXml(
  text: string,
  sourceName: string,
  visitor: XmlVisitor,
  entities: Readonly<Record<string, string>> = {},
): string {
  const parser = new SaxesParser({ xmlns: false, position: true });
  Object.assign(parser.ENTITIES, entities);
  const stack: XmlElement[] = [];
  let root = '';
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      throw new ImportError(
        'unsafe',
        `"${sourceName}" declares XML entities in its DOCTYPE; Galley refuses such files because ` +
          'entities can expand to gigabytes (a "billion laughs" file) or read other files on this computer.',
      );
    }
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: localName(tag.name), attrs: tag.attributes };
    if (stack.length === 0) root = element.name;
    visitor.open?.(element, stack.length);
    stack.push(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element) visitor.close?.(element, stack.length);
  });
  if (visitor.text) {
    const onText = visitor.text.bind(visitor);
    parser.on('text', (chunk) => {
      if (stack.length > 0) onText(chunk);
    });
    parser.on('cdata', (chunk) => {
      if (stack.length > 0) onText(chunk);
    });
  }
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      'damaged',
      `"${sourceName}" is damaged: it is not well-formed XML (${describe(detail)}).`,
    );
  }
  return root;
}

/** Turns saxes' "12:4: unexpected end." into "line 12, column 4: unexpected end". */
function describe(detail: string): string {
  const match = /^(?:.*?:)?(\d+):(\d+): (.*?)\.?$/s.exec(detail);
  return match ? `line ${match[1]}, column ${match[2]}: ${match[3]}` : detail;
}
