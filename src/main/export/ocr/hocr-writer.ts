/**
 * hOCR for write-back: each ocrx_word span gets its corrected text and its bbox in the title;
 * words of a line are separated by one space (the importer reads any markup whitespace as one).
 * Words the editor wrote touching (no space) are one word, except between CJK characters.
 */
import { HTML_ENTITIES, roleOf } from '../../import/hocr';
import {
  boxOfWords,
  wholeLine,
  type FormatWriter,
  type IdSource,
  type OutLine,
  type OutWord,
} from './write-back';
import { escapeXml, rewriteStartTag, type SourceElement } from './xml-tree';
import type { Box } from '../../../core/geometry/page-geometry';

/** The entities an hOCR file may use (as the importer reads them). */
export const HOCR_ENTITIES = HTML_ENTITIES;

/** The hOCR writer over the elements of `xml`. */
export function hocrWriter(tree: SourceElement[], xml: string): FormatWriter {
  const role = (e: SourceElement) => roleOf((e.attrs.class ?? '').split(/\s+/).filter(Boolean));
  const insideWord = (e: SourceElement): boolean => {
    for (let p = e.parent; p; p = p.parent) if (role(p) === 'word') return true;
    return false;
  };
  const words = tree.filter((e) => role(e) === 'word' && !insideWord(e));
  const lines = tree.filter((e) => role(e) === 'line' && !insideWord(e));
  const blocks = tree.filter((e) => role(e) === 'block' && !insideWord(e));

  const titleWith = (title: string | undefined, box: Box | null, dropConf: boolean): string => {
    let out = title ?? '';
    if (dropConf) out = out.replace(/;?\s*x_wconf\s+-?[\d.]+/, '');
    if (box) {
      const bbox = `bbox ${box.map((n) => Math.round(n)).join(' ')}`;
      out = /(^|;)\s*bbox\s+[-\d\s]+/.test(out)
        ? out.replace(/bbox\s+-?\d+\s+-?\d+\s+-?\d+\s+-?\d+/, bbox)
        : `${bbox}${out ? '; ' + out : ''}`;
    }
    return out.replace(/^;\s*/, '');
  };

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
    const set: Record<string, string> = { title: titleWith(template.attrs.title, out.box, true) };
    const id = ids.claim(own, ids.taken);
    if (id !== undefined) set.id = id;
    return `${rewriteStartTag(xml, template, set, [], false)}${escapeXml(out.text)}</${template.qname}>`;
  };

  return {
    words,
    lines,
    blocks,
    splitTouching: false,
    splitLine: wholeLine,
    writeLine(line: OutLine, ids: IdSource) {
      const element = line.element;
      const set: Record<string, string> = {};
      if (!line.sameWords || line.clone) {
        set.title = titleWith(element.attrs.title, boxOfWords(line.words), false);
      }
      if (line.clone) {
        const id = ids.claim(element.attrs.id, ids.taken);
        if (id !== undefined) set.id = id;
      }
      const fallback = words.find((w) => w.parent === element) ?? words[0] ?? element;
      const open = rewriteStartTag(xml, element, set, [], false);
      const body = line.words.map((out) => wordOf(out, ids, fallback)).join(' ');
      const close = xml.slice(element.closeStart, element.end);
      const lead = xml.slice(element.openEnd, element.children[0]?.start ?? element.openEnd);
      return `${open}${/^\s*$/.test(lead) ? lead : ''}${body}${trailing(element)}${close}`;
    },
    removeBlock(block: SourceElement) {
      return [{ from: block.start, to: block.end, insert: '' }];
    },
    finishBlock() {
      return [];
    },
  };

  function trailing(element: SourceElement): string {
    const last = element.children[element.children.length - 1];
    if (!last) return '';
    const tail = xml.slice(last.end, element.closeStart);
    return /^\s*$/.test(tail) ? tail : '';
  }
}
