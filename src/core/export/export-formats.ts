/** The formats a version can be exported in, shared by the CLI, the services and the contract. */
export const EXPORT_FORMATS = [
  'txt',
  'md',
  'html',
  'docx',
  'json',
  'report-html',
  'report-csv',
  'proof-html',
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The formats a version of an issue imported from an OCR file is written back into: the
 * original ALTO, PAGE-XML or hOCR file with the corrected words, every coordinate kept. Only the
 * format the issue was imported from applies.
 */
export const SOURCE_FORMATS = ['alto', 'page', 'hocr'] as const;

export type SourceFormat = (typeof SOURCE_FORMATS)[number];
