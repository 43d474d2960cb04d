import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { createDocument } from '../../src/core';
import {
  EXPORT_EXTENSIONS,
  EXPORT_FORMATS,
  exportVersion,
  type ExportFormat,
} from '../../src/main/export';
import { parsePage, readGold, readSample } from '../compare/helpers';
import { readZipEntry } from './helpers';

const input = {
  text: readGold(),
  original: readSample(),
  issue: { title: '第一版', publication: '衡阳日报', date: '2020-03-05' },
  now: new Date('2026-03-05T08:30:00Z'),
};

let dir: string;
const files = new Map<ExportFormat, Buffer>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-export-version-'));
  for (const format of EXPORT_FORMATS) {
    const path = join(dir, `sample-${format}${EXPORT_EXTENSIONS[format]}`);
    await writeFile(path, await exportVersion(format, input));
    files.set(format, await readFile(path));
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const utf8 = (b: Buffer): string =>
  new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);

describe('exportVersion: every format of the sample, written and read back', () => {
  it('txt is the version text, UTF-8 without a BOM', () => {
    const bytes = files.get('txt')!;
    expect(bytes[0]).not.toBe(0xef);
    expect(utf8(bytes)).toBe(input.text);
  });

  it('md and html carry the headlines', () => {
    expect(utf8(files.get('md')!)).toContain('## 我市确定今年脱贫攻坚工作目标');
    const page = parsePage(utf8(files.get('html')!));
    expect(page.errors).toEqual([]);
    expect(page.all('h2')[0].text).toBe('我市确定今年脱贫攻坚工作目标');
  });

  it('json parses and holds every paragraph', () => {
    const json = JSON.parse(utf8(files.get('json')!)) as {
      articles: { headline: string | null; decks: string[]; paragraphs: { text: string }[] }[];
    };
    const count = json.articles.reduce(
      (n, a) => n + (a.headline === null ? 0 : 1) + a.decks.length + a.paragraphs.length,
      0,
    );
    expect(count).toBe(createDocument(input.text).blocks.length);
  });

  it('docx is a Word file with tracked changes', async () => {
    const bytes = files.get('docx')!;
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain('依法依规处理检举控告');
    const xml = await readZipEntry(bytes, 'word/document.xml');
    expect((xml.match(/<w:del\b/g) ?? []).length).toBeGreaterThan(0);
    expect((xml.match(/<w:ins\b/g) ?? []).length).toBeGreaterThan(0);
  });

  it('the reports list the corrections, the CSV with a BOM', () => {
    const page = parsePage(utf8(files.get('report-html')!));
    expect(page.errors).toEqual([]);
    const rows = page.all('tbody')[0].all('tr');
    const csv = files.get('report-csv')!;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(utf8(csv).trimEnd().split('\r\n')).toHaveLength(rows.length + 1);
  });

  it('speaks English when asked', async () => {
    const bytes = await exportVersion('report-html', { ...input, locale: 'en' });
    expect(parsePage(utf8(Buffer.from(bytes))).all('h1')[0].text).toBe('Correction report: 第一版');
  });
});
