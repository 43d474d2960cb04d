/** The workspace's archive index for repeats across issues (archive/ beside the index). */
export {
  ArchiveService,
  COMPACT_THRESHOLD,
  recordOf,
  type ArchiveStats,
  type RefreshOutcome,
} from './archive-service';
export { archivePaths, readArchive, type ArchivePaths, type LoadedArchive } from './archive-files';
export type { BoilerplateEntry } from './boilerplate';
