import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDocument } from '../../src/core';
import {
  exportHtml,
  exportJson,
  exportMarkdown,
  exportTxt,
  splitArticles,
} from '../../src/core/export';
import { exportVersion } from '../../src/main/export';
import { parsePage, readGold, SAMPLE_PATH } from '../compare/helpers';

const META = {
  title: '第一版',
  publication: '衡阳日报',
  date: '2020-03-05',
  locale: 'zh-CN',
} as const;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('txt', () => {
  it('an imported .txt exports to the same bytes', async () => {
    const bytes = await readFile(SAMPLE_PATH);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const out = join(dir, 'sample.txt');
    await writeFile(out, await exportVersion('txt', { text, original: text, issue: META }));
    expect(Buffer.compare(await readFile(out), bytes)).toBe(0);
  });

  it('property: txt of a text gives the text back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (text) => {
        expect(exportTxt(text)).toBe(text);
        const bytes = await exportVersion('txt', { text, original: '', issue: META });
        expect(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('articles', () => {
  it('splits the gold copy at headlines, with decks and bylines', () => {
    const articles = splitArticles(createDocument(readGold()));
    expect(articles[0]).toMatchObject({
      headline: '我市确定今年脱贫攻坚工作目标',
      decks: [],
      byline: '本报讯（记者 许珂）',
    });
    const politburo = articles.find((a) => a.headline === '中共中央政治局常务委员会召开会议');
    expect(politburo?.decks).toEqual([
      '研究当前新冠肺炎疫情防控和稳定经济社会运行重点工作',
      '中共中央总书记习近平主持会议',
    ]);
    expect(politburo?.byline).toBe('新华社北京3月4日电');
    expect(articles.filter((a) => a.byline === '本报讯（记者 罗文鹏）')).toHaveLength(1);
  });

  it('puts every block in exactly one place, in order', () => {
    const doc = createDocument(readGold());
    const texts = splitArticles(doc).flatMap((a) => [
      ...(a.headline === null ? [] : [a.headline]),
      ...a.decks,
      ...a.paragraphs.map((p) => p.text),
    ]);
    expect(texts).toEqual(doc.blocks.map((b) => b.text));
  });
});

describe('markdown', () => {
  it('has the issue title, headlines, decks and paragraphs', () => {
    const md = exportMarkdown(createDocument(readGold()), META);
    expect(
      md.startsWith(
        '# 衡阳日报 · 2020-03-05 · 第一版\n\n## 我市确定今年脱贫攻坚工作目标\n\n本报讯（记者 许珂）',
      ),
    ).toBe(true);
    expect(md).toContain('\n\n### 中共中央总书记习近平主持会议\n\n');
    expect(md).toContain('\n\n*详见三版*\n');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('escapes markdown syntax that OCR text happens to contain', () => {
    const md = exportMarkdown(
      createDocument('# 不是标题 *星号* a_b [链接](x)。\n\n- 不是列表，而是正文的一段话。'),
    );
    expect(md).toContain('\\# 不是标题 \\*星号\\* a\\_b \\[链接\\](x)。');
    expect(md).toContain('\\- 不是列表');
  });
});

describe('html page', () => {
  it('is a clean, valid page of the issue', () => {
    const doc = createDocument(readGold());
    const page = parsePage(exportHtml(doc, META));
    expect(page.errors).toEqual([]);
    expect(page.all('html')[0].attr('lang')).toBe('zh-CN');
    expect(page.all('script')).toHaveLength(0);
    expect(page.all('h1')[0].text).toBe('第一版');
    const articles = splitArticles(doc);
    expect(page.all('article')).toHaveLength(articles.length);
    expect(page.all('h2').map((h) => h.text)).toEqual(
      articles.filter((a) => a.headline !== null).map((a) => a.headline!.replace(/\n/g, '')),
    );
    expect(page.all('p').some((p) => p.text.includes('依法依规处理检举控告'))).toBe(true);
  });

  it('escapes the text', () => {
    const page = parsePage(
      exportHtml(createDocument('<b>标题</b>\n\n正文 <script>x()</script> & 更多。'), META),
    );
    expect(page.errors).toEqual([]);
    expect(page.all('script')).toHaveLength(0);
    expect(page.all('h2')[0].text).toBe('<b>标题</b>');
  });
});

describe('json', () => {
  it('is the issue as articles with roles', () => {
    const json = JSON.parse(exportJson(createDocument(readGold()), META));
    expect(json).toMatchObject({
      format: 'galley.issue',
      version: 1,
      title: '第一版',
      publication: '衡阳日报',
      date: '2020-03-05',
    });
    expect(json.articles[0].headline).toBe('我市确定今年脱贫攻坚工作目标');
    expect(json.articles[0].paragraphs[0]).toEqual({
      role: 'byline',
      text: expect.stringMatching(/^本报讯（记者 许珂）3月4日/),
    });
    const roles = new Set(
      json.articles.flatMap((a: { paragraphs: { role: string }[] }) =>
        a.paragraphs.map((p) => p.role),
      ),
    );
    expect(roles.has('body')).toBe(true);
    expect(roles.has('jump-line')).toBe(true);
  });
});
