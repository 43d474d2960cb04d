/**
 * ALTO XML (v1.4 without a namespace, v2–v4 with one): one block per TextBlock, one line per
 * TextLine, pages by Page, in document order.
 *
 * Spaces: where the file has SP elements, words are separated exactly where an SP stands (so
 * "4." and a superscript "11" without SP between them stay together). A file without any SP
 * (some converters write none) gets a space between Strings, except that a String of punctuation
 * touching its neighbour (by HPOS/WIDTH) attaches to it: "worden" + ";" → "worden;". Between CJK
 * characters no space is ever inserted (see lineFromWords).
 *
 * Hyphenation: a HypPart1 String with SUBS_CONTENT becomes the whole word, its HYP is dropped and
 * the matching HypPart2 String is skipped; its confidence is the lower of the two parts. The rest
 * of the next line continues the same text line, as Galley's hyphenation fix joins them
 * ("exam-\nple rest" → "example rest"), so a corrected text written back as HypPart1/HypPart2
 * reads back unchanged. A HYP without such a join is printed (its CONTENT, "-" by default).
 * Confidences: WC, 0..1 (values above 1 are read as percentages).
 */
import type { Box } from '../../core/geometry/page-geometry';
import { lineFromWords, renderPages, type OcrPage, type OcrPlace, type OcrWord } from './ocr-text';
import { parseXml, type XmlElement } from './xml-safety';
import type { RenderedPages } from './ocr-text';

interface AltoWord {
  text: string;
  confidence?: number;
  /** An SP element stands between it and the word before. */
  spBefore: boolean;
  left?: number;
  right?: number;
  /** Set on a HypPart1 that was joined with SUBS_CONTENT. */
  joined: boolean;
  box: Box | null;
  source: number;
}

interface AltoLine extends OcrPlace {
  words: AltoWord[];
}
interface AltoBlock extends OcrPlace {
  lines: AltoLine[];
}
interface AltoPage {
  blocks: AltoBlock[];
  width?: number;
  height?: number;
}

/** Reads ALTO text into rendered pages. Throws ImportError for unsafe or damaged XML. */
export function readAlto(xml: string, sourceName: string, threshold: number): RenderedPages {
  const pages: AltoPage[] = [];
  let page: AltoPage | undefined;
  let block: AltoBlock | undefined;
  let line: AltoLine | undefined;
  let spSeen = false;
  let pendingSp = false;
  let awaitingPart2: AltoWord | undefined;
  let image: string | undefined;
  let fileName: string[] | undefined;
  const count = { String: 0, TextLine: 0, TextBlock: 0 };

  const newPage = (): AltoPage => {
    const made: AltoPage = { blocks: [] };
    pages.push(made);
    return made;
  };
  const currentLine = (): AltoLine => {
    page ??= newPage();
    if (!block) page.blocks.push((block = { lines: [] }));
    if (!line) {
      block.lines.push((line = { words: [] }));
      pendingSp = false;
    }
    return line;
  };

  const onString = (attrs: XmlElement['attrs']): void => {
    const content = attrs.CONTENT ?? '';
    const confidence = parseConfidence(attrs.WC);
    const subsType = attrs.SUBS_TYPE;
    const target = currentLine();
    const source = count.String++;
    if (subsType === 'HypPart2' && awaitingPart2) {
      const first = awaitingPart2;
      awaitingPart2 = undefined;
      if (confidence !== undefined) {
        first.confidence = Math.min(first.confidence ?? confidence, confidence);
      }
      pendingSp = false;
      return;
    }
    // A HypPart2 follows its HypPart1 directly; anything else means the pair was broken.
    awaitingPart2 = undefined;
    const word: AltoWord = {
      text: content,
      confidence,
      spBefore: pendingSp,
      joined: false,
      ...geometry(attrs),
      box: altoBox(attrs),
      source,
    };
    if (subsType === 'HypPart1' && attrs.SUBS_CONTENT) {
      word.text = attrs.SUBS_CONTENT;
      word.joined = true;
      awaitingPart2 = word;
    }
    target.words.push(word);
    pendingSp = false;
  };

  parseXml(xml, sourceName, {
    open(element) {
      switch (element.name) {
        case 'Page':
          page = newPage();
          page.width = numberOf(element.attrs.WIDTH);
          page.height = numberOf(element.attrs.HEIGHT);
          block = undefined;
          line = undefined;
          break;
        case 'TextBlock':
          page ??= newPage();
          page.blocks.push(
            (block = { lines: [], box: altoBox(element.attrs), source: count.TextBlock++ }),
          );
          line = undefined;
          break;
        case 'TextLine':
          page ??= newPage();
          if (!block) page.blocks.push((block = { lines: [] }));
          // A word joined over the line end (HypPart1 with SUBS_CONTENT) continues its text
          // line: the text reads as Galley's own hyphenation fix writes it ("example rest").
          if (awaitingPart2 && block.lines.at(-1)?.words.at(-1) === awaitingPart2) {
            line = block.lines.at(-1);
            pendingSp = false;
            break;
          }
          block.lines.push(
            (line = { words: [], box: altoBox(element.attrs), source: count.TextLine++ }),
          );
          pendingSp = false;
          break;
        case 'fileName':
          fileName = [];
          break;
        case 'String':
          onString(element.attrs);
          break;
        case 'SP':
          spSeen = true;
          pendingSp = true;
          break;
        case 'HYP': {
          const last = line?.words.at(-1);
          if (last && !last.joined) last.text += element.attrs.CONTENT ?? '-';
          break;
        }
      }
    },
    text(chunk) {
      fileName?.push(chunk);
    },
    close(element) {
      if (element.name === 'fileName' && fileName) {
        image ??= fileName.join('').trim() || undefined;
        fileName = undefined;
      } else if (element.name === 'TextLine') line = undefined;
      else if (element.name === 'TextBlock') block = line = undefined;
      else if (element.name === 'Page') page = block = line = undefined;
    },
  });

  const ocrPages: OcrPage[] = pages.map((altoPage) => ({
    width: altoPage.width,
    height: altoPage.height,
    image,
    blocks: altoPage.blocks.map((altoBlock) => ({
      box: altoBlock.box,
      source: altoBlock.source,
      lines: altoBlock.lines.map((altoLine) =>
        lineFromWords(toWords(altoLine.words, spSeen), {
          box: altoLine.box,
          source: altoLine.source,
        }),
      ),
    })),
  }));
  return renderPages(ocrPages, threshold);
}

