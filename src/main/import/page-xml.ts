/**
 * PAGE-XML (PcGts, 2013-07-15 with a default namespace, 2019-07-15 with the `pc:` prefix, and
 * other versions alike): one block per TextRegion, in the order of the page's ReadingOrder
 * (OrderedGroup sorted by RegionRefIndexed@index, UnorderedGroup in document order, groups
 * nested). Regions the ReadingOrder leaves out are not lost: a nested region follows its parent,
 * any other follows the ordered ones in document order.
 *
 * Text of a line: TextLine/TextEquiv/Unicode when present; else its Words joined by spaces (none
 * between CJK characters). A
 * region with no line text falls back to its own TextEquiv (split at line breaks). Among several
 * TextEquivs the lowest @index wins. Confidences: TextEquiv@conf of Words (0..1), found in the line
 * text in order; a line with a confidence but no word confidences gives it to each of its words.
 */
import { boxOfPoints, type Box } from '../../core/geometry/page-geometry';
import {
  lineFromWords,
  lineWithConfidence,
  renderPages,
  type LineWord,
  type OcrBlock,
  type OcrLine,
  type RenderedPages,
} from './ocr-text';
import { parseXml, type XmlElement } from './xml-safety';

interface TextChoice {
  index: number;
  text: string;
  conf?: number;
}

interface Placed {
  box?: Box | null;
  source?: number;
}

interface PageWord extends Placed {
  text?: TextChoice;
}

interface PageLine extends Placed {
  text?: TextChoice;
  words: PageWord[];
}

interface RegionNode extends Placed {
  id: string;
  isText: boolean;
  lines: PageLine[];
  text?: TextChoice;
  children: RegionNode[];
}

interface OrderItem {
  index: number;
  ref?: string;
  group?: OrderGroup;
}

interface OrderGroup {
  ordered: boolean;
  items: OrderItem[];
}

interface PageState {
  width?: number;
  height?: number;
  image?: string;
  roots: RegionNode[];
  byId: Map<string, RegionNode>;
  order?: OrderGroup;
}

type Owner = PageWord | PageLine | RegionNode | OrderGroup | TextChoice | null;

const GROUPS = new Set([
  'OrderedGroup',
  'UnorderedGroup',
  'OrderedGroupIndexed',
  'UnorderedGroupIndexed',
]);

