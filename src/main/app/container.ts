/**
 * The one place the app's services are wired: open the workspace, build the issue service over
 * it with the real importer, and the contract's dispatch over both. Electron's main process and
 * the HTTP test bridge both start here.
 */
import type { ArchiveService } from '../archive/archive-service';
import { createDispatch, type Dispatch } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import type { RuleService } from '../rules/rule-service';
import { createServices } from '../services/container';
import type { IssueService } from '../services/issue-service';
import { openWorkspace, type WorkspaceRepository } from '../workspace/index';
import type { Platform } from './platform';

export interface AppServices {
  readonly repository: WorkspaceRepository;
  readonly issues: IssueService;
  /** The workspace's editorial rules (rules.json). */
  readonly rules: RuleService;
  /** The workspace's archive index (repeats across issues). */
  readonly archive: ArchiveService;
  readonly dispatch: Dispatch;
  close(): Promise<void>;
}

/** Opens the workspace in `folder` for writing (it is locked until `close`). */
export async function startServices(folder: string, platform: Platform): Promise<AppServices> {
  const repository = await openWorkspace(folder, { mode: 'write' });
  // Analyses get the editor's settings, the workspace's rules and its archive; saves update it.
  const { issues, outputs, rules, archive, pages } = createServices(repository);
  // Index issues saved before the archive existed (or rebuild a missing one) in the background.
  void archive.refresh().catch(() => undefined);
  const dispatch = createDispatch(
    createHandlers({
      repository,
      issues,
      outputs,
      platform,
      editorial: { rules, archive },
      pages,
    }),
  );
  const close = async () => {
    await archive.settle();
    await repository.close();
  };
  return { repository, issues, rules, archive, dispatch, close };
}
