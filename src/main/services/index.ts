/** The main-side services over a workspace (no Electron): build them with `createServices`. */
export { createServices, analyseOptionsOf, DRAFT_IMPORTER, type Services } from './container';
export {
  IssueService,
  type Analysis,
  type AnalysisSettings,
  type CleanOutcome,
  type ImportFileOptions,
  type IssueOverview,
  type IssueServiceDeps,
  type SaveOptions,
  type SaveOutcome,
  type VersionFindings,
  type VersionText,
} from './issue-service';
export {
  CachedAnalyser,
  FindingsCache,
  type CacheStats,
  type TextAnalysis,
} from './findings-cache';
export {
  OutputService,
  versionLabel,
  type ExportedVersion,
  type VersionComparison,
} from './output-service';
export type { Importer, ImportedDraft, ImportOptions } from './ports';
