/**
 * Type detection by content first, extension second: magic numbers for archives and the formats
 * Galley does not read, the root element for XML (alto, PcGts, html with hOCR classes), else text.
 */

/** What the first bytes of a file say it is. */
export type Sniffed =
  | { readonly kind: 'zip' }
  | { readonly kind: 'alto' | 'page' | 'hocr' }
  /** XML or HTML that is none of the OCR formats; `root` is the local name of its root element. */
  | { readonly kind: 'other-xml'; readonly root: string }
  /** A known format Galley does not import; `what` reads "a PNG image". */
  | { readonly kind: 'foreign'; readonly what: string }
  | { readonly kind: 'text' };

const MAGIC: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20], what: 'a JPEG 2000 image' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an old-style Office file (.doc, .xls or .wps); save it as .docx first',
  },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document; save it as .docx first' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive' },
];

/** Extensions of files Galley never reads as text even when their bytes happen to decode. */
export const FOREIGN_EXTENSIONS: ReadonlyMap<string, string> = new Map([
  ['.pdf', 'a PDF document'],
  ['.doc', 'an old-style Word file; save it as .docx first'],
  ['.wps', 'a WPS file; save it as .docx first'],
  ['.rtf', 'an RTF document; save it as .docx first'],
  ['.odt', 'an OpenDocument text; save it as .docx first'],
  ['.png', 'a PNG image'],
  ['.jpg', 'a JPEG image'],
  ['.jpeg', 'a JPEG image'],
  ['.tif', 'a TIFF image'],
  ['.tiff', 'a TIFF image'],
  ['.gif', 'a GIF image'],
  ['.zip', 'a zip archive'],
]);

/** Extensions that promise XML (ALTO, PAGE-XML, hOCR). */
export const XML_EXTENSIONS: ReadonlySet<string> = new Set([
  '.xml',
  '.alto',
  '.page',
  '.hocr',
  '.html',
  '.htm',
  '.xhtml',
]);

/** Reads the first bytes of a file and says what it is. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return { kind: 'zip' };
  }
  for (const magic of MAGIC)
    if (startsWith(bytes, magic.bytes)) return { kind: 'foreign', what: magic.what };
  const head = decodeHead(bytes);
  const root = rootElement(head);
  if (root === undefined) return { kind: 'text' };
  if (root === 'alto') return { kind: 'alto' };
  if (root === 'PcGts') return { kind: 'page' };
  if (root.toLowerCase() === 'html' && /\bocr(?:_page|_carea|_par|_line|x_word)\b/.test(head)) {
    return { kind: 'hocr' };
  }
  return { kind: 'other-xml', root };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** The first 64 KB as text, leniently (for sniffing only: tag names are ASCII in every encoding). */
function decodeHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 64 * 1024);
  let label = 'utf-8';
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0x3c && head[1] === 0x00))
    label = 'utf-16le';
  else if ((head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0x00 && head[1] === 0x3c))
    label = 'utf-16be';
  return new TextDecoder(label).decode(head);
}

/**
 * The local name of the root element, skipping the XML declaration, comments, processing
 * instructions and a DOCTYPE; undefined when the text does not start like XML or HTML.
 */
export function rootElement(head: string): string | undefined {
  let rest = head.replace(/^\uFEFF/, '');
  for (;;) {
    rest = rest.replace(/^\s+/, '');
    const prolog =
      /^<\?[\s\S]*?\?>/.exec(rest) ??
      /^<!--[\s\S]*?-->/.exec(rest) ??
      /^<!DOCTYPE\s[^[>]*(?:\[[\s\S]*?\]\s*)?>/i.exec(rest);
    if (!prolog) break;
    rest = rest.slice(prolog[0].length);
  }
  const match = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/.exec(rest);
  return match?.[2];
}
