import { describe, expect, it } from 'vitest';
import { buildCorrectionReport, proofHtml, trackedParagraphs } from '../../src/core/export';
import { parsePage, readGold, readSample } from '../compare/helpers';

describe('the proof sheet (校样)', () => {
  const original = readSample();
  const text = readGold();
  const html = proofHtml(trackedParagraphs(original, text), buildCorrectionReport(original, text), {
    title: '第一版',
    publication: '衡阳日报',
    date: '2020-03-05',
  });

  it('numbers every change in the text and explains it in the margin', () => {
    const page = parsePage(html);
    expect(page.errors).toEqual([]);
    const marks = html.match(/<sup class="n">/g) ?? [];
    const notes = html.match(/data-testid="proof-note"/g) ?? [];
    expect(marks.length).toBe(notes.length);
    expect(marks.length).toBeGreaterThan(200);
    expect(html).toContain('<del>¶</del>');
    expect(html).toContain('衡阳日报 · 2020-03-05');
    expect(html).toContain('@page{size:A4');
  });

  it('says there is nothing to mark for an unchanged version', () => {
    const same = proofHtml(trackedParagraphs(original, original), [], { title: 't' });
    expect(same).toContain('本版与导入稿相同');
    expect(same).not.toContain('<sup class="n">');
  });
});
