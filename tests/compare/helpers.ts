/**
 * Shared helpers of the comparison and export tests: the reference sample with its gold copy,
 * a seeded random text generator, and the structural checks every Comparison must pass.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as parse5 from 'parse5';
import { expect } from 'vitest';
import type { Comparison } from '../../src/core/compare';

export const SAMPLE_PATH = fileURLToPath(
  new URL('../../../shared/samples/hengyang-daily-2020-03-05.txt', import.meta.url),
);
export const GOLD_PATH = fileURLToPath(
  new URL('../fixtures/sample/hengyang-daily-2020-03-05.clean.txt', import.meta.url),
);

export const readSample = (): string => readFileSync(SAMPLE_PATH, 'utf8');
export const readGold = (): string => readFileSync(GOLD_PATH, 'utf8');

/** The duplicated paragraph of the sample (lines 62 and 68). */
export const DUPLICATE_START = '会议原则同意《中共衡阳市委常委会2020年工作要点》';

/** The sample's six broken paragraphs: [end of the first half, start of the second]. */
export const BROKEN_PARAGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['教育资助政', '策全部落实到位'],
  ['患者收治和转', '运工作'],
  ['应急', '物资保障领域投入'],
  ['面对', '疫情'],
  ['原材料供应', '等生产过程中'],
  ['经济社会', '健康发展创造良好条件'],
];

/** A seeded generator of floats in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` random Han characters drawn from 3,000 common code points. */
export function randomHan(n: number, seed: number): string {
  const random = seeded(seed);
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCharCode(0x4e00 + Math.floor(random() * 3000));
  return out;
}

/**
 * Every block of both sides is in exactly one pair, spans match their blocks, and each changed
 * pair's segments rebuild both span texts; the counts agree with the pairs.
 */
export function expectWellFormed(cmp: Comparison): void {
  const seenOld = new Array<number>(cmp.oldDoc.blocks.length).fill(0);
  const seenNew = new Array<number>(cmp.newDoc.blocks.length).fill(0);
  let inserted = 0;
  let deleted = 0;
  for (const p of cmp.pairs) {
    for (const [side, doc, seen] of [
      [p.old, cmp.oldDoc, seenOld],
      [p.new, cmp.newDoc, seenNew],
    ] as const) {
      if (!side) continue;
      for (let i = side.index; i < side.index + side.count; i++) seen[i]++;
      expect(side.start).toBe(doc.blocks[side.index].start);
      expect(side.end).toBe(doc.blocks[side.index + side.count - 1].end);
    }
    const oldText = p.old ? cmp.oldDoc.text.slice(p.old.start, p.old.end) : '';
    const newText = p.new ? cmp.newDoc.text.slice(p.new.start, p.new.end) : '';
    if (p.op === 'changed') {
      const segs = p.segments ?? [];
      expect(segs.every((s) => s.text.length > 0)).toBe(true);
      expect(
        segs
          .filter((s) => s.op !== 'insert')
          .map((s) => s.text)
          .join(''),
      ).toBe(oldText);
      expect(
        segs
          .filter((s) => s.op !== 'delete')
          .map((s) => s.text)
          .join(''),
      ).toBe(newText);
      for (const s of segs) {
        if (s.op === 'insert') inserted += s.text.length;
        if (s.op === 'delete') deleted += s.text.length;
      }
    } else if (p.op === 'equal' || p.op === 'moved') {
      expect(newText).toBe(oldText);
    } else if (p.op === 'added') {
      expect(p.old).toBeUndefined();
      inserted += newText.length;
    } else {
      expect(p.new).toBeUndefined();
      deleted += oldText.length;
    }
  }
  expect(seenOld.every((n) => n === 1)).toBe(true);
  expect(seenNew.every((n) => n === 1)).toBe(true);
  expect(cmp.counts.charsInserted).toBe(inserted);
  expect(cmp.counts.charsDeleted).toBe(deleted);
  expect(cmp.counts.paragraphsChanged).toBe(cmp.pairs.filter((p) => p.op === 'changed').length);
  expect(cmp.counts.paragraphsMoved).toBe(cmp.pairs.filter((p) => p.op === 'moved').length);
}

/** A parsed HTML page: its parse errors, and lookups by tag and class. */
export interface ParsedPage {
  readonly errors: readonly string[];
  /** Elements with this tag name (lower case), in document order. */
  all(tag: string): HtmlElement[];
  /** Text of the whole document (scripts and styles included). */
  readonly text: string;
}

export interface HtmlElement {
  readonly tag: string;
  attr(name: string): string | undefined;
  readonly text: string;
  all(tag: string): HtmlElement[];
}

/** Parses a page with parse5 (the HTML5 parsing algorithm browsers use), recording its errors. */
export function parsePage(html: string): ParsedPage {
  const errors: string[] = [];
  const doc = parse5.parse(html, { onParseError: (e) => errors.push(e.code) });
  const root = wrap(doc as unknown as Parse5Node);
  return { errors, all: (tag) => root.all(tag), text: root.text };
}

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

function wrap(node: Parse5Node): HtmlElement {
  const descendants = (): Parse5Node[] => {
    const out: Parse5Node[] = [];
    const visit = (n: Parse5Node): void => {
      for (const c of n.childNodes ?? []) {
        out.push(c);
        visit(c);
      }
    };
    visit(node);
    return out;
  };
  return {
    tag: node.tagName ?? node.nodeName,
    attr: (name) => node.attrs?.find((a) => a.name === name)?.value,
    get text() {
      return descendants()
        .filter((n) => n.nodeName === '#text')
        .map((n) => n.value ?? '')
        .join('');
    },
    all: (tag) =>
      descendants()
        .filter((n) => n.tagName === tag)
        .map(wrap),
  };
}
