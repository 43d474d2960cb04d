/**
 * Writes a corrected text back into the OCR file it was imported from (ALTO, PAGE-XML, hOCR):
 * the original file with every word's text replaced and every coordinate kept. Words the editor
 * joined become one word with the union of the boxes, split words share the box, a line-end
 * hyphenation that was joined becomes ALTO's HypPart1/HypPart2 (other formats: one word over both
 * lines). Lines or paragraphs the editor joined are merged into the first one's element. Only the
 * spans of text blocks change; everything else in the file stays byte for byte.
 */
import { regroup, type RegroupedWord } from '../../../core/geometry/regroup';
import type { Box, PageGeometry } from '../../../core/geometry/page-geometry';
import { applyEdits, sourceTree, type SourceEdit, type SourceElement } from './xml-tree';

/** An output word: the regrouped word, or one part of a word that spans a line end. */
export interface OutWord {
  readonly word: RegroupedWord;
  /** Set when this is one part of a hyphenated word: 1 (line end) or 2 (next line). */
  readonly hypPart?: 1 | 2;
  /** The part's text and box when `hypPart` is set. */
  readonly text: string;
  readonly box: Box | null;
  /** The original word element to write it from, when not the word's first source. */
  readonly template?: number;
  /** Set on both halves of a HypPart pair that was in the original file. */
  readonly original?: boolean;
}

/** One output line: the element it is written into, its words, the text it must read as. */
export interface OutLine {
  /** The original line element (as template when `clone`). */
  readonly element: SourceElement;
  readonly clone: boolean;
  readonly words: readonly OutWord[];
  readonly text: string;
  /** Whether its words are exactly the original line's words. */
  readonly sameWords: boolean;
}

/** What each format supplies. */
export interface FormatWriter {
  /** Word, line and block elements, each indexed by the `source` the importer gave them. */
  readonly words: readonly SourceElement[];
  readonly lines: readonly SourceElement[];
  readonly blocks: readonly SourceElement[];
  readonly splitTouching: boolean;
  /** Splits a regrouped line into lines of the file (ALTO: at hyphenations). */
  splitLine(
    words: readonly RegroupedWord[],
    lineSources: readonly number[],
  ): {
    line: number;
    words: OutWord[];
  }[];
  /** The markup of one output line. */
  writeLine(line: OutLine, ids: IdSource): string;
  /** Edits that empty a block none of whose lines is left. */
  removeBlock(block: SourceElement): SourceEdit[];
  /** Edits beside the lines of a rewritten block (PAGE: the region's own TextEquiv). */
  finishBlock(block: SourceElement, text: string): SourceEdit[];
}

/** Fresh ids for cloned or split elements, never one the file already uses. */
export class IdSource {
  private readonly used = new Set<string>();
  constructor(xml: string) {
    for (const match of xml.matchAll(/\s(?:ID|id)\s*=\s*["']([^"']+)["']/g)) {
      this.used.add(match[1]);
    }
  }
  /** The first use of an element's own id keeps it; later uses get `id_2`, `id_3`, … */
  claim(id: string | undefined, taken: Set<string>): string | undefined {
    if (id === undefined) return undefined;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
    for (let n = 2; ; n++) {
      const candidate = `${id}_${n}`;
      if (!this.used.has(candidate) && !taken.has(candidate)) {
        taken.add(candidate);
        this.used.add(candidate);
        return candidate;
      }
    }
  }
  readonly taken = new Set<string>();
}

/** The nearest ancestor of `element` that is one of `blocks`. */
function blockOf(element: SourceElement, blocks: ReadonlySet<SourceElement>): SourceElement | null {
  for (let p = element.parent; p; p = p.parent) if (blocks.has(p)) return p;
  return null;
}

/**
 * The file `xml` (whose text was `importedText` with geometry `geometry`) rewritten to read as
 * `text`. `writerOf` builds the format's writer over the parsed elements.
 */
