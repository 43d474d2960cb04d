/**
 * Regroups a corrected text into the words, lines and blocks of the OCR file it was imported
 * from, for writing the corrections back: every word of the new text is tied to the original
 * word elements it came from, with a box (the original box for a word kept or corrected, the
 * union for a join, a proportional share for a split, a point beside its neighbour for a word
 * the editor added).
 */
import { joinsWithoutSpace } from '../document/script-joins';
import { changesBetween, mapGeometry } from './map-geometry';
import { unionBox, type Box, type PageGeometry } from './page-geometry';

/** One piece of a word that spans a line end: its text and the original line it stands on. */
export interface WordPart {
  readonly text: string;
  /** `source` of the original line. */
  readonly line: number;
  readonly box: Box | null;
  /** `source` of the original words in this part. */
  readonly sources: readonly number[];
}

/** A word of the new text. */
export interface RegroupedWord {
  readonly text: string;
  readonly box: Box | null;
  /** `source` of the original words it came from, in order; empty for a word the editor added. */
  readonly sources: readonly number[];
  /** False when it is exactly one original word, text and box unchanged. */
  readonly changed: boolean;
  /** Whether a space separates it from the word before on its line (false for the first). */
  readonly spaceBefore: boolean;
  /** Set when the word joins words of two or more original lines (a line-end hyphenation). */
  readonly parts?: readonly WordPart[];
}

/** A line of the new text. */
export interface RegroupedLine {
  readonly text: string;
  readonly words: readonly RegroupedWord[];
  /** `source` of the original lines its words came from, in order. */
  readonly sources: readonly number[];
}

/** A block (paragraph) of the new text. */
export interface RegroupedBlock {
  readonly lines: readonly RegroupedLine[];
  /** `source` of the original blocks its lines came from, in order. */
  readonly sources: readonly number[];
}

export interface RegroupOptions {
  /**
   * Whether two original words written touching (no space between them in the text, e.g. "worden"
   * and ";") stay two words. True where the format says where spaces go (ALTO with SP, PAGE with
   * line text); false where every word boundary reads as a space (hOCR), except between CJK
   * characters.
   */
  readonly splitTouching: boolean;
}

