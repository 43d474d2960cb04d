/**
 * The .docx export: the exported version with every correction as a Word tracked change against
 * the original, so a chief editor reviews them in Word or WPS (Review → Accept / Reject).
 *
 * Built from core's tracked paragraphs: kept text as plain runs, inserted text as <w:ins>,
 * deleted text as <w:del>, and structural edits on the paragraph marks (a mended broken
 * paragraph is the first half with a deleted paragraph mark, which Word shows as a struck ¶ and
 * joins on accept). Headlines use Heading 1, decks Heading 2. Track changes stays on in the file,
 * so the chief editor's own edits are tracked too.
 */
import {
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { TrackedParagraph, TrackedPiece, TrackOp } from '../../core/export/tracked';

export interface DocxMeta {
  readonly title: string;
  readonly description?: string;
  /** Author of the revisions (Word shows it on each change). */
  readonly author: string;
  /** Time stamp of the revisions. */
  readonly date: Date;
}

/** Writes tracked paragraphs as a .docx file's bytes. */
export async function buildDocx(
  paragraphs: readonly TrackedParagraph[],
  meta: DocxMeta,
): Promise<Uint8Array> {
  const revisions = new RevisionIds(meta.author, meta.date);
  const children = paragraphs.map((p) => toParagraph(p, revisions));
  const doc = new Document({
    creator: meta.author,
    title: meta.title,
    description: meta.description,
    features: { trackRevisions: true },
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' },
            size: 24,
          },
        },
        heading1: { run: { font: { eastAsia: 'SimHei' }, bold: true, size: 36 } },
        heading2: { run: { font: { eastAsia: 'KaiTi' }, size: 28 } },
      },
    },
    sections: [{ children: children.length ? children : [new Paragraph({})] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Hands out revision ids, unique within the document, with the shared author and date. */
class RevisionIds {
  private next = 1;
  private readonly date: string;

  constructor(
    private readonly author: string,
    date: Date,
  ) {
    // Word expects whole seconds: 2020-03-05T10:00:00Z.
    this.date = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  take(): { id: number; author: string; date: string } {
    return { id: this.next++, author: this.author, date: this.date };
  }
}

function toParagraph(p: TrackedParagraph, ids: RevisionIds): Paragraph {
  const heading =
    p.role === 'headline'
      ? HeadingLevel.HEADING_1
      : p.role === 'deck'
        ? HeadingLevel.HEADING_2
        : undefined;
  const mark = markRun(p.mark, ids);
  return new Paragraph({
    children: p.pieces.map((piece) => toRun(piece, ids)),
    ...(heading ? { heading } : {}),
    ...(mark ? { run: mark } : {}),
  });
}

function markRun(op: TrackOp, ids: RevisionIds) {
  if (op === 'insert') return { insertion: ids.take() };
  if (op === 'delete') return { deletion: ids.take() };
  return undefined;
}

function toRun(piece: TrackedPiece, ids: RevisionIds): ParagraphChild {
  const content = 'lineBreak' in piece ? { break: 1 } : { text: xmlSafe(piece.text) };
  if (piece.op === 'insert') return new InsertedTextRun({ ...content, ...ids.take() });
  if (piece.op === 'delete') return new DeletedTextRun({ ...content, ...ids.take() });
  return new TextRun(content);
}

/**
 * Text XML 1.0 can carry: lone surrogates become U+FFFD and control characters other than tab
 * are dropped (Word refuses a file that has them).
 */
function xmlSafe(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
  );
}
