/**
 * The exported version as paragraphs with tracked changes against the original, ready for a
 * word processor: runs of kept, inserted and deleted text, line breaks, and each paragraph's
 * mark (the break after it) kept, inserted or deleted.
 *
 * Paragraph marks carry the structural edits, as Word itself records them: a broken paragraph
 * mended is the first half with its paragraph mark deleted (accepting joins the halves); a
 * removed duplicate is deleted text with a deleted mark; an added paragraph is inserted text
 * with an inserted mark. So "accept all" gives exactly the exported paragraphs and "reject all"
 * exactly the original ones. The document's last mark cannot be tracked in Word, so a removal or
 * addition at the very end is carried by the mark before it.
 */
import { compareTexts, type Segment } from '../compare/compare';
import type { Block, Document, Role } from '../document/document';

export type TrackOp = 'equal' | 'insert' | 'delete';

export type TrackedPiece =
  | { readonly op: TrackOp; readonly text: string }
  | { readonly op: TrackOp; readonly lineBreak: true };

export interface TrackedParagraph {
  /** The role of the block the paragraph comes from (new side where it has new text). */
  readonly role: Role;
  /** Runs of text (no `\n` inside) and line breaks, in order. */
  readonly pieces: readonly TrackedPiece[];
  /** What happened to the paragraph mark after this paragraph. */
  readonly mark: TrackOp;
}

/** Tracked paragraphs turning `original` into `exported` (both normalized first). */
export function trackedParagraphs(original: string, exported: string): TrackedParagraph[] {
  const cmp = compareTexts(original, exported, { detectMoves: false });
  const { oldDoc, newDoc } = cmp;
  const out: TrackedParagraph[] = [];
  for (const p of cmp.pairs) {
    if (p.op === 'changed' && p.old && p.new) {
      const grouped = groupParagraphs(p.segments ?? [], oldDoc, newDoc, p.old.start, p.new.start);
      for (const paragraph of grouped) out.push(paragraph);
    } else if (p.op === 'removed' && p.old) {
      const block = oldDoc.blocks[p.old.index];
      out.push({ role: block.role, pieces: textPieces(block.text, 'delete'), mark: 'delete' });
    } else if (p.op === 'added' && p.new) {
      const block = newDoc.blocks[p.new.index];
      out.push({ role: block.role, pieces: textPieces(block.text, 'insert'), mark: 'insert' });
    } else if (p.new) {
      const block = newDoc.blocks[p.new.index];
      out.push({ role: block.role, pieces: textPieces(block.text, 'equal'), mark: 'equal' });
    }
  }
  return carryLastMark(out);
}

function textPieces(text: string, op: TrackOp): TrackedPiece[] {
  const pieces: TrackedPiece[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) pieces.push({ op, lineBreak: true });
    if (line) pieces.push({ op, text: line });
  });
  return pieces;
}

/**
 * Paragraphs of one changed group, whose segments may join or split paragraphs. A run of line
 * feeds (with blank-line spaces between them) is a paragraph break on a side where it has two or
 * more line feeds, a line break where it has one.
 */
function groupParagraphs(
  segments: readonly Segment[],
  oldDoc: Document,
  newDoc: Document,
  oldStart: number,
  newStart: number,
): TrackedParagraph[] {
  const paragraphs: TrackedParagraph[] = [];
  let pieces: TrackedPiece[] = [];
  let text = '';
  let textOp: TrackOp = 'equal';
  let oldPos = oldStart;
  let newPos = newStart;
  let paraOld = oldPos;
  let paraNew = newPos;
  let hasNew = false;
  let runOld = 0;
  let runNew = 0;
  let spaces: { op: TrackOp; ch: string }[] = [];

  const flushText = (): void => {
    if (text) pieces.push({ op: textOp, text });
    text = '';
  };
  const addChar = (op: TrackOp, ch: string): void => {
    if (op !== textOp) flushText();
    textOp = op;
    text += ch;
    if (op !== 'delete') hasNew = true;
  };
  const endParagraph = (mark: TrackOp): void => {
    flushText();
    const role = hasNew ? roleAt(newDoc, paraNew) : roleAt(oldDoc, paraOld);
    paragraphs.push({ role, pieces, mark });
    pieces = [];
    hasNew = false;
    paraOld = oldPos;
    paraNew = newPos;
  };
  const lineBreak = (op: TrackOp): void => {
    flushText();
    pieces.push({ op, lineBreak: true });
    if (op !== 'delete') hasNew = true;
  };
  const endRun = (): void => {
    const oldPara = runOld >= 2;
    const newPara = runNew >= 2;
    if (oldPara && newPara) endParagraph('equal');
    else if (oldPara) {
      endParagraph('delete');
      if (runNew === 1) lineBreak('insert');
    } else if (newPara) {
      if (runOld === 1) lineBreak('delete');
      endParagraph('insert');
    } else if (runOld === 1 && runNew === 1) lineBreak('equal');
    else if (runOld === 1) lineBreak('delete');
    else if (runNew === 1) lineBreak('insert');
    runOld = 0;
    runNew = 0;
  };

  for (const s of segments) {
    const op: TrackOp = s.op;
    for (const ch of s.text) {
      const inRun = runOld + runNew > 0;
      if (ch === '\n') {
        spaces = []; // spaces on a blank line belong to the break
        if (op !== 'insert') runOld++;
        if (op !== 'delete') runNew++;
      } else if (inRun && (ch === ' ' || ch === '\t' || ch === '\u3000')) {
        spaces.push({ op, ch });
      } else {
        if (inRun) endRun();
        for (const sp of spaces) addChar(sp.op, sp.ch);
        spaces = [];
        addChar(op, ch);
      }
      if (op !== 'insert') oldPos += ch.length;
      if (op !== 'delete') newPos += ch.length;
    }
  }
  if (runOld + runNew > 0) endRun();
  for (const sp of spaces) addChar(sp.op, sp.ch);
  endParagraph('equal');
  return paragraphs;
}

function roleAt(doc: Document, pos: number): Role {
  const blocks: readonly Block[] = doc.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return blocks[lo]?.role ?? 'body';
}

/** Moves a tracked mark off the document's last paragraph (see the module comment). */
function carryLastMark(paragraphs: TrackedParagraph[]): TrackedParagraph[] {
  const n = paragraphs.length;
  if (n === 0 || paragraphs[n - 1].mark === 'equal') return paragraphs;
  const mark = paragraphs[n - 1].mark;
  let first = n - 1;
  while (first > 0 && paragraphs[first - 1].mark === mark) first--;
  const out = [...paragraphs];
  out[n - 1] = { ...out[n - 1], mark: 'equal' };
  if (first === 0 || out[first - 1].mark !== 'equal') return paragraphs;
  out[first - 1] = { ...out[first - 1], mark };
  return out;
}
