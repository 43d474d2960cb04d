/**
 * The common shape of OCR pages (ALTO, PAGE-XML, hOCR) and how it becomes draft text: lines of a
 * block joined by `\n`, blocks and pages separated by one blank line, confidences mapped to
 * offsets in the final text.
 */
import { isCjkChar, isCjkPunctuation } from '../../core/document/script';
import type { WordConfidence } from './types';

/** A word's confidence as a span of its line: offsets are UTF-16 code units into `OcrLine.text`. */
export interface LineWord {
  readonly start: number;
  readonly end: number;
  /** 0..1 */
  readonly confidence: number;
}

/** One printed line. Its text may have any whitespace at either end; it is trimmed on rendering. */
export interface OcrLine {
  readonly text: string;
  readonly words: readonly LineWord[];
}

/** One text block (ALTO TextBlock, PAGE TextRegion, hOCR paragraph). */
export interface OcrBlock {
  readonly lines: readonly OcrLine[];
}

/** One page, its blocks in reading order. */
export interface OcrPage {
  readonly blocks: readonly OcrBlock[];
}

/** A word as an OCR engine gives it. */
export interface OcrWord {
  readonly text: string;
  /** 0..1 when the format has one. */
  readonly confidence?: number;
  /** Whether a space separates it from the word before it (ignored for a line's first word). */
  readonly spaceBefore: boolean;
}

/**
 * Joins words into a line, keeping each word's confidence as a span of the line text. Words are
 * separated by one space where `spaceBefore` says so, except between Chinese or Japanese
 * characters (and their full-width punctuation): an engine's word boundary there is segmentation,
 * not a space printed on the page.
 */
export function lineFromWords(words: readonly OcrWord[]): OcrLine {
  let text = '';
  const spans: LineWord[] = [];
  for (const word of words) {
    if (word.text === '') continue;
    if (text !== '' && word.spaceBefore && !joinsWithoutSpace(text, word.text)) text += ' ';
    const start = text.length;
    text += word.text;
    if (word.confidence !== undefined) {
      spans.push({ start, end: text.length, confidence: word.confidence });
    }
  }
  return { text, words: spans };
}

/** Whether two words meet without a space: CJK on both sides of the boundary. */
export function joinsWithoutSpace(before: string, after: string): boolean {
  const last =
    before.codePointAt(before.length - 1 - (isLowSurrogate(before, before.length - 1) ? 1 : 0)) ??
    0;
  const first = after.codePointAt(0) ?? 0;
  const han = (code: number): boolean => isCjkChar(code) && !(code >= 0xac00 && code <= 0xd7af);
  const wide = (code: number): boolean =>
    (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);
  if (han(last)) return han(first) || isCjkPunctuation(first);
  if (han(first)) return isCjkPunctuation(last);
  return wide(last) && wide(first);
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return index > 0 && code >= 0xdc00 && code <= 0xdfff;
}

/** A line with one confidence for all of it: every whitespace-separated token gets it. */
export function lineWithConfidence(text: string, confidence: number | undefined): OcrLine {
  if (confidence === undefined) return { text, words: [] };
  const words: LineWord[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    words.push({ start: match.index, end: match.index + match[0].length, confidence });
  }
  return { text, words };
}

/** What renderPages produces; the fields of ImportedDraft that come from the OCR layout. */
export interface RenderedPages {
  readonly text: string;
  readonly pages: number;
  readonly pageStarts: number[];
  readonly lowConfidence: WordConfidence[];
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
  let length = 0;
  let pending = 0; // pages whose start is not known yet (no block emitted since they began)
  for (const page of pages) {
    pending++;
    for (const block of page.blocks) {
      const lines = block.lines
        .map((line) => trimLine(line))
        .filter((line): line is OcrLine => line !== undefined);
      if (lines.length === 0) continue;
      if (length > 0) {
        parts.push('\n\n');
        length += 2;
      }
      for (; pending > 0; pending--) pageStarts.push(length);
      lines.forEach((line, index) => {
        if (index > 0) {
          parts.push('\n');
          length += 1;
        }
        for (const word of line.words) {
          if (word.confidence < threshold) {
            lowConfidence.push({
              start: length + word.start,
              end: length + word.end,
              confidence: word.confidence,
            });
          }
        }
        parts.push(line.text);
        length += line.text.length;
      });
    }
  }
  for (; pending > 0; pending--) pageStarts.push(length);
  if (pageStarts.length === 0) pageStarts.push(0);
  return { text: parts.join(''), pages: pageStarts.length, pageStarts, lowConfidence };
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
    if (start < end) words.push({ start, end, confidence: word.confidence });
  }
  return { text, words };
}
