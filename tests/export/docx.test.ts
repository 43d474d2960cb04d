import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import mammoth from 'mammoth';
import { createDocument } from '../../src/core';
import { trackedParagraphs } from '../../src/core/export';
import { exportVersion } from '../../src/main/export';
import { BROKEN_PARAGRAPHS, DUPLICATE_START, readGold, readSample } from '../compare/helpers';
import { readParagraphs, readZipEntry, resolveRevisions } from './helpers';

const ISSUE = { title: '衡阳日报 2020-03-05', publication: '衡阳日报', date: '2020-03-05' };
const NOW = new Date('2026-03-05T08:30:00.123Z');

const blocksOf = (text: string): string[] => createDocument(text).blocks.map((b) => b.text);

async function docxOf(original: string, text: string, author?: string): Promise<Uint8Array> {
  return exportVersion('docx', { text, original, issue: ISSUE, author, now: NOW });
}

describe('docx export with tracked changes (sample → gold copy)', () => {
  const sample = readSample();
  const gold = readGold();

  it('opens in mammoth and reads as the exported version (changes accepted)', async () => {
    const bytes = await docxOf(sample, gold);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    // mammoth's raw text drops line breaks inside a paragraph (<w:br/>).
    const flat = blocksOf(gold).map((b) => b.replace(/\n/g, ''));
    expect(value.trimEnd().split('\n\n')).toEqual(flat);
  });

  it('accepting every change gives the exported paragraphs, rejecting gives the original ones', async () => {
    const xml = await readZipEntry(await docxOf(sample, gold), 'word/document.xml');
    const paragraphs = readParagraphs(xml);
    expect(resolveRevisions(paragraphs, true)).toEqual(blocksOf(gold));
    expect(resolveRevisions(paragraphs, false)).toEqual(blocksOf(sample));
  });

  it('counts one <w:ins>/<w:del> per tracked run and paragraph mark, by the given author', async () => {
    const tracked = trackedParagraphs(sample, gold);
    const expected = { ins: 0, del: 0 };
    for (const p of tracked) {
      if (p.mark === 'insert') expected.ins++;
      if (p.mark === 'delete') expected.del++;
      for (const piece of p.pieces) {
        if (piece.op === 'insert') expected.ins++;
        if (piece.op === 'delete') expected.del++;
      }
    }
    const xml = await readZipEntry(await docxOf(sample, gold, '主编室'), 'word/document.xml');
    const ins = xml.match(/<w:ins\b/g) ?? [];
    const del = xml.match(/<w:del\b/g) ?? [];
    expect({ ins: ins.length, del: del.length }).toEqual(expected);
    // The duplicate (one deleted paragraph), six joins (deleted marks), the stutter and the commas.
    const paragraphs = readParagraphs(xml);
    const deletedMarks = paragraphs.filter((p) => p.mark === 'delete');
    const duplicate = deletedMarks.filter((p) => p.parts.every((x) => x.op === 'delete'));
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0].parts.map((x) => x.text).join('')).toMatch(
      new RegExp(`^${DUPLICATE_START}`),
    );
    expect(deletedMarks).toHaveLength(1 + BROKEN_PARAGRAPHS.length);
    expect(del.length).toBeGreaterThan(200);
    expect(xml).toContain('w:author="主编室"');
    expect(xml).toContain('w:date="2026-03-05T08:30:00Z"');
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('styles headlines as headings and keeps track changes on', async () => {
    const bytes = await docxOf(sample, gold);
    const paragraphs = readParagraphs(await readZipEntry(bytes, 'word/document.xml'));
    const headings = paragraphs
      .filter((p) => p.style === 'Heading1')
      .map((p) => p.parts.map((x) => x.text).join(''));
    expect(headings).toContain('我市确定今年脱贫攻坚工作目标');
    expect(headings).toContain('中共中央政治局常务委员会召开会议');
    expect(headings).not.toContain(expect.stringMatching(/^本报讯/));
    expect(await readZipEntry(bytes, 'word/settings.xml')).toContain('<w:trackRevisions');
    expect(await readZipEntry(bytes, 'docProps/core.xml')).toContain('衡阳日报 2020-03-05');
  });

  it('credits "Galley" when no author is given', async () => {
    const xml = await readZipEntry(await docxOf(sample, gold), 'word/document.xml');
    expect(xml).toContain('w:author="Galley"');
  });
});

describe('docx export: structural edits at the edges', () => {
  const cases: [string, string, string][] = [
    ['a paragraph removed at the end', '甲段。\n\n乙段。\n\n丙段。', '甲段。\n\n乙段。'],
    ['paragraphs added at the end', '甲段。', '甲段。\n\n乙段。\n\n丙段。'],
    ['a paragraph removed at the start', '甲段。\n\n乙段。', '乙段。'],
    ['a split paragraph', '甲乙丙丁戊己庚辛。', '甲乙丙丁\n\n戊己庚辛。'],
    [
      'a line break turned into a paragraph break',
      '甲乙丙丁\n戊己庚辛。',
      '甲乙丙丁\n\n戊己庚辛。',
    ],
    ['a join with a line break left', '甲乙丙丁\n\n戊己庚辛。', '甲乙丙丁\n戊己庚辛。'],
    ['everything replaced', '旧的一段。', 'A new paragraph.'],
  ];
  for (const [name, original, text] of cases) {
    it(name, async () => {
      const paragraphs = readParagraphs(
        await readZipEntry(await docxOf(original, text), 'word/document.xml'),
      );
      expect(resolveRevisions(paragraphs, true)).toEqual(blocksOf(text));
      expect(resolveRevisions(paragraphs, false)).toEqual(blocksOf(original));
    });
  }

  it('property: accept gives the new paragraphs and reject the old ones', async () => {
    const arbText = fc
      .array(fc.constantFrom('甲', '乙', '丙', '，', '。', ' ', '\n', '\n\n', 'ab', '𠀀'), {
        minLength: 1,
        maxLength: 25,
      })
      .map((parts) => parts.join(''))
      .filter((t) => createDocument(t).blocks.length > 0);
    await fc.assert(
      fc.asyncProperty(arbText, arbText, async (original, text) => {
        const paragraphs = readParagraphs(
          await readZipEntry(await docxOf(original, text), 'word/document.xml'),
        );
        expect(resolveRevisions(paragraphs, true)).toEqual(blocksOf(text));
        expect(resolveRevisions(paragraphs, false)).toEqual(blocksOf(original));
      }),
      { numRuns: 60 },
    );
  });

  it('writes a valid file for text with lone surrogates and control characters', async () => {
    const bytes = await docxOf('前\ud800后\u0001。', '前后\u0002。');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value.trim()).toBe('前后。');
  });
});
