/**
 * Word .docx drafts: the archive is checked and its XML parts inflated by the zip guard; those
 * parts alone are handed to mammoth in a freshly stored zip (images are neither unpacked nor read).
 * mammoth's HTML is read back with the safe XML parser: one block per paragraph, heading, list item
 * or table cell, a soft line break (`<w:br/>`) as `\n` — mammoth's raw-text mode would drop those
 * breaks and glue the lines' words together. A part with a DOCTYPE is refused: Office XML never has
 * one, and mammoth's XML parser must not meet entity declarations.
 */
import mammoth from 'mammoth';
import { ImportError } from './errors';
import { storedZip } from './stored-zip';
import { parseXml } from './xml-safety';
import type { CheckedZip } from './zip-guard';

/** The main part of a Word document, whose presence makes a zip a .docx. */
export const DOCUMENT_PART = 'word/document.xml';

/** A decoded .docx draft. */
export interface DocxDraft {
  /** Paragraphs as blocks separated by one blank line; soft line breaks stay single `\n`. */
  readonly text: string;
  /** 1 + explicit page breaks (`<w:br w:type="page"/>`) in the main part. */
  readonly pages: number;
}

/** Reads the text of a checked .docx archive. Throws ImportError 'unsafe' or 'damaged'. */
export async function readDocx(zip: CheckedZip, sourceName: string): Promise<DocxDraft> {
  const parts = await zip.extract((name) => /\.(xml|rels)$/i.test(name));
  for (const [name, data] of parts) {
    if (declaresDoctype(data)) {
      throw new ImportError(
        'unsafe',
        `"${sourceName}" has a document type declaration in its part ${name}; Word files never ` +
          'do, and such declarations can expand to gigabytes, so Galley refuses the file.',
      );
    }
  }
  const main = parts.get(DOCUMENT_PART);
  if (!main) {
    throw new ImportError('damaged', `"${sourceName}" is damaged: it has no ${DOCUMENT_PART}.`);
  }
  const buffer = storedZip([...parts].map(([name, data]) => ({ name, data })));
  let html: string;
  try {
    const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
    html = (
      await mammoth.convertToHtml({ buffer }, { convertImage: noImages, externalFileAccess: false })
    ).value;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      'damaged',
      `"${sourceName}" is damaged: Word text cannot be read (${detail}).`,
    );
  }
  const pageBreaks = Buffer.from(main)
    .toString('utf8')
    .match(/<w:br\b[^>]*\bw:type="page"/g);
  return { text: toBlocks(htmlText(html, sourceName)), pages: 1 + (pageBreaks?.length ?? 0) };
}

/** Whether an XML part (UTF-8 or UTF-16 with a BOM) contains `<!DOCTYPE` or `<!ENTITY`. */
function declaresDoctype(data: Uint8Array): boolean {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return /<!(DOCTYPE|ENTITY)/i.test(text);
  }
  return bytes.indexOf('<!DOCTYPE') >= 0 || bytes.indexOf('<!ENTITY') >= 0;
}

const BLOCK_ELEMENTS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'caption',
  'blockquote',
  'pre',
  'dt',
  'dd',
]);

/**
 * mammoth's HTML as text: block elements separated by blank lines, `<br />` as a line break. The
 * "↑" links mammoth adds after each footnote and endnote are not text of the document.
 */
function htmlText(html: string, sourceName: string): string {
  const out: string[] = [];
  let backLink = 0;
  parseXml(`<body>${html}</body>`, sourceName, {
    open(element) {
      if (BLOCK_ELEMENTS.has(element.name)) out.push('\n\n');
      else if (element.name === 'br') out.push('\n');
      else if (backLink > 0 || /^#(foot|end)note-ref-/.test(element.attrs.href ?? '')) backLink++;
    },
    close(element) {
      if (BLOCK_ELEMENTS.has(element.name)) out.push('\n\n');
      else if (backLink > 0 && element.name !== 'br') backLink--;
    },
    text(chunk) {
      if (backLink === 0) out.push(chunk);
    },
  });
  return out.join('');
}

/** Keeps one blank line between non-empty blocks, none at either end; trims line ends. */
function toBlocks(raw: string): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const blocks: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current.join('\n'));
      current = [];
    } else {
      current.push(line.replace(/\s+$/, ''));
    }
  }
  if (current.length > 0) blocks.push(current.join('\n'));
  return blocks.join('\n\n');
}