interface Mapped {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The words, lines and blocks of `text`, tied to the original elements through `imported` (the
 * geometry of `importedText`). Lines are the text's `\n`-separated lines, trimmed; blocks are
 * separated by blank lines.
 */
export function regroup(
  imported: PageGeometry,
  importedText: string,
  text: string,
  options: RegroupOptions,
): RegroupedBlock[] {
  const mapped = mapGeometry(imported, changesBetween(importedText, text));
  const live: Mapped[] = mapped.words
    .map((w, index) => ({ index, start: w.start, end: w.end }))
    .filter((w) => w.end > w.start);
  const sourceIndex = new Map(imported.words.map((w, index) => [w.source, index]));
  const lineOf = (index: number): number => imported.lines[imported.words[index].line].source;
  const blockOf = (index: number): number =>
    imported.blocks[imported.lines[imported.words[index].line].block].source;

  const blocks: RegroupedBlock[] = [];
  let current: RegroupedLine[] = [];
  let cursor = 0; // into `live`
  const flush = (): void => {
    if (current.length === 0) return;
    const sources = unique(
      current.flatMap((line) =>
        line.words.flatMap((w) => w.sources.map((s) => blockOf(indexOfSource(s)))),
      ),
    );
    blocks.push({ lines: current, sources });
    current = [];
  };
  let at = 0;
  for (const raw of text.split('\n')) {
    const lineStart = at;
    at += raw.length + 1;
    const trimmed = raw.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    const start = lineStart + (raw.length - raw.trimStart().length);
    const end = start + trimmed.length;
    const words: RegroupedWord[] = [];
    for (const token of trimmed.matchAll(/\S+/g)) {
      const ts = start + token.index;
      const te = ts + token[0].length;
      while (cursor < live.length && live[cursor].end <= ts) cursor++;
      const inside: Mapped[] = [];
      for (let k = cursor; k < live.length && live[k].start < te; k++) inside.push(live[k]);
      pieces(ts, te, inside).forEach((word, n) => {
        words.push({ ...word, spaceBefore: n === 0 && words.length > 0 });
      });
    }
    fillBoxes(words, imported, live, start);
    const sources = unique(words.flatMap((w) => w.sources.map(lineOfSource)));
    current.push({ text: text.slice(start, end), words, sources });
  }
  flush();
  return blocks;

  function lineOfSource(source: number): number {
    return lineOf(indexOfSource(source));
  }

  function indexOfSource(source: number): number {
    return sourceIndex.get(source) ?? 0;
  }

  /** Splits one whitespace-free token into words at the boundaries of touching originals. */
  function pieces(ts: number, te: number, inside: Mapped[]): Omit<RegroupedWord, 'spaceBefore'>[] {
    const cuts = [ts];
    for (let k = 1; k < inside.length; k++) {
      const a = imported.words[inside[k - 1].index];
      const b = imported.words[inside[k].index];
      const cut = inside[k].start;
      if (cut <= cuts[cuts.length - 1] || cut >= te) continue;
      const touching = a.end === b.start;
      const cjk = joinsWithoutSpace(text.slice(ts, cut), text.slice(cut, te));
      if (touching && (options.splitTouching || cjk)) cuts.push(cut);
    }
    cuts.push(te);
    const out: Omit<RegroupedWord, 'spaceBefore'>[] = [];
    for (let c = 0; c + 1 < cuts.length; c++) {
      const ps = cuts[c];
      const pe = cuts[c + 1];
      const own = inside.filter((m) => m.start < pe && m.end > ps);
      out.push(wordOf(ps, pe, own));
    }
    return out;
  }

  function wordOf(ps: number, pe: number, own: Mapped[]): Omit<RegroupedWord, 'spaceBefore'> {
    const wordText = text.slice(ps, pe);
    const sources = own.map((m) => imported.words[m.index].source);
    if (own.length === 0) return { text: wordText, box: null, sources, changed: true };
    if (own.length === 1) {
      const m = own[0];
      const original = imported.words[m.index];
      const exact = m.start === ps && m.end === pe;
      const box = exact ? original.box : shareOf(original.box, m, ps, pe);
      const same = exact && importedText.slice(original.start, original.end) === wordText;
      return { text: wordText, box, sources, changed: !same };
    }
    const lines = unique(own.map((m) => lineOf(m.index)));
    const box = unionBox(own.map((m) => imported.words[m.index].box));
    if (lines.length === 1) return { text: wordText, box, sources, changed: true };
    const parts: WordPart[] = lines.map((line, n) => {
      const on = own.filter((m) => lineOf(m.index) === line);
      const from = n === 0 ? ps : Math.max(ps, on[0].start);
      const next = lines[n + 1];
      const nextOn = next === undefined ? undefined : own.find((m) => lineOf(m.index) === next);
      const to = nextOn ? Math.max(from, Math.min(pe, nextOn.start)) : pe;
      return {
        text: text.slice(from, to),
        line,
        box: unionBox(on.map((m) => imported.words[m.index].box)),
        sources: on.map((m) => imported.words[m.index].source),
      };
    });
    return { text: wordText, box, sources, changed: true, parts };
  }
}

/** The share of `box` that the characters `[ps, pe)` of a word mapped to `m` take, left to right. */
function shareOf(box: Box | null, m: Mapped, ps: number, pe: number): Box | null {
  if (!box) return null;
  const length = m.end - m.start;
  const from = Math.max(0, Math.min(1, (ps - m.start) / length));
  const to = Math.max(from, Math.min(1, (pe - m.start) / length));
  const width = box[2] - box[0];
  return [Math.round(box[0] + width * from), box[1], Math.round(box[0] + width * to), box[3]];
}

/** Words the editor added get a zero-width box at the end of the word before (or start of the next). */
function fillBoxes(
  words: RegroupedWord[],
  imported: PageGeometry,
  live: readonly Mapped[],
  lineStart: number,
): void {
  for (let i = 0; i < words.length; i++) {
    if (words[i].box) continue;
    const before = words
      .slice(0, i)
      .reverse()
      .find((w) => w.box)?.box;
    const after = words.slice(i + 1).find((w) => w.box)?.box;
    let box: Box | null = null;
    if (before) box = [before[2], before[1], before[2], before[3]];
    else if (after) box = [after[0], after[1], after[0], after[3]];
    else {
      const near = live.find((m) => m.end >= lineStart) ?? live[live.length - 1];
      const line = near ? imported.lines[imported.words[near.index].line] : undefined;
      if (line?.box) box = [line.box[0], line.box[1], line.box[0], line.box[3]];
    }
    words[i] = { ...words[i], box };
  }
}

function unique(values: readonly number[]): number[] {
  return [...new Set(values)];
}
