/**
 * The earlier copy of an archive repeat, for the panel that shows it beside the issue being
 * proofread: the earlier issue's title and date, and the paragraph the finding points at with a
 * few paragraphs around it (never the whole issue: an issue may be a megabyte).
 */
import { createDocument } from '../../core/document/document';
import type { ArchiveSourceView } from '../../shared/editorial';
import type { IssueService } from '../services/issue-service';

/** Paragraphs shown on each side of the one the finding points at. */
export const SOURCE_CONTEXT = 3;

/**
 * The paragraph `paragraph` (a block index) of `issueId`'s version `versionId` (the head when
 * absent or when that version is unknown), with up to SOURCE_CONTEXT paragraphs on each side.
 * A paragraph index past the end shows the last paragraphs.
 */
export async function readArchiveSource(
  issues: IssueService,
  issueId: string,
  versionId: string | undefined,
  paragraph: number,
): Promise<ArchiveSourceView> {
  const known = versionId !== undefined && issues.versions(issueId).some((v) => v.id === versionId);
  const read = await issues.read(issueId, known ? versionId : undefined);
  const head = issues.versions(read.issue.id).at(-1);
  const { blocks } = createDocument(read.text);
  const at = Math.max(0, Math.min(paragraph, blocks.length - 1));
  const first = Math.max(0, at - SOURCE_CONTEXT);
  const last = Math.min(blocks.length - 1, at + SOURCE_CONTEXT);
  return {
    issue: {
      id: read.issue.id,
      title: read.issue.title,
      publication: read.issue.publication,
      date: read.issue.date,
      trashed: read.issue.trashed !== null,
    },
    versionId: read.version.id,
    versionNumber: read.version.number,
    isHead: head?.id === read.version.id,
    paragraph: blocks.length === 0 ? 0 : at,
    paragraphs: blocks
      .slice(first, last + 1)
      .map((b) => ({ index: b.index, text: b.text, role: b.role })),
    totalParagraphs: blocks.length,
  };
}
