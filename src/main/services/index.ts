/** The main-side services over a workspace (no Electron): build them with `createServices`. */
export { createServices, analyseOptionsOf, DRAFT_IMPORTER, type Services } from './container';
export {
  IssueService,
  type Analysis,
  type CleanOutcome,
  type ImportFileOptions,
  type IssueOverview,
  type IssueServiceDeps,
  type SaveOptions,
  type SaveOutcome,
  type VersionText,
} from './issue-service';
export {
  OutputService,
  versionLabel,
  type ExportedVersion,
  type VersionComparison,
} from './output-service';
export type { Importer, ImportedDraft, ImportOptions } from './ports';