/** Decides where spaces go: SP elements if the file has any, else the punctuation rule. */
function toWords(line: readonly AltoWord[], spSeen: boolean): OcrWord[] {
  return line.map((word, index) => {
    const before = line[index - 1];
    let spaceBefore = word.spBefore;
    if (!spSeen) spaceBefore = !before || !(touches(before, word) && attaches(before, word));
    return {
      text: word.text,
      confidence: word.confidence,
      spaceBefore,
      box: word.box,
      source: word.source,
    };
  });
}

const PUNCTUATION = /^[\p{P}\p{S}]+$/u;

function attaches(before: AltoWord, word: AltoWord): boolean {
  return PUNCTUATION.test(before.text) || PUNCTUATION.test(word.text);
}

function touches(before: AltoWord, word: AltoWord): boolean {
  if (before.right === undefined || word.left === undefined) return false;
  return word.left <= before.right;
}

function geometry(attrs: XmlElement['attrs']): { left?: number; right?: number } {
  const left = Number(attrs.HPOS);
  const width = Number(attrs.WIDTH);
  if (attrs.HPOS === undefined || attrs.WIDTH === undefined) return {};
  if (!Number.isFinite(left) || !Number.isFinite(width)) return {};
  return { left, right: left + width };
}

/** HPOS, VPOS, WIDTH, HEIGHT as a box; null when any is missing or not a number. */
function altoBox(attrs: XmlElement['attrs']): Box | null {
  const x = numberOf(attrs.HPOS);
  const y = numberOf(attrs.VPOS);
  const width = numberOf(attrs.WIDTH);
  const height = numberOf(attrs.HEIGHT);
  if (x === undefined || y === undefined || width === undefined || height === undefined) {
    return null;
  }
  return [x, y, x + width, y + height];
}

function numberOf(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** WC as 0..1; ALTO says 0..1, but a value in (1, 100] is read as a percentage. */
export function parseConfidence(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) return undefined;
  if (number <= 1) return number;
  return number <= 100 ? number / 100 : undefined;
}
