/** Store rows → the contract's view types (what the renderer is allowed to see). */
import type { IssueSummary, VersionInfo } from '../../shared/contract';
import type { IssueOverview } from '../services/issue-service';
import type { VersionRow } from '../workspace/index';

export function toVersionInfo(row: VersionRow): VersionInfo {
  return {
    id: row.id,
    number: row.number,
    parent: row.parent,
    created: row.created,
    author: row.author,
    message: row.message,
    ...(row.note && { note: row.note }),
    origin: row.origin,
    size: row.size,
    blocks: row.blocks,
    findings: row.findings,
  };
}

export function toIssueSummary(overview: IssueOverview): IssueSummary {
  const { issue, head } = overview;
  return {
    id: issue.id,
    title: issue.title,
    publication: issue.publication,
    date: issue.date,
    edition: issue.edition,
    sourceName: issue.sourceName,
    format: issue.format,
    encoding: issue.encoding,
    versionCount: overview.versionCount,
    openFindings: head.findings,
    lastEdit: head.created,
    status: overview.status,
    trashed: issue.trashed !== null,
  };
}
