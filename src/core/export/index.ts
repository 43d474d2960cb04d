/**
 * The export room: pure builders of the export formats, the correction report, and the tracked
 * paragraphs the .docx writer (src/main/export) turns into Word revisions.
 */
export {
  exportTxt,
  exportMarkdown,
  exportHtml,
  exportJson,
  ISSUE_JSON_FORMAT,
  ISSUE_JSON_VERSION,
  type IssueMeta,
} from './formats';
export { splitArticles, bylineOf, type Article, type ArticleParagraph } from './articles';
export { buildCorrectionReport, type Correction, type CorrectionKind } from './corrections';
export {
  reportHtml,
  reportCsv,
  kindLabel,
  visibleBreaks,
  csvField,
  roundName,
  type ReportMeta,
  type RoundSummary,
} from './report';
export {
  trackedParagraphs,
  type TrackedParagraph,
  type TrackedPiece,
  type TrackOp,
} from './tracked';
export { proofHtml } from './proof';
export { escapeHtml } from './escape';
export { PAGE_CSP, PAGE_CSP_META } from './page-policy';
export { hunksOf, type Hunk } from './hunks';
export { EXPORT_FORMATS, type ExportFormat } from './export-formats';
