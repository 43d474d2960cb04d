/**
 * Import: turns a draft file (.txt in any encoding Galley reads, .docx, ALTO, PAGE-XML, hOCR) into
 * normalized text with its pages and low-confidence words, or refuses it with an ImportError that
 * names the file and says why. Nothing here writes anywhere: the workspace stores the result.
 */
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readAlto } from './alto';
import { FOREIGN_EXTENSIONS, XML_EXTENSIONS, sniff } from './detect';
import { DOCUMENT_PART, readDocx } from './docx';
import { ImportError, formatBytes } from './errors';
import { readHocr } from './hocr';
import type { RenderedPages } from './ocr-text';
import { readPageXml } from './page-xml';
import { readTxt } from './txt';
import {
  DEFAULT_CONFIDENCE_THRESHOLD,
  DEFAULT_MAX_BYTES,
  type ImportOptions,
  type ImportedDraft,
} from './types';
import { decodeXml } from './xml-safety';
import { openCheckedZip } from './zip-guard';

export { ImportError, type ImportFailure } from './errors';
export { DOCX_LIMITS, type ZipLimits } from './zip-guard';
export {
  DEFAULT_CONFIDENCE_THRESHOLD,
  DEFAULT_MAX_BYTES,
  type DraftFormat,
  type ImportOptions,
  type ImportedDraft,
  type WordConfidence,
} from './types';

/**
 * Imports the draft at `path`. The size is checked with stat before a byte is read, so a file over
 * `maxBytes` (default 200 MiB) is refused at once. Throws ImportError: 'missing', 'not-a-file',
 * 'too-large', or any reason of importBytes.
 */
export async function importDraft(
  path: string,
  options: ImportOptions = {},
): Promise<ImportedDraft> {
  const name = basename(path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw unreadable(name, path, error);
  });
  checkFile(name, info.isFile(), info.isDirectory(), info.size, maxBytes);
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw unreadable(name, path, error);
  });
  let bytes: Buffer;
  try {
    const opened = await handle.stat();
    checkFile(name, opened.isFile(), opened.isDirectory(), opened.size, maxBytes);
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  return importBytes(bytes, name, options);
}

/**
 * Imports a draft already in memory (a dropped file, a test). `name` is the file's name; its
 * extension helps only where the content leaves a choice. Throws ImportError: 'too-large',
 * 'unknown-type', 'damaged', 'binary', 'undecodable' or 'unsafe'.
 */
export async function importBytes(
  bytes: Uint8Array,
  name: string,
  options: ImportOptions = {},
): Promise<ImportedDraft> {
  const sourceName = basename(name);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const threshold = options.confidenceThreshold ?? DEFAULT_CONFIDENCE_THRESHOLD;
  if (bytes.byteLength > maxBytes) tooLarge(sourceName, bytes.byteLength, maxBytes);
  const extension = extname(sourceName).toLowerCase();
  const sniffed = sniff(bytes);
  const base = { sourceName, encoding: null };
  switch (sniffed.kind) {
    case 'zip': {
      const zip = await openCheckedZip(bytes, sourceName);
      if (!zip.names.includes(DOCUMENT_PART)) {
        throw new ImportError(
          'unknown-type',
          `"${sourceName}" is a zip archive but not a Word .docx document; Galley imports .txt, ` +
            '.docx, ALTO, PAGE-XML and hOCR files.',
        );
      }
      const docx = await readDocx(zip, sourceName);
      return { ...base, format: 'docx', text: docx.text, pages: docx.pages, lowConfidence: [] };
    }
    case 'alto':
    case 'page':
    case 'hocr': {
      const xml = decodeXml(bytes, sourceName, options.encoding);
      const read =
        sniffed.kind === 'alto' ? readAlto : sniffed.kind === 'page' ? readPageXml : readHocr;
      const rendered = read(xml, sourceName, threshold);
      return { ...base, format: sniffed.kind, ...ocrFields(rendered), source: bytes };
    }
    case 'foreign':
      throw foreign(sourceName, sniffed.what);
    case 'other-xml':
      if (/<!ENTITY/i.test(new TextDecoder().decode(bytes.subarray(0, 64 * 1024)))) {
        throw new ImportError(
          'unsafe',
          `"${sourceName}" declares XML entities in its DOCTYPE; Galley refuses such files.`,
        );
      }
      if (extension === '.txt') break;
      throw new ImportError(
        'unknown-type',
        `"${sourceName}" is XML or HTML (root element <${sniffed.root}>) but not ALTO, PAGE-XML ` +
          'or hOCR, so Galley cannot import it.',
      );
    case 'text':
      if (extension === '.docx') {
        throw new ImportError(
          'damaged',
          `"${sourceName}" is named .docx but is not a Word document (it is not a zip archive); ` +
            'it may be damaged.',
        );
      }
      if (XML_EXTENSIONS.has(extension)) {
        throw new ImportError(
          'damaged',
          `"${sourceName}" is named ${extension} but does not start like XML; it may be damaged ` +
            'or empty.',
        );
      }
      if (FOREIGN_EXTENSIONS.has(extension)) {
        throw foreign(sourceName, FOREIGN_EXTENSIONS.get(extension) ?? 'not a draft');
      }
      break;
  }
  const txt = readTxt(bytes, sourceName, options.encoding);
  return {
    ...base,
    format: 'txt',
    text: txt.text,
    encoding: txt.encoding,
    pages: txt.pages,
    lowConfidence: [],
  };
}

function ocrFields(
  rendered: RenderedPages,
): Omit<ImportedDraft, 'format' | 'encoding' | 'sourceName'> {
  return {
    text: rendered.text,
    pages: rendered.pages,
    pageStarts: rendered.pageStarts,
    lowConfidence: rendered.lowConfidence,
    geometry: rendered.geometry,
  };
}

function foreign(sourceName: string, what: string): ImportError {
  return new ImportError(
    'unknown-type',
    `"${sourceName}" is ${what}, not a draft Galley can import (.txt, .docx, ALTO, PAGE-XML or hOCR).`,
  );
}

function checkFile(
  name: string,
  isFile: boolean,
  isFolder: boolean,
  size: number,
  max: number,
): void {
  if (isFolder) {
    throw new ImportError(
      'not-a-file',
      `"${name}" is a folder, not a file; choose the draft file inside it.`,
    );
  }
  if (!isFile) {
    throw new ImportError(
      'not-a-file',
      `"${name}" is not a regular file (a device, pipe or socket).`,
    );
  }
  if (size > max) tooLarge(name, size, max);
}

function tooLarge(name: string, size: number, max: number): never {
  throw new ImportError(
    'too-large',
    `"${name}" is ${formatBytes(size)}; Galley imports drafts up to ${formatBytes(max)}.`,
  );
}

function unreadable(name: string, path: string, error: NodeJS.ErrnoException): ImportError {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
    return new ImportError('missing', `"${name}" does not exist (looked for ${path}).`);
  }
  if (error.code === 'EACCES' || error.code === 'EPERM') {
    return new ImportError('missing', `"${name}" cannot be opened: permission denied.`);
  }
  if (error.code === 'EISDIR') {
    return new ImportError('not-a-file', `"${name}" is a folder, not a file.`);
  }
  return new ImportError('missing', `"${name}" cannot be opened (${error.code ?? error.message}).`);
}
