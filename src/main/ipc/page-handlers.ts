/** The `pages.*` channels: thin handlers over the PageService (the scan pane). */
import { basename } from 'node:path';
import type { Platform } from '../app/platform';
import type { Handlers } from './dispatch';
import { scanFailure } from './errors';
import type { IssueService } from '../services/issue-service';
import type { PageService } from '../services/page-service';
import { WorkspaceError } from '../workspace/index';

export type PageChannel = Extract<keyof Handlers, `pages.${string}`>;

/** The handlers of the page channels; without a PageService every issue has no pages. */
export function createPageHandlers(
  pages: PageService | undefined,
  issues: IssueService,
  platform: Pick<Platform, 'chooseScanFile'>,
): Pick<Handlers, PageChannel> {
  const noScans = () => new WorkspaceError('invalid-input', 'This workspace keeps no page scans.');
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
    'pages.scan': async ({ issueId, preview }) => {
      if (!pages || !(await pages.has(issueId))) return null;
      const found = await pages.scan(issueId, preview === true);
      if (!found) return null;
      const { type, width } = found.image;
      return { type, width, base64: found.bytes.toString('base64') };
    },
    'pages.attachScan': async ({ issueId, name, base64 }) => {
      if (!pages) throw noScans();
      issues.issue(issueId);
      const stored = await pages
        .attachScan(issueId, Buffer.from(base64, 'base64'), name)
        .catch((error: unknown) => Promise.reject(scanFailure(error, name)));
      return scanInfo(stored);
    },
    'pages.chooseScan': async ({ issueId }) => {
      if (!pages) throw noScans();
      await pages.record(issueId);
      const path = await platform.chooseScanFile();
      if (path === null) return null;
      const stored = await pages
        .attachScanFile(issueId, path)
        .catch((error: unknown) => Promise.reject(scanFailure(error, basename(path))));
      return scanInfo(stored);
    },
  };
}
