/**
 * Exports read as the version reads: every text format, read back the way a reader meets it
 * (txt as is, md without its markup, html through its DOM text, docx through mammoth, json's
 * articles), gives the version's paragraphs, each once and in order.
 */
import mammoth from 'mammoth';
import * as parse5 from 'parse5';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core';
import { exportVersion, type ExportFormat } from '../../src/main/export';
import { readGold, readSample } from '../compare/helpers';

const issue = { title: '第一版', publication: '衡阳日报', date: '2020-03-05' };
const now = new Date('2026-03-05T08:30:00Z');

/** A paragraph's text with its inner line breaks as single spaces (formats differ there only). */
const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
const blocksOf = (text: string) => createDocument(text).blocks.map((b) => flat(b.text));

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

/** The DOM text of `node` as a browser renders it (a `<br>` is a line break). */
function domText(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.tagName === 'br') return '\n';
  return (node.childNodes ?? []).map(domText).join('');
}

function find(node: Node, tag: string): Node | undefined {
  if (node.tagName === tag) return node;
  for (const child of node.childNodes ?? []) {
    const hit = find(child, tag);
    if (hit) return hit;
  }
  return undefined;
}

/** The paragraphs a reader of the page sees in its articles (the page header aside). */
function htmlParagraphs(html: string): string[] {
  const main = find(parse5.parse(html) as unknown as Node, 'main');
  const out: string[] = [];
  for (const article of main?.childNodes ?? []) {
    for (const el of article.childNodes ?? []) if (el.tagName) out.push(flat(domText(el)));
  }
  return out;
}

/** The paragraphs of the Markdown file without its markup (the `#` title line aside). */
function mdParagraphs(md: string): string[] {
  return md
    .trimEnd()
    .split('\n\n')
    .slice(1)
    .map((p) =>
      flat(
        p
          .replace(/^#{2,3} /, '')
          .replace(/^- /, '')
          .replace(/^\*([\s\S]*)\*$/, '$1')
          .replace(/^(\s*)\\/gm, '$1')
          .replace(/\\([\\`*_[\]<>|])/g, '$1'),
      ),
    );
}

interface IssueJson {
  articles: { headline: string | null; decks: string[]; paragraphs: { text: string }[] }[];
}

async function readBack(format: ExportFormat, bytes: Uint8Array): Promise<string[]> {
  const text = new TextDecoder().decode(bytes);
  switch (format) {
    case 'txt':
      return blocksOf(text);
    case 'md':
      return mdParagraphs(text);
    case 'html':
      return htmlParagraphs(text);
    case 'json':
      return (JSON.parse(text) as IssueJson).articles.flatMap((a) =>
        [
          ...(a.headline === null ? [] : [a.headline]),
          ...a.decks,
          ...a.paragraphs.map((p) => p.text),
        ].map(flat),
      );
    case 'docx': {
      // As HTML, not raw text: mammoth's raw text drops the line breaks inside a paragraph.
      const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
      const body = parse5.parseFragment(value) as unknown as Node;
      return (body.childNodes ?? []).map((el) => flat(domText(el)));
    }
    default:
      throw new Error(`${format} is not a text format`);
  }
}

const FORMATS: readonly ExportFormat[] = ['txt', 'md', 'html', 'json', 'docx'];

describe.each([
  ['the gold copy (bylines, datelines, jump lines)', readGold()],
  ['the raw sample', readSample()],
])('%s exported and read back', (_name, text) => {
  it.each(FORMATS)('%s gives the version paragraph for paragraph', async (format) => {
    const bytes = await exportVersion(format, { text, original: readSample(), issue, now });
    expect(await readBack(format, bytes)).toEqual(blocksOf(text));
  });
});

describe('a byline in the HTML page', () => {
  it('is printed once, at the head of its lead paragraph', async () => {
    const bytes = await exportVersion('html', {
      text: readGold(),
      original: readSample(),
      issue,
      now,
    });
    const html = new TextDecoder().decode(bytes);
    const page = htmlParagraphs(html).join('\n');
    // As often as the version prints them: twice and once.
    const times = (s: string, part: string) => s.split(part).length - 1;
    for (const byline of ['本报讯（记者 许珂）', '新华社北京3月4日电']) {
      expect(times(page, byline)).toBe(times(readGold(), byline));
    }
    expect(times(page, '本报讯（记者 许珂）')).toBe(2);
    expect(html).toMatch(/<p class="lead" data-role="byline"><span class="byline">本报讯/);
  });
});