/** Reads PAGE-XML text into rendered pages. Throws ImportError for unsafe or damaged XML. */
export function readPageXml(xml: string, sourceName: string, threshold: number): RenderedPages {
  const pages: PageState[] = [];
  const owners: { name: string; owner: Owner }[] = [];
  let unicode: string[] | undefined;
  const count = { Word: 0, TextLine: 0, TextRegion: 0 };

  const pageState = (): PageState => {
    if (pages.length === 0) pages.push({ roots: [], byId: new Map() });
    return pages[pages.length - 1];
  };
  // The innermost open group and region, and how many ReadingOrder / TextLine elements are
  // open, kept as stacks and a count so that a file nested 100,000 deep reads in linear time.
  const openGroups: Owner[] = [];
  const openRegions: Owner[] = [];
  let openExcluding = 0;
  const isRegion = (name: string): boolean => name.endsWith('Region');
  const isExcluding = (name: string): boolean => name === 'ReadingOrder' || name === 'TextLine';

  const open = (element: XmlElement): Owner => {
    const { name, attrs } = element;
    const parent = owners.at(-1);
    if (name === 'Page') {
      pages.push({
        roots: [],
        byId: new Map(),
        width: sizeOf(attrs.imageWidth),
        height: sizeOf(attrs.imageHeight),
        image: attrs.imageFilename || undefined,
      });
      return null;
    }
    if (name === 'Coords' && parent?.owner && ['Word', 'TextLine'].includes(parent.name)) {
      (parent.owner as Placed).box = boxOfPoints(attrs.points ?? '');
      return null;
    }
    if (name === 'Coords' && parent?.owner && parent.name === 'TextRegion') {
      (parent.owner as Placed).box = boxOfPoints(attrs.points ?? '');
      return null;
    }
    if (GROUPS.has(name)) {
      const group: OrderGroup = { ordered: name.startsWith('Ordered'), items: [] };
      const outer = openGroups.at(-1) as OrderGroup | undefined;
      if (outer) outer.items.push({ index: indexOf(attrs.index), group });
      else pageState().order = group;
      return group;
    }
    if (name === 'RegionRefIndexed' || name === 'RegionRef') {
      const group = openGroups.at(-1) as OrderGroup | undefined;
      if (group && attrs.regionRef)
        group.items.push({ index: indexOf(attrs.index), ref: attrs.regionRef });
      return null;
    }
    if (isRegion(name) && openExcluding === 0) {
      const node: RegionNode = {
        id: attrs.id ?? '',
        isText: name === 'TextRegion',
        lines: [],
        children: [],
        ...(name === 'TextRegion' ? { source: count.TextRegion++ } : {}),
      };
      const outer = openRegions.at(-1) as RegionNode | null | undefined;
      const state = pageState();
      if (outer) outer.children.push(node);
      else state.roots.push(node);
      if (node.id && !state.byId.has(node.id)) state.byId.set(node.id, node);
      return node;
    }
    if (name === 'TextLine' && parent?.name === 'TextRegion' && parent.owner) {
      const line: PageLine = { words: [], source: count.TextLine++ };
      (parent.owner as RegionNode).lines.push(line);
      return line;
    }
    if (name === 'Word' && parent?.name === 'TextLine' && parent.owner) {
      const word: PageWord = { source: count.Word++ };
      (parent.owner as PageLine).words.push(word);
      return word;
    }
    if (name === 'TextEquiv') {
      return { index: indexOf(attrs.index), text: '', conf: confidenceOf(attrs.conf) };
    }
    if (name === 'Unicode' && parent?.name === 'TextEquiv') unicode = [];
    return null;
  };

  const close = (element: XmlElement, owner: Owner): void => {
    if (element.name === 'Unicode' && unicode) {
      const choice = owners.at(-1)?.owner as TextChoice | null;
      if (choice) choice.text = unicode.join('');
      unicode = undefined;
    } else if (element.name === 'TextEquiv' && owner) {
      const parent = owners.at(-1);
      if (parent && ['Word', 'TextLine', 'TextRegion'].includes(parent.name) && parent.owner) {
        const target = parent.owner as { text?: TextChoice };
        const choice = owner as TextChoice;
        if (!target.text || choice.index < target.text.index) target.text = choice;
      }
    }
  };

  parseXml(xml, sourceName, {
    open(element) {
      const { name } = element;
      const owner = open(element);
      owners.push({ name, owner });
      if (GROUPS.has(name)) openGroups.push(owner);
      if (isRegion(name)) openRegions.push(owner);
      if (isExcluding(name)) openExcluding++;
    },
    close(element) {
      const top = owners.pop();
      if (top && GROUPS.has(top.name)) openGroups.pop();
      if (top && isRegion(top.name)) openRegions.pop();
      if (top && isExcluding(top.name)) openExcluding--;
      close(element, top?.owner ?? null);
    },
    text(chunk) {
      unicode?.push(chunk);
    },
  });

  if (pages.length === 0) pages.push({ roots: [], byId: new Map() });
  return renderPages(
    pages.map((page) => ({
      width: page.width,
      height: page.height,
      image: page.image,
      blocks: orderedRegions(page).map(toBlock),
    })),
    threshold,
  );
}

function indexOf(value: string | undefined): number {
  const number = Number(value);
  return value !== undefined && Number.isFinite(number) ? number : 0;
}

function sizeOf(value: string | undefined): number | undefined {
  const number = Number(value);
  return value !== undefined && Number.isFinite(number) && number > 0 ? number : undefined;
}

function confidenceOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 && number <= 1 ? number : undefined;
}

/**
 * The page's text regions in reading order, every region exactly once. Iterative (explicit
 * stacks), so regions or groups nested 100,000 deep cannot overflow the call stack.
 */
function orderedRegions(page: PageState): RegionNode[] {
  const out: RegionNode[] = [];
  const done = new Set<RegionNode>();
  const referenced = new Set<string>();
  const refs = page.order ? flatten(page.order) : [];
  for (const ref of refs) referenced.add(ref);
  // A region, then its children the ReadingOrder does not name, depth first.
  const emit = (node: RegionNode): void => {
    const stack = [node];
    for (let next = stack.pop(); next; next = stack.pop()) {
      if (done.has(next)) continue;
      done.add(next);
      if (next.isText) out.push(next);
      for (let i = next.children.length - 1; i >= 0; i--) {
        if (!referenced.has(next.children[i].id)) stack.push(next.children[i]);
      }
    }
  };
  for (const ref of refs) {
    const node = page.byId.get(ref);
    if (node) emit(node);
  }
  // Every region of the page in document order, so none is lost.
  const stack = [...page.roots].reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    emit(next);
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
  return out;
}

/** The region ids of a group in reading order, nested groups expanded in place; iterative. */
function flatten(root: OrderGroup): string[] {
  const refs: string[] = [];
  const stack: OrderItem[][] = [sortedItems(root)];
  while (stack.length > 0) {
    const item = stack[stack.length - 1].pop();
    if (!item) stack.pop();
    else if (item.group) stack.push(sortedItems(item.group));
    else if (item.ref) refs.push(item.ref);
  }
  return refs;
}

/** A group's items in reading order, reversed so that `pop` yields the first. */
function sortedItems(group: OrderGroup): OrderItem[] {
  const items = group.items.map((item, position) => ({ item, position }));
  if (group.ordered) {
    items.sort((a, b) => a.item.index - b.item.index || a.position - b.position);
  }
  return items.map(({ item }) => item).reverse();
}

function toBlock(region: RegionNode): OcrBlock {
  const place = { box: region.box, source: region.source };
  const lines = region.lines.map(toLine).filter((line) => line.text.trim() !== '');
  if (lines.length > 0 || !region.text) return { lines, ...place };
  const conf = region.text.conf;
  return {
    ...place,
    lines: region.text.text.split(/\r\n?|\n/).map((text) => lineWithConfidence(text, conf)),
  };
}

function toLine(line: PageLine): OcrLine {
  const place = { box: line.box, source: line.source };
  const words = line.words.filter((word) => word.text && word.text.text.trim() !== '');
  const hasWordConf = words.some((word) => word.text?.conf !== undefined);
  const lineConf = line.text?.conf;
  if (line.text && line.text.text.trim() !== '') {
    const text = line.text.text;
    if (words.length === 0) return lineWithConfidence(text, lineConf, place);
    return { text, words: locateWords(text, words, hasWordConf ? undefined : lineConf), ...place };
  }
  return lineFromWords(
    words.map((word) => ({
      text: word.text?.text.trim() ?? '',
      confidence: hasWordConf ? word.text?.conf : lineConf,
      spaceBefore: true,
      box: word.box,
      source: word.source,
    })),
    place,
  );
}

/**
 * Finds each word's text in the line, in order, with its box and confidence (`lineConf` for every
 * word when the words have none of their own).
 */
function locateWords(text: string, words: PageWord[], lineConf: number | undefined): LineWord[] {
  const spans: LineWord[] = [];
  let cursor = 0;
  for (const word of words) {
    const wordText = word.text?.text.trim() ?? '';
    const at = text.indexOf(wordText, cursor);
    if (at < 0) continue;
    cursor = at + wordText.length;
    const confidence = word.text?.conf ?? lineConf;
    spans.push({ start: at, end: cursor, confidence, box: word.box, source: word.source });
  }
  return spans;
}
