/**
 * Export of a version in any format, as the bytes of the file to write. The CLI and the app's
 * export service call this; the caller chooses the path and writes atomically.
 */
import { createDocument } from '../../core/document/document';
import type { Locale } from '../../core/finding';
import {
  buildCorrectionReport,
  exportHtml,
  exportJson,
  exportMarkdown,
  exportTxt,
  proofHtml,
  reportCsv,
  reportHtml,
  trackedParagraphs,
  type IssueMeta,
  type RoundSummary,
} from '../../core/export';
import { buildDocx } from './docx';

import { EXPORT_FORMATS, type ExportFormat } from '../../core/export/export-formats';

export { EXPORT_FORMATS, type ExportFormat };

/** The file name extension for each format (report-csv → ".csv"). */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  txt: '.txt',
  md: '.md',
  html: '.html',
  docx: '.docx',
  json: '.json',
  'report-html': '.html',
  'report-csv': '.csv',
  'proof-html': '.html',
};

export interface ExportInput {
  /** The text of the version exported. */
  readonly text: string;
  /** The text of the imported version; corrections and tracked changes are against it. */
  readonly original: string;
  readonly issue: { readonly title: string; readonly publication?: string; readonly date?: string };
  /** Language of the file's own words (headings, report columns); default zh-CN. */
  readonly locale?: Locale;
  /** Author of the .docx revisions; default "Galley". */
  readonly author?: string;
  /** Time stamp of the .docx revisions; default now. */
  readonly now?: Date;
  /** Ids of the findings the editor rejected (the report credits no change to them). */
  readonly rejected?: readonly string[];
  /** The issue's review rounds, listed by the html report. */
  readonly rounds?: readonly RoundSummary[];
}

/**
 * The bytes of `input.text` exported as `format`. Text formats are UTF-8 without a BOM, except
 * the CSV report, which has one so Excel and WPS read its Chinese correctly. txt is the text
 * exactly as stored.
 */
export async function exportVersion(format: ExportFormat, input: ExportInput): Promise<Uint8Array> {
  const locale = input.locale ?? 'zh-CN';
  const meta: IssueMeta = { ...input.issue, locale };
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  switch (format) {
    case 'txt':
      return utf8(exportTxt(input.text));
    case 'md':
      return utf8(exportMarkdown(createDocument(input.text), meta));
    case 'html':
      return utf8(exportHtml(createDocument(input.text), meta));
    case 'json':
      return utf8(exportJson(createDocument(input.text), meta));
    case 'report-html':
      return utf8(reportHtml(correctionsOf(input), { ...meta, rounds: input.rounds }));
    case 'report-csv':
      return utf8(reportCsv(correctionsOf(input), locale));
    case 'proof-html':
      return utf8(
        proofHtml(trackedParagraphs(input.original, input.text), correctionsOf(input), meta),
      );
    case 'docx':
      return buildDocx(trackedParagraphs(input.original, input.text), {
        title: input.issue.title,
        description: [input.issue.publication, input.issue.date].filter(Boolean).join(' '),
        author: input.author ?? 'Galley',
        date: input.now ?? new Date(),
      });
  }
}

/** The corrections from the input's original to its text, the editor's rejections honoured. */
function correctionsOf(input: ExportInput) {
  return buildCorrectionReport(input.original, input.text, { rejected: new Set(input.rejected) });
}
