import { describe, expect, it } from 'vitest';
import { compareTexts, comparisonHtml } from '../../src/core/compare';
import { parsePage, readGold, readSample } from './helpers';

const META = {
  title: '衡阳日报 2020-03-05',
  oldLabel: 'v1 导入',
  newLabel: 'v2 清理',
  locale: 'zh-CN',
} as const;

describe('comparisonHtml', () => {
  it('is a self-contained page of the sample comparison: inline CSS, no scripts, no links', () => {
    const cmp = compareTexts(readSample(), readGold());
    const html = comparisonHtml(cmp, META);
    const page = parsePage(html);
    expect(page.errors).toEqual([]);
    expect(page.all('html')[0].attr('lang')).toBe('zh-CN');
    expect(page.all('meta').some((m) => m.attr('charset') === 'utf-8')).toBe(true);
    expect(page.all('style')).toHaveLength(1);
    expect(page.all('script')).toHaveLength(0);
    expect(page.all('link')).toHaveLength(0);
    expect(page.all('img')).toHaveLength(0);
    expect(page.all('h1')[0].text).toBe(META.title);
    // One section per pair that is shown; changes carry <ins>/<del>.
    const sections = page.all('section');
    const classes = sections.map((s) => s.attr('class'));
    expect(classes.filter((c) => c === 'pair removed')).toHaveLength(1);
    expect(classes.filter((c) => c === 'pair changed')).toHaveLength(cmp.counts.paragraphsChanged);
    expect(page.all('del').some((d) => d.text.includes('依规'))).toBe(true);
    expect(page.all('del').some((d) => d.text === '↵↵')).toBe(true); // a joined paragraph
    // The counts head the page.
    const counts = page
      .all('ul')[0]
      .all('li')
      .map((li) => li.text);
    expect(counts).toContain(`删除段落 ${cmp.counts.paragraphsRemoved}`);
    expect(counts).toContain(`修改段落 ${cmp.counts.paragraphsChanged}`);
  });

  it('escapes the text it shows', () => {
    const a = '第一段。\n\n<script>alert("x")</script> & 旧';
    const b = '第一段。\n\n<script>alert("y")</script> & 新\n\n<b>加粗</b>';
    const page = parsePage(comparisonHtml(compareTexts(a, b), { ...META, title: '<i>标题</i>' }));
    expect(page.errors).toEqual([]);
    expect(page.all('script')).toHaveLength(0);
    expect(page.all('b').map((e) => e.text)).not.toContain('加粗');
    expect(page.all('i')).toHaveLength(0);
    expect(page.all('h1')[0].text).toBe('<i>标题</i>');
    expect(page.all('ins').map((e) => e.text)).toContain('<b>加粗</b>');
  });

  it('folds runs of unchanged paragraphs and speaks English when asked', () => {
    const paras = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} stays the same.`);
    const changed = [...paras];
    changed[7] = 'Paragraph 7 was edited.';
    const page = parsePage(
      comparisonHtml(compareTexts(paras.join('\n\n'), changed.join('\n\n')), {
        ...META,
        locale: 'en',
      }),
    );
    expect(page.all('details')).toHaveLength(1);
    expect(page.all('summary')[0].text).toBe('7 unchanged paragraphs');
    expect(page.all('ins').map((e) => e.text)).toEqual(['was edited']);
  });

  it('replaces lone surrogates so the page stays valid UTF-8', () => {
    const html = comparisonHtml(compareTexts('前\ud800后', '前后'), META);
    expect(html).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(html).toContain('\ufffd');
  });
});
