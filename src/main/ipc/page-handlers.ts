/** The `pages.*` channels: thin handlers over the PageService (the scan pane). */
import type { Handlers } from './dispatch';
import type { IssueService } from '../services/issue-service';
import type { PageService } from '../services/page-service';
import { WorkspaceError } from '../workspace/index';

export type PageChannel = Extract<keyof Handlers, `pages.${string}`>;

/** The handlers of the page channels; without a PageService every issue has no pages. */
export function createPageHandlers(
  pages: PageService | undefined,
  issues: IssueService,
): Pick<Handlers, PageChannel> {
  const scanInfo = (scan: {
    type: 'image/png' | 'image/jpeg';
    width: number;
    height: number;
    name: string;
  }) => ({
    type: scan.type,
    width: scan.width,
    height: scan.height,
    name: scan.name,
  });
  return {
    'pages.view': async ({ issueId }) => {
      if (!pages || !(await pages.has(issueId))) return null;
      const view = await pages.geometry(issueId, 1);
      return {
        format: view.format,
        geometry: view.geometry,
        scan: view.scan ? scanInfo(view.scan) : null,
      };
    },
    'pages.scan': async ({ issueId }) => {
      if (!pages || !(await pages.has(issueId))) return null;
      const found = await pages.scan(issueId);
      return found ? { type: found.scan.type, base64: found.bytes.toString('base64') } : null;
    },
    'pages.attachScan': async ({ issueId, name, base64 }) => {
      if (!pages) {
        throw new WorkspaceError('invalid-input', 'This workspace keeps no page scans.');
      }
      issues.issue(issueId);
      return scanInfo(await pages.attachScan(issueId, Buffer.from(base64, 'base64'), name));
    },
  };
}
