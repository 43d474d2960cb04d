/**
 * hOCR (Tesseract and others; XHTML with single- or double-quoted attributes): one block per
 * ocr_par (or per ocr_carea without paragraphs), one line per ocr_line (also ocr_header,
 * ocr_caption, ocr_textfloat), pages by ocr_page.
 *
 * A word's text is its own text only: text inside nested elements with an ocr class (the
 * ocrx_cinfo alternatives of Tesseract's lstm_choices) is not the word; formatting elements such
 * as <strong> are. Whitespace and indentation between spans is formatting: words of a line are
 * joined by one space (none between CJK characters). Confidences: `x_wconf` in the title, 0..100, read as 0..1.
 */
import type { Box } from '../../core/geometry/page-geometry';
import {
  lineFromWords,
  renderPages,
  type OcrPage,
  type OcrPlace,
  type OcrWord,
  type RenderedPages,
} from './ocr-text';
import { parseXml } from './xml-safety';

const LINE_CLASSES = ['ocr_line', 'ocr_header', 'ocr_caption', 'ocr_textfloat', 'ocrx_line'];
const BLOCK_CLASSES = ['ocr_par', 'ocr_carea', 'ocrx_block', 'ocr_column'];

/** The few HTML named entities an hOCR file may use; no others are expanded. */
export const HTML_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  shy: '\u00ad',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  hellip: '\u2026',
};

export type Role = 'page' | 'block' | 'line' | 'word' | 'ocr' | 'plain';

interface WordState {
  parts: string[];
  confidence?: number;
  box: Box | null;
  source: number;
  /** Nesting of ocr-classed elements inside the word; its text counts only at 0. */
  hidden: number;
}

interface LineState extends OcrPlace {
  words: OcrWord[];
  loose: string[];
  hidden: number;
}

/** Reads hOCR text into rendered pages. Throws ImportError for unsafe or damaged XML. */
export function readHocr(xml: string, sourceName: string, threshold: number): RenderedPages {
  interface HocrBlock extends OcrPlace {
    lines: { words: OcrWord[]; place: OcrPlace }[];
  }
  interface HocrPage {
    blocks: HocrBlock[];
    size?: Box | null;
    image?: string;
  }
  const pages: HocrPage[] = [];
  const roles: Role[] = [];
  let block: HocrBlock | undefined;
  let blockPlace: OcrPlace = {};
  let line: LineState | undefined;
  let word: WordState | undefined;
  const count = { word: 0, line: 0, block: 0 };

  const page = (): HocrPage => {
    if (pages.length === 0) pages.push({ blocks: [] });
    return pages[pages.length - 1];
  };
  const endLine = (): void => {
    if (!line) return;
    let words = line.words;
    const loose = collapse(line.loose.join(''));
    if (words.length === 0 && loose !== '') words = [{ text: loose, spaceBefore: false }];
    if (words.length > 0) {
      if (!block) page().blocks.push((block = { lines: [], ...blockPlace }));
      block.lines.push({ words, place: { box: line.box, source: line.source } });
    }
    line = undefined;
  };
  const endBlock = (): void => {
    endLine();
    block = undefined;
  };

  parseXml(
    xml,
    sourceName,
    {
      open(element) {
        const classes = (element.attrs.class ?? '').split(/\s+/).filter(Boolean);
        const role = roleOf(classes);
        roles.push(role);
        if (word) {
          if (role !== 'plain') word.hidden++;
          return;
        }
        const title = element.attrs.title;
        if (role === 'page') {
          endBlock();
          pages.push({ blocks: [], size: bboxOf(title), image: imageOf(title) });
        } else if (role === 'block') {
          endBlock();
          blockPlace = { box: bboxOf(title), source: count.block++ };
        } else if (role === 'line') {
          endLine();
          line = { words: [], loose: [], hidden: 0, box: bboxOf(title), source: count.line++ };
        } else if (role === 'word') {
          if (!line) line = { words: [], loose: [], hidden: 0 };
          word = {
            parts: [],
            hidden: 0,
            confidence: wordConfidence(title),
            box: bboxOf(title),
            source: count.word++,
          };
        } else if (role === 'ocr' && line) {
          line.hidden++;
        }
      },
      close() {
        const role = roles.pop();
        if (word) {
          if (role === 'word' && word.hidden === 0) {
            const text = collapse(word.parts.join(''));
            line?.words.push({
              text,
              confidence: word.confidence,
              spaceBefore: true,
              box: word.box,
              source: word.source,
            });
            word = undefined;
          } else if (role !== 'plain') {
            word.hidden--;
          }
          return;
        }
        if (role === 'line') endLine();
        else if (role === 'block' || role === 'page') endBlock();
        else if (role === 'ocr' && line) line.hidden--;
      },
      text(chunk) {
        if (word) {
          if (word.hidden === 0) word.parts.push(chunk);
        } else if (line && line.hidden === 0) {
          line.loose.push(chunk);
        }
      },
    },
    HTML_ENTITIES,
  );
  endBlock();

  const ocrPages: OcrPage[] = pages.map((p) => ({
    ...(p.size ? { width: p.size[2], height: p.size[3] } : {}),
    image: p.image,
    blocks: p.blocks.map((b) => ({
      box: b.box,
      source: b.source,
      lines: b.lines.map((l) => lineFromWords(l.words, l.place)),
    })),
  }));
  return renderPages(ocrPages, threshold);
}

/** Markup whitespace (ASCII only: a no-break space is text) collapsed to one space and trimmed. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

export function roleOf(classes: readonly string[]): Role {
  if (classes.includes('ocr_page')) return 'page';
  if (classes.includes('ocrx_word')) return 'word';
  if (classes.some((c) => LINE_CLASSES.includes(c))) return 'line';
  if (classes.some((c) => BLOCK_CLASSES.includes(c))) return 'block';
  if (classes.some((c) => c.startsWith('ocr'))) return 'ocr';
  return 'plain';
}

/** `bbox x0 y0 x1 y1` in an hOCR title; null when absent. */
function bboxOf(title: string | undefined): Box | null {
  const match = /(?:^|;)\s*bbox\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)/.exec(title ?? '');
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
}

/** `image "alice_1.png"` in an ocr_page title. */
function imageOf(title: string | undefined): string | undefined {
  const match = /(?:^|;)\s*image\s+"([^"]*)"/.exec(title ?? '');
  return match?.[1] || undefined;
}

/** `x_wconf 93` in an hOCR title → 0.93; undefined when absent or out of range. */
export function wordConfidence(title: string | undefined): number | undefined {
  const match = /(?:^|;)\s*x_wconf\s+(-?\d+(?:\.\d+)?)/.exec(title ?? '');
  if (!match) return undefined;
  const value = Number(match[1]);
  return value >= 0 && value <= 100 ? value / 100 : undefined;
}