export function writeBack(
  xml: string,
  sourceName: string,
  geometry: PageGeometry,
  importedText: string,
  text: string,
  writerOf: (tree: SourceElement[], xml: string) => FormatWriter,
  entities: Readonly<Record<string, string>> = {},
): string {
  const tree = sourceTree(xml, sourceName, entities);
  const writer = writerOf(tree, xml);
  const ids = new IdSource(xml);
  const blockSet = new Set(writer.blocks);
  const regrouped = regroup(geometry, importedText, text, { splitTouching: writer.splitTouching });

  const usedLines = new Set<number>();
  const usedBlocks = new Set<number>();
  const hosted = new Map<SourceElement, { lines: OutLine[]; text: string[] }>();
  let lastBlock: SourceElement | undefined = writer.blocks[geometry.blocks[0]?.source ?? 0];
  let lastLine: SourceElement | undefined = writer.lines[geometry.lines[0]?.source ?? 0];

  for (const block of regrouped) {
    const homeSource = block.sources.find((s) => !usedBlocks.has(s));
    if (homeSource !== undefined) usedBlocks.add(homeSource);
    const home: SourceElement | undefined =
      homeSource !== undefined ? writer.blocks[homeSource] : lastBlock;
    if (!home) continue;
    lastBlock = home;
    const entry = hosted.get(home) ?? { lines: [], text: [] };
    hosted.set(home, entry);
    for (const line of block.lines) {
      entry.text.push(line.text);
      const parts = writer.splitLine(line.words, line.sources);
      parts.forEach((part) => {
        let source: number | undefined = usedLines.has(part.line) ? undefined : part.line;
        source ??= line.sources.find((s) => !usedLines.has(s));
        const element = source !== undefined ? writer.lines[source] : lastLine;
        if (!element) return;
        if (source !== undefined) usedLines.add(source);
        lastLine = element;
        const originalWords = geometry.words
          .filter((w) => geometry.lines[w.line].source === source)
          .map((w) => w.source);
        const these = part.words.flatMap((w) => (w.hypPart ? [] : w.word.sources));
        const sameWords =
          source !== undefined &&
          these.length === originalWords.length &&
          these.every((s, i) => s === originalWords[i]);
        entry.lines.push({
          element,
          clone: source === undefined,
          words: part.words,
          text: line.text,
          sameWords,
        });
      });
    }
  }

  const edits: SourceEdit[] = [];
  const linesByBlock = new Map<SourceElement, SourceElement[]>();
  for (const line of writer.lines) {
    const block = blockOf(line, blockSet);
    if (!block) continue;
    const list = linesByBlock.get(block) ?? [];
    list.push(line);
    linesByBlock.set(block, list);
  }
  for (const [block, lines] of linesByBlock) {
    const entry = hosted.get(block);
    if (!entry) {
      edits.push(...writer.removeBlock(block));
      continue;
    }
    const first = lines[0];
    const last = lines[lines.length - 1];
    const gap = separatorBefore(xml, first);
    const markup = entry.lines.map((line) => writer.writeLine(line, ids)).join(gap);
    edits.push({ from: first.start, to: last.end, insert: markup });
    edits.push(...writer.finishBlock(block, entry.text.join('\n')));
  }
  return applyEdits(xml, edits);
}

/** The whitespace just before an element (its indentation), or a newline. */
export function separatorBefore(xml: string, element: SourceElement): string {
  let at = element.start;
  while (at > 0 && /\s/.test(xml[at - 1])) at--;
  const space = xml.slice(at, element.start);
  return space === '' ? '\n' : space;
}

/** `[x0, y0, x1, y1]` as PAGE polygon points. */
export function pointsOf(box: Box): string {
  const [x0, y0, x1, y1] = box.map((n) => Math.round(n));
  return `${x0},${y0} ${x1},${y0} ${x1},${y1} ${x0},${y1}`;
}

/** A line's box: the union of its words' boxes. */
export function boxOfWords(words: readonly OutWord[]): Box | null {
  let out: [number, number, number, number] | null = null;
  for (const { box } of words) {
    if (!box) continue;
    if (!out) out = [box[0], box[1], box[2], box[3]];
    else {
      out = [
        Math.min(out[0], box[0]),
        Math.min(out[1], box[1]),
        Math.max(out[2], box[2]),
        Math.max(out[3], box[3]),
      ];
    }
  }
  return out;
}

/** Splits nothing: every regrouped line is one line of the file, its words whole. */
export function wholeLine(
  words: readonly RegroupedWord[],
  lineSources: readonly number[],
): { line: number; words: OutWord[] }[] {
  return [
    {
      line: lineSources[0] ?? -1,
      words: words.map((word) => ({ word, text: word.text, box: word.box })),
    },
  ];
}
