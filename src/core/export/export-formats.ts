/** The formats a version can be exported in, shared by the CLI, the services and the contract. */
export const EXPORT_FORMATS = [
  'txt',
  'md',
  'html',
  'docx',
  'json',
  'report-html',
  'report-csv',
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];
