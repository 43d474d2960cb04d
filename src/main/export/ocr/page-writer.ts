/**
 * PAGE-XML for write-back: each TextLine gets its corrected text as its TextEquiv (which the
 * importer reads first), each Word its own TextEquiv and Coords; a region's own TextEquiv is
 * updated to its lines' text, and a region whose lines all moved loses its lines and text (it is
 * kept, since the ReadingOrder refers to it).
 */
import {
  boxOfWords,
  pointsOf,
  wholeLine,
  type FormatWriter,
  type IdSource,
  type OutLine,
  type OutWord,
} from './write-back';
import { childIndent, closingIndent } from './alto-writer';
import { escapeXml, isInside, rewriteStartTag, type SourceElement } from './xml-tree';

/** The PAGE writer over the elements of `xml`. */
export function pageWriter(tree: SourceElement[], xml: string): FormatWriter {
  const blocks = tree.filter(
    (e) => e.name === 'TextRegion' && !isInside(e, ['ReadingOrder', 'TextLine']),
  );
  const blockSet = new Set(blocks);
  const lines = tree.filter(
    (e) => e.name === 'TextLine' && e.parent !== null && blockSet.has(e.parent),
  );
  const lineSet = new Set(lines);
  const words = tree.filter((e) => e.name === 'Word' && e.parent !== null && lineSet.has(e.parent));
  const prefix = (e: SourceElement): string => {
    const colon = e.qname.indexOf(':');
    return colon < 0 ? '' : e.qname.slice(0, colon + 1);
  };
  const textEquiv = (p: string, text: string, indent: string): string =>
    `<${p}TextEquiv>${indent ? indent + '    ' : ''}<${p}Unicode>${escapeXml(text)}</${p}Unicode>${indent}</${p}TextEquiv>`;

  const wordOf = (out: OutWord, ids: IdSource, fallback: SourceElement): string => {
    const { word } = out;
    const source = word.sources[0];
    const template = source !== undefined ? words[source] : fallback;
    const own = template.attrs.id;
    // Verbatim only while its id is its own: a word split from the same element took it first.
    if (!word.changed && word.sources.length === 1 && (own === undefined || !ids.taken.has(own))) {
      if (own !== undefined) ids.taken.add(own);
      return xml.slice(template.start, template.end);
    }
    const p = prefix(template);
    const set: Record<string, string> = {};
    const id = ids.claim(own, ids.taken);
    if (id !== undefined) set.id = id;
    const open = rewriteStartTag(xml, template, set, ['conf'], false);
    const indent = childIndent(xml, template) || '';
    const style = template.children.find((c) => c.name === 'TextStyle');
    const inner = [
      out.box ? `<${p}Coords points="${pointsOf(out.box)}"/>` : '',
      textEquiv(p, out.text, ''),
      style ? xml.slice(style.start, style.end) : '',
    ].filter(Boolean);
    return `${open}${inner.map((part) => indent + part).join('')}${closingIndent(xml, template)}</${template.qname}>`;
  };

  return {
    words,
    lines,
    blocks,
    splitTouching: true,
    splitLine: wholeLine,
    writeLine(line: OutLine, ids: IdSource) {
      const element = line.element;
      const p = prefix(element);
      const set: Record<string, string> = {};
      if (line.clone) {
        const id = ids.claim(element.attrs.id, ids.taken);
        if (id !== undefined) set.id = id;
      }
      const open = rewriteStartTag(xml, element, set, [], false);
      const indent = childIndent(xml, element) || '';
      const fallback = words.find((w) => w.parent === element) ?? words[0] ?? element;
      const parts: string[] = [];
      const box = boxOfWords(line.words);
      const coords = element.children.find((c) => c.name === 'Coords');
      if (coords && line.sameWords && !line.clone) parts.push(xml.slice(coords.start, coords.end));
      else if (box) parts.push(`<${p}Coords points="${pointsOf(box)}"/>`);
      else if (coords) parts.push(xml.slice(coords.start, coords.end));
      const baseline = element.children.find((c) => c.name === 'Baseline');
      if (baseline && line.sameWords && !line.clone) {
        parts.push(xml.slice(baseline.start, baseline.end));
      }
      for (const out of line.words) parts.push(wordOf(out, ids, fallback));
      parts.push(textEquiv(p, line.text, indent));
      for (const child of element.children) {
        if (['TextStyle', 'UserDefined', 'Labels'].includes(child.name)) {
          parts.push(xml.slice(child.start, child.end));
        }
      }
      return `${open}${parts.map((part) => indent + part).join('')}${closingIndent(xml, element)}</${element.qname}>`;
    },
    removeBlock(block: SourceElement) {
      return block.children
        .filter((c) => c.name === 'TextLine' || c.name === 'TextEquiv')
        .map((c) => ({ from: c.start, to: c.end, insert: '' }));
    },
    finishBlock(block: SourceElement, text: string) {
      return block.children
        .filter((c) => c.name === 'TextEquiv')
        .map((c, n) => ({
          from: c.start,
          to: c.end,
          insert: n === 0 ? textEquiv(prefix(c), text, '') : '',
        }));
    },
  };
}
