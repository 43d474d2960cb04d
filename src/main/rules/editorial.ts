/**
 * The editorial context of a workspace: its rules and its archive, and the engine options they
 * give an analysis. The services container builds one per open workspace.
 */
import type { AnalyseOptions } from '../../core/detectors/detector';
import { ArchiveService } from '../archive/archive-service';
import type { WorkspaceRepository } from '../workspace/repository';
import { RuleService } from './rule-service';

export interface Editorial {
  readonly rules: RuleService;
  readonly archive: ArchiveService;
  /**
   * The rules and archive options for analysing issue `issueId` (which the archive lookup
   * leaves out), or a draft not yet in the workspace (no id: every issue counts).
   */
  options(issueId?: string): Pick<AnalyseOptions, 'rules' | 'archive'>;
}

/** The rules and archive of `workspace`; both are read on first use. */
export function createEditorial(workspace: WorkspaceRepository): Editorial {
  const rules = new RuleService(workspace);
  const archive = new ArchiveService(workspace);
  return {
    rules,
    archive,
    options: (issueId) => ({ rules: rules.compiled(), archive: archive.lookup(issueId) }),
  };
}
