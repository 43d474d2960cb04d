/**
 * ALTO for write-back: String elements carry the words (CONTENT, HPOS/VPOS/WIDTH/HEIGHT), SP the
 * spaces (written wherever the corrected text has one, so the file reads back with SP as the only
 * separator), HypPart1/HypPart2 with SUBS_CONTENT and a HYP the words joined over a line end.
 */
import type { RegroupedWord } from '../../../core/geometry/regroup';
import type { Box } from '../../../core/geometry/page-geometry';
import {
  boxOfWords,
  type FormatWriter,
  type IdSource,
  type OutLine,
  type OutWord,
} from './write-back';
import { isInside, rewriteStartTag, type SourceElement } from './xml-tree';

/** The ALTO writer over the elements of `xml`. */
export function altoWriter(tree: SourceElement[], xml: string): FormatWriter {
  const words = tree.filter((e) => e.name === 'String');
  const lines = tree.filter((e) => e.name === 'TextLine');
  const blocks = tree.filter((e) => e.name === 'TextBlock');
  const lineOfWord = new Map<SourceElement, number>();
  for (const word of words) {
    const line = word.parent && word.parent.name === 'TextLine' ? lines.indexOf(word.parent) : -1;
    lineOfWord.set(word, line);
  }
  const isHypPart1 = (source: number): boolean =>
    words[source]?.attrs.SUBS_TYPE === 'HypPart1' && Boolean(words[source]?.attrs.SUBS_CONTENT);

  const box4 = (box: Box | null): Record<string, string> =>
    box
      ? {
          HPOS: String(Math.round(box[0])),
          VPOS: String(Math.round(box[1])),
          WIDTH: String(Math.round(box[2] - box[0])),
          HEIGHT: String(Math.round(box[3] - box[1])),
        }
      : {};

  const stringOf = (out: OutWord, ids: IdSource, fallback: SourceElement): string => {
    const { word } = out;
    const source = out.template ?? word.sources[0];
    const template = source !== undefined ? words[source] : fallback;
    const verbatim = out.hypPart === undefined ? word.sources.length === 1 : out.original === true;
    const own = template.attrs.ID;
    // Verbatim only while its ID is its own: a word split from the same element took it first.
    if (!word.changed && verbatim && (own === undefined || !ids.taken.has(own))) {
      if (own !== undefined) ids.taken.add(own);
      return xml.slice(template.start, template.end);
    }
    const set: Record<string, string> = { CONTENT: out.text, ...box4(out.box) };
    const id = ids.claim(own, ids.taken);
    if (id !== undefined) set.ID = id;
    if (out.hypPart) {
      set.SUBS_TYPE = `HypPart${out.hypPart}`;
      set.SUBS_CONTENT = word.text;
    }
    return rewriteStartTag(xml, template, set, ['WC', 'CC', 'SUBS_TYPE', 'SUBS_CONTENT'], true);
  };

  return {
    words,
    lines,
    blocks,
    splitTouching: true,
    splitLine(regrouped: readonly RegroupedWord[], lineSources: readonly number[]) {
      const out: { line: number; words: OutWord[] }[] = [];
      let current: OutWord[] = [];
      let line = lineSources[0] ?? -1;
      for (const word of regrouped) {
        if (word.parts && word.parts.length > 1) {
          word.parts.forEach((part, n) => {
            const hypPart = n === 0 ? 1 : 2;
            if (n > 0) {
              out.push({ line, words: current });
              current = [];
              line = part.line;
            }
            // Three or more lines: the middle parts join the first part's text.
            if (n === 0 || n === word.parts!.length - 1) {
              current.push({
                word,
                hypPart,
                text: part.text,
                box: part.box,
                template: part.sources[0],
              });
            } else {
              const first = current[current.length - 1];
              current[current.length - 1] = { ...first, text: first.text + part.text };
            }
          });
          continue;
        }
        // An original HypPart1 whose HypPart2 begins the next line: keep the pair.
        const source = word.sources[0];
        const next = source !== undefined && isHypPart1(source) ? words[source + 1] : undefined;
        if (source === undefined || next?.attrs.SUBS_TYPE !== 'HypPart2') {
          current.push({ word, text: word.text, box: word.box });
          continue;
        }
        const head = words[source].attrs.CONTENT ?? '';
        const tail = next.attrs.CONTENT ?? '';
        const cut = word.text.startsWith(head)
          ? head.length
          : Math.max(1, word.text.length - tail.length);
        current.push({
          word,
          hypPart: 1,
          text: word.text.slice(0, cut),
          box: word.box,
          original: true,
        });
        out.push({ line, words: current });
        line = lineOfWord.get(next) ?? line;
        current = [
          {
            word,
            hypPart: 2,
            text: word.text.slice(cut),
            box: altoBox(next),
            template: source + 1,
            original: true,
          },
        ];
      }
      out.push({ line, words: current });
      return out.filter((part) => part.words.length > 0);
    },
    writeLine(line: OutLine, ids: IdSource) {
      const element = line.element;
      const fallback = words.find((w) => w.parent === element) ?? words[0];
      const set: Record<string, string> = {};
      if (!line.sameWords) Object.assign(set, box4(boxOfWords(line.words)));
      if (line.clone) {
        const id = ids.claim(element.attrs.ID, ids.taken);
        if (id !== undefined) set.ID = id;
      } else if (element.attrs.ID !== undefined) ids.taken.add(element.attrs.ID);
      const open = rewriteStartTag(xml, element, set, [], false);
      const indent = childIndent(xml, element);
      const parts: string[] = [];
      line.words.forEach((out, n) => {
        if (n > 0 && out.word.spaceBefore && out.hypPart !== 2) {
          const before = line.words[n - 1].box;
          parts.push(spOf(before, out.box));
        }
        parts.push(stringOf(out, ids, fallback));
        if (out.hypPart === 1) parts.push(hypAfter(out));
      });
      const close = `</${element.qname}>`;
      return `${open}${parts.map((p) => indent + p).join('')}${closingIndent(xml, element)}${close}`;
    },
    removeBlock(block: SourceElement) {
      return [{ from: block.start, to: block.end, insert: '' }];
    },
    finishBlock() {
      return [];
    },
  };

  function hypAfter(out: OutWord): string {
    const source = out.word.sources[0];
    const original = source !== undefined ? words[source] : undefined;
    const sibling = original?.parent?.children.find(
      (c, i, all) => c.name === 'HYP' && all[i - 1] === original,
    );
    if (sibling) return xml.slice(sibling.start, sibling.end);
    const box = out.box;
    const at = box ? ` HPOS="${Math.round(box[2])}" VPOS="${Math.round(box[1])}"` : '';
    return `<${prefixOf(original)}HYP CONTENT="-"${at}/>`;
  }

  function spOf(before: Box | null, after: Box | null): string {
    const prefix = prefixOf(words[0]);
    if (!before || !after || after[0] < before[2]) return `<${prefix}SP/>`;
    return `<${prefix}SP WIDTH="${Math.round(after[0] - before[2])}" HPOS="${Math.round(before[2])}" VPOS="${Math.round(before[1])}"/>`;
  }
}

function altoBox(element: SourceElement): Box | null {
  const [x, y, w, h] = ['HPOS', 'VPOS', 'WIDTH', 'HEIGHT'].map((name) =>
    Number(element.attrs[name]),
  );
  return [x, y, w, h].every(Number.isFinite) ? [x, y, x + w, y + h] : null;
}

function prefixOf(element: SourceElement | undefined): string {
  if (!element) return '';
  const colon = element.qname.indexOf(':');
  return colon < 0 ? '' : element.qname.slice(0, colon + 1);
}

/** The indentation of an element's first child (or one level deeper than the element). */
export function childIndent(xml: string, element: SourceElement): string {
  const first = element.children[0];
  if (first) {
    let at = first.start;
    while (at > element.openEnd && /\s/.test(xml[at - 1])) at--;
    const space = xml.slice(at, first.start);
    if (space !== '') return space;
  }
  return '';
}

/** The whitespace before an element's end tag. */
export function closingIndent(xml: string, element: SourceElement): string {
  if (element.selfClosing) return '';
  let at = element.closeStart;
  while (at > element.openEnd && /\s/.test(xml[at - 1])) at--;
  return xml.slice(at, element.closeStart);
}

export { isInside };
