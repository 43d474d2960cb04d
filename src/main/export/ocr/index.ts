/**
 * Export back into the source format: the original ALTO, PAGE-XML or hOCR file with the
 * corrected text of a version written into its words, every coordinate kept.
 */
import { SOURCE_FORMATS, type SourceFormat } from '../../../core/export/export-formats';
import type { PageGeometry } from '../../../core/geometry/page-geometry';
import { decodeXml } from '../../import/xml-safety';
import { altoWriter } from './alto-writer';
import { HOCR_ENTITIES, hocrWriter } from './hocr-writer';
import { pageWriter } from './page-writer';
import { writeBack } from './write-back';

/** The formats a version can be written back into. */
export const OCR_EXPORT_FORMATS = SOURCE_FORMATS;
export type OcrExportFormat = SourceFormat;

/**
 * The original file (`source`, bytes of an OCR file of `format` whose imported text was
 * `importedText` with `geometry`) rewritten to read as `text`, as UTF-8 bytes (an XML
 * declaration naming another encoding is changed to UTF-8).
 */
export function exportOcr(
  format: OcrExportFormat,
  source: Uint8Array,
  sourceName: string,
  geometry: PageGeometry,
  importedText: string,
  text: string,
): Uint8Array {
  const xml = decodeXml(source, sourceName);
  const writer = format === 'alto' ? altoWriter : format === 'page' ? pageWriter : hocrWriter;
  const entities = format === 'hocr' ? HOCR_ENTITIES : {};
  const out = writeBack(xml, sourceName, geometry, importedText, text, writer, entities);
  const declared = out.replace(
    /^(<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2/,
    (_match, head: string, quote: string) => `${head}${quote}UTF-8${quote}`,
  );
  return new TextEncoder().encode(declared);
}
