/**
 * The one place the app's services are wired: open the workspace, build the issue service over
 * it with the real importer, and the contract's dispatch over both. Electron's main process and
 * the HTTP test bridge both start here.
 */
import { importBytes, importDraft } from '../import/index';
import { createDispatch, type Dispatch } from '../ipc/dispatch';
import { createHandlers, readSettings } from '../ipc/handlers';
import { IssueService } from '../services/issue-service';
import { openWorkspace, type WorkspaceRepository } from '../workspace/index';
import type { Platform } from './platform';

export interface AppServices {
  readonly repository: WorkspaceRepository;
  readonly issues: IssueService;
  readonly dispatch: Dispatch;
  close(): Promise<void>;
}

/** Opens the workspace in `folder` for writing (it is locked until `close`). */
export async function startServices(folder: string, platform: Platform): Promise<AppServices> {
  const repository = await openWorkspace(folder, { mode: 'write' });
  const issues = new IssueService({
    repository,
    importer: { importDraft, importBytes },
    analyseOptions: () => ({ disabled: readSettings(repository).disabledKinds }),
  });
  const dispatch = createDispatch(createHandlers({ repository, issues, platform }));
  return { repository, issues, dispatch, close: () => repository.close() };
}
