/** Export services of the main side: every format as file bytes, the .docx writer. */
export {
  exportVersion,
  EXPORT_FORMATS,
  EXPORT_EXTENSIONS,
  type ExportFormat,
  type ExportInput,
} from './export-version';
export { buildDocx, type DocxMeta } from './docx';
