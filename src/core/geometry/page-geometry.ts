/**
 * Page geometry: where each word, line and block of an OCR draft stands on the page scan.
 *
 * Text ranges are UTF-16 code units into the text the geometry belongs to (the imported text,
 * or a later version's once mapped with `mapGeometry`); boxes are `[x0, y0, x1, y1]` in pixels
 * of the page image (x0 ≤ x1, y0 ≤ y1). `source` numbers the element in the original file (the
 * n-th String / Word / ocrx_word, TextLine / ocr_line, TextBlock / TextRegion / ocr_par, in
 * document order) so an export can find it again.
 */

/** `[x0, y0, x1, y1]` in image pixels. */
export type Box = readonly [number, number, number, number];

/** One OCR word: its text range, its box, its engine confidence when the file has one. */
export interface GeometryWord {
  readonly start: number;
  readonly end: number;
  readonly box: Box | null;
  /** 0..1 */
  readonly confidence?: number;
  /** Index into `PageGeometry.lines`. */
  readonly line: number;
  /** The n-th word element of the original file. */
  readonly source: number;
}

/** One printed line. */
export interface GeometryLine {
  readonly start: number;
  readonly end: number;
  readonly box: Box | null;
  /** Index into `PageGeometry.blocks`. */
  readonly block: number;
  readonly source: number;
}

/** One text block (paragraph or region). */
export interface GeometryBlock {
  readonly start: number;
  readonly end: number;
  readonly box: Box | null;
  /** Index into `PageGeometry.pages`. */
  readonly page: number;
  readonly source: number;
}

/** One page of the file, with the scan the file names. */
export interface GeometryPage {
  /** Offset of the page's first character. */
  readonly start: number;
  /** Size of the page image in pixels, when the file says. */
  readonly width?: number;
  readonly height?: number;
  /** The image file the OCR file names (as written there; may carry a folder). */
  readonly image?: string;
}

/** The geometry of one text: every range is an offset into that text. */
export interface PageGeometry {
  /** Schema of the stored form. */
  readonly geometry: 1;
  readonly pages: readonly GeometryPage[];
  readonly blocks: readonly GeometryBlock[];
  readonly lines: readonly GeometryLine[];
  /** In text order; ranges never overlap. Mapped words may be empty (`start === end`) when deleted. */
  readonly words: readonly GeometryWord[];
}

/** A geometry with nothing in it (a txt or docx draft). */
export function emptyGeometry(): PageGeometry {
  return { geometry: 1, pages: [], blocks: [], lines: [], words: [] };
}

/** The smallest box holding all of `boxes` (nulls skipped); null when there is none. */
export function unionBox(boxes: readonly (Box | null | undefined)[]): Box | null {
  let out: [number, number, number, number] | null = null;
  for (const box of boxes) {
    if (!box) continue;
    if (!out) out = [box[0], box[1], box[2], box[3]];
    else {
      out[0] = Math.min(out[0], box[0]);
      out[1] = Math.min(out[1], box[1]);
      out[2] = Math.max(out[2], box[2]);
      out[3] = Math.max(out[3], box[3]);
    }
  }
  return out;
}

/** The bounding box of polygon points `"x,y x,y …"` (PAGE Coords); null when unreadable. */
export function boxOfPoints(points: string): Box | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const pair of points.trim().split(/\s+/)) {
    const [x, y] = pair.split(',').map(Number);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    xs.push(x);
    ys.push(y);
  }
  if (xs.length === 0) return null;
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * The word at `offset` (a word whose range holds it, or ends at it), or undefined. Binary search:
 * words are in text order.
 */
export function wordAt(geometry: PageGeometry, offset: number): GeometryWord | undefined {
  const words = geometry.words;
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const word = words[mid];
    if (word.end < offset) lo = mid + 1;
    else if (word.start > offset) hi = mid - 1;
    else return word.end > word.start ? word : undefined;
  }
  return undefined;
}

/** Words that overlap `[from, to)` (or hold `from` when the range is empty), in text order. */
export function wordsIn(geometry: PageGeometry, from: number, to: number): GeometryWord[] {
  if (from === to) {
    const word = wordAt(geometry, from);
    return word ? [word] : [];
  }
  return geometry.words.filter((w) => w.end > w.start && w.start < to && w.end > from);
}

/** The word whose box holds the point `(x, y)` in image pixels, else the nearest within `slack`. */
export function wordAtPoint(
  geometry: PageGeometry,
  x: number,
  y: number,
  slack = 12,
): GeometryWord | undefined {
  let best: GeometryWord | undefined;
  let bestDistance = Infinity;
  for (const word of geometry.words) {
    if (!word.box || word.end <= word.start) continue;
    const [x0, y0, x1, y1] = word.box;
    const dx = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
    const dy = y < y0 ? y0 - y : y > y1 ? y - y1 : 0;
    const distance = Math.hypot(dx, dy);
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return bestDistance <= slack ? best : undefined;
}

/** The page holding `offset`: the last page starting at or before it (0 when none). */
export function pageAt(geometry: PageGeometry, offset: number): number {
  let page = 0;
  geometry.pages.forEach((p, index) => {
    if (p.start <= offset) page = index;
  });
  return page;
}
