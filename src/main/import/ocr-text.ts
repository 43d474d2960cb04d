/**
 * The common shape of OCR pages (ALTO, PAGE-XML, hOCR) and how it becomes draft text: lines of a
 * block joined by `\n`, blocks and pages separated by one blank line, confidences mapped to
 * offsets in the final text.
 */
import { joinsWithoutSpace } from '../../core/document/script-joins';
import type {
  Box,
  GeometryBlock,
  GeometryLine,
  GeometryPage,
  GeometryWord,
  PageGeometry,
} from '../../core/geometry/page-geometry';
import type { WordConfidence } from './types';

export { joinsWithoutSpace };

/**
 * A word as a span of its line: offsets are UTF-16 code units into `OcrLine.text`; its confidence
 * and box when the file has them, and the index of its element in the file.
 */
export interface LineWord {
  readonly start: number;
  readonly end: number;
  /** 0..1 */
  readonly confidence?: number;
  readonly box?: Box | null;
  readonly source?: number;
}

/** Where an element stands: its box on the page and its index among its kind in the file. */
export interface OcrPlace {
  readonly box?: Box | null;
  readonly source?: number;
}

/** One printed line. Its text may have any whitespace at either end; it is trimmed on rendering. */
export interface OcrLine extends OcrPlace {
  readonly text: string;
  readonly words: readonly LineWord[];
}

/** One text block (ALTO TextBlock, PAGE TextRegion, hOCR paragraph). */
export interface OcrBlock extends OcrPlace {
  readonly lines: readonly OcrLine[];
}

/** One page, its blocks in reading order, with its image's size and name when the file says. */
export interface OcrPage {
  readonly blocks: readonly OcrBlock[];
  readonly width?: number;
  readonly height?: number;
  readonly image?: string;
}

/** A word as an OCR engine gives it. */
export interface OcrWord {
  readonly text: string;
  /** 0..1 when the format has one. */
  readonly confidence?: number;
  /** Whether a space separates it from the word before it (ignored for a line's first word). */
  readonly spaceBefore: boolean;
  readonly box?: Box | null;
  /** Index of the word's element among the file's word elements. */
  readonly source?: number;
}

/**
 * Joins words into a line, keeping each word's confidence as a span of the line text. Words are
 * separated by one space where `spaceBefore` says so, except between Chinese or Japanese
 * characters (and their full-width punctuation): an engine's word boundary there is segmentation,
 * not a space printed on the page.
 */
export function lineFromWords(words: readonly OcrWord[], place: OcrPlace = {}): OcrLine {
  let text = '';
  const spans: LineWord[] = [];
  for (const word of words) {
    if (word.text === '') continue;
    if (text !== '' && word.spaceBefore && !joinsWithoutSpace(text, word.text)) text += ' ';
    const start = text.length;
    text += word.text;
    spans.push({
      start,
      end: text.length,
      confidence: word.confidence,
      box: word.box,
      source: word.source,
    });
  }
  return { text, words: spans, ...place };
}

/** A line with one confidence for all of it: every whitespace-separated token gets it. */
export function lineWithConfidence(
  text: string,
  confidence: number | undefined,
  place: OcrPlace = {},
): OcrLine {
  if (confidence === undefined) return { text, words: [], ...place };
  const words: LineWord[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    words.push({ start: match.index, end: match.index + match[0].length, confidence });
  }
  return { text, words, ...place };
}

/** What renderPages produces; the fields of ImportedDraft that come from the OCR layout. */
export interface RenderedPages {
  readonly text: string;
  readonly pages: number;
  readonly pageStarts: number[];
  readonly lowConfidence: WordConfidence[];
  /** Where each word, line and block stands on its page; offsets into `text`. */
  readonly geometry: PageGeometry;
}

// Characters that would break a line inside a line; replaced one for one so offsets hold.
const LINE_BREAKS = /[\n\r\f\v\u0085\u2028\u2029]/g;

/**
 * Renders pages to draft text. Lines that are blank after trimming are dropped, and so are blocks
 * without lines; an empty page still counts as a page. Words below `threshold` are reported.
 */
export function renderPages(pages: readonly OcrPage[], threshold: number): RenderedPages {
  const parts: string[] = [];
  const lowConfidence: WordConfidence[] = [];
  const pageStarts: number[] = [];
  const geometryPages: GeometryPage[] = [];
  const blocks: GeometryBlock[] = [];
  const lines: GeometryLine[] = [];
  const words: GeometryWord[] = [];
  let length = 0;
  let pending: OcrPage[] = []; // pages whose start is not known yet (no block emitted since they began)
  const startPending = (): void => {
    for (const page of pending) {
      pageStarts.push(length);
      geometryPages.push(pageOf(page, length));
    }
    pending = [];
  };
  for (const page of pages) {
    pending.push(page);
    for (const block of page.blocks) {
      const kept = block.lines
        .map((line) => trimLine(line))
        .filter((line): line is OcrLine => line !== undefined);
      if (kept.length === 0) continue;
      if (length > 0) {
        parts.push('\n\n');
        length += 2;
      }
      startPending();
      const blockIndex = blocks.length;
      const blockStart = length;
      kept.forEach((line, index) => {
        if (index > 0) {
          parts.push('\n');
          length += 1;
        }
        const lineIndex = lines.length;
        for (const word of line.words) {
          const start = length + word.start;
          const end = length + word.end;
          if (word.confidence !== undefined && word.confidence < threshold) {
            lowConfidence.push({ start, end, confidence: word.confidence });
          }
          words.push({
            start,
            end,
            box: word.box ?? null,
            ...(word.confidence !== undefined ? { confidence: word.confidence } : {}),
            line: lineIndex,
            source: word.source ?? -1,
          });
        }
        parts.push(line.text);
        lines.push({
          start: length,
          end: length + line.text.length,
          box: line.box ?? null,
          block: blockIndex,
          source: line.source ?? -1,
        });
        length += line.text.length;
      });
      blocks.push({
        start: blockStart,
        end: length,
        box: block.box ?? null,
        page: geometryPages.length - 1,
        source: block.source ?? -1,
      });
    }
  }
  startPending();
  if (pageStarts.length === 0) {
    pageStarts.push(0);
    geometryPages.push({ start: 0 });
  }
  return {
    text: parts.join(''),
    pages: pageStarts.length,
    pageStarts,
    lowConfidence,
    geometry: { geometry: 1, pages: geometryPages, blocks, lines, words },
  };
}

function pageOf(page: OcrPage, start: number): GeometryPage {
  return {
    start,
    ...(page.width !== undefined ? { width: page.width } : {}),
    ...(page.height !== undefined ? { height: page.height } : {}),
    ...(page.image !== undefined ? { image: page.image } : {}),
  };
}

/** Replaces line breaks by spaces, trims, and keeps the word spans that still cover text. */
function trimLine(line: OcrLine): OcrLine | undefined {
  const flat = line.text.replace(LINE_BREAKS, ' ');
  const text = flat.trim();
  if (text === '') return undefined;
  const offset = flat.length - flat.trimStart().length;
  const words: LineWord[] = [];
  for (const word of line.words) {
    const start = Math.max(0, word.start - offset);
    const end = Math.min(text.length, word.end - offset);
    if (start < end) words.push({ ...word, start, end });
  }
  return { ...line, text, words };
}
