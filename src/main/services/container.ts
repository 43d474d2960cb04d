/**
 * The one place services are wired: give it an open workspace, get the services that work on
 * it. The app's main process, the CLI and the tests all build their services here.
 */
import type { AnalyseOptions } from '../../core/detectors/detector';
import { FINDING_KINDS, type FindingKind } from '../../core/finding';
import { importBytes, importDraft } from '../import/index';
import { engineLexicons } from '../lexicon/engine';
import type { ArchiveService } from '../archive/archive-service';
import { createEditorial } from '../rules/editorial';
import type { RuleService } from '../rules/rule-service';
import { layoutOf, type WorkspaceRepository } from '../workspace/index';
import { PageStore } from '../workspace/page-store';
import { IssueService } from './issue-service';
import { OutputService } from './output-service';
import { PageService } from './page-service';
import type { Importer } from './ports';

export interface Services {
  readonly workspace: WorkspaceRepository;
  readonly issues: IssueService;
  readonly outputs: OutputService;
  /** The workspace's editorial rules (rules.json). */
  readonly rules: RuleService;
  /** The workspace's archive index (repeats across issues). */
  readonly archive: ArchiveService;
  /** Page geometry and scans of issues imported from ALTO, PAGE-XML or hOCR. */
  readonly pages: PageService;
}

/** The importers of src/main/import. */
export const DRAFT_IMPORTER: Importer = { importDraft, importBytes };

/** Builds the services over `workspace`; `importer` replaces the real importers if given. */
export function createServices(
  workspace: WorkspaceRepository,
  options: { readonly importer?: Importer } = {},
): Services {
  const editorial = createEditorial(workspace);
  const pages = new PageService({
    repository: workspace,
    store: new PageStore(layoutOf(workspace.folder)),
  });
  return {
    workspace,
    pages,
    issues: new IssueService({
      pages,
      // Saves go through the archive, so each saved version is indexed at once.
      repository: editorial.archive.track(workspace),
      importer: options.importer ?? DRAFT_IMPORTER,
      analyseOptions: (issueId) => ({
        ...analyseOptionsOf(workspace),
        ...editorial.options(issueId),
        ...engineLexicons(),
      }),
      // Kept analyses are keyed on the archive's state.
      archiveStamp: () => String(editorial.archive.generation),
    }),
    outputs: new OutputService({ repository: workspace }),
    rules: editorial.rules,
    archive: editorial.archive,
  };
}

/** The engine options the editor chose: the kinds turned off in settings (`disabledKinds`). */
export function analyseOptionsOf(workspace: WorkspaceRepository): AnalyseOptions {
  const setting = workspace.getSettings().disabledKinds;
  const disabled = Array.isArray(setting)
    ? setting.filter((kind): kind is FindingKind => FINDING_KINDS.includes(kind as FindingKind))
    : [];
  return disabled.length > 0 ? { disabled } : {};
}
