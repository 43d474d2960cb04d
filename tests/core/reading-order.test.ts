import { describe, expect, it } from 'vitest';
import { createDocument, readingOrder, withIds, type Finding } from '../../src/core';
import { loadChineseLexicon } from '../../src/main/lexicon/chinese';
import { SAMPLE, loadArticles } from '../fixtures/shared-corpus';

const ARTICLES = loadArticles();

function detect(text: string, lexicon?: ReturnType<typeof loadChineseLexicon>): Finding[] {
  return withIds(text, readingOrder.detect(createDocument(text), { lexicon }));
}

describe('reading-order on the sample issue', () => {
  const findings = detect(SAMPLE);

  it('flags the scrambled banner on lines 45-46, and nothing else', () => {
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(SAMPLE.slice(f.start, f.end)).toBe(
      '习近平新时代中国特色社会主义思想\n在指引下 ——新时代新作为新篇章',
    );
    expect(f.confidence).toBe('suggest');
  });

  it('proposes the banner as the sample README says it was meant', () => {
    expect(findings[0].replacement).toBe(
      '在习近平新时代中国特色社会主义思想指引下——新时代新作为新篇章',
    );
    expect(findings[0].message['zh-CN']).toContain('“在指引下”');
    expect(findings[0].message.en).toContain('scrambled reading order');
  });
});

describe('reading-order signals', () => {
  it('proposes the reordering when the frame line comes first', () => {
    const [f] = detect('在领导下\n全党全军全国各族人民\n\n本报讯（记者 许珂）会议召开。');
    expect(f.replacement).toBe('在全党全军全国各族人民领导下');
  });

  it('reads the phrases of a one-line headline like lines', () => {
    const [f] = detect('习近平新时代中国特色社会主义思想 在指引下\n\n会议召开。');
    expect(f.replacement).toBe('在习近平新时代中国特色社会主义思想指引下');
  });

  it('only warns (replacement unchanged) when more than two parts make the order unclear', () => {
    const text = '习近平新时代中国特色社会主义思想\n在指引下\n新时代新作为新篇章';
    const [f] = detect(text);
    expect(f.replacement).toBe(text);
    expect(f.confidence).toBe('suggest');
  });

  it('warns about a headline line that opens with a particle', () => {
    const text = '坚决打赢疫情防控\n的两场硬仗\n\n本报讯（记者 许珂）会议召开。';
    const [f] = detect(text);
    expect(f.replacement).toBe('坚决打赢疫情防控\n的两场硬仗');
    expect(f.message['zh-CN']).toContain('“的”');
  });
});

describe('reading-order leaves normal headlines alone', () => {
  it('flags none of the 500 zh-news headlines, spaced phrases included', () => {
    const text = ARTICLES.map((a) => [a.headline, ...a.paragraphs].join('\n\n')).join('\n\n');
    expect(detect(text)).toEqual([]);
  });

  it('accepts headlines set in several lines in reading order', () => {
    for (const text of [
      '坚决打赢疫情防控\n和决战脱贫攻坚两场硬仗',
      '在习近平新时代中国特色社会主义思想指引下\n奋力谱写新篇章',
      '了解民情\n着力解决群众急难愁盼问题',
      '在上海\n举行',
    ]) {
      expect({ text, found: detect(`${text}\n\n本报讯（记者 许珂）会议召开。`) }).toEqual({
        text,
        found: [],
      });
    }
  });

  it('never reads body text', () => {
    expect(detect('上一段。\n\n习近平新时代中国特色社会主义思想，\n在指引下继续前进。')).toEqual(
      [],
    );
  });
});

describe('reading-order proposes only what reads as words', () => {
  const lexicon = loadChineseLexicon();

  it('proposes the sample banner with the lexicon too', () => {
    const found = detect(SAMPLE, lexicon);
    expect(found.map((f) => f.replacement)).toEqual([
      '在习近平新时代中国特色社会主义思想指引下——新时代新作为新篇章',
    ]);
  });

  it('warns without a reordering when the other phrase opens with a dash (a Word line alone)', () => {
    const text =
      '习近平新时代中国特色社会主义思想\n\n在指引下 ——新时代新作为新篇章\n\n本报讯（记者 许珂）会议召开。';
    for (const found of [detect(text), detect(text, lexicon)]) {
      expect(found).toHaveLength(1);
      expect(text.slice(found[0].start, found[0].end)).toBe('在指引下 ——新时代新作为新篇章');
      expect(found[0].replacement).toBe('在指引下 ——新时代新作为新篇章');
      expect(found[0].message['zh-CN']).toContain('缺少宾语');
    }
  });

  it('warns without a reordering when the wrapped part is no words of the lexicon', () => {
    const text = '在指引下\n鍀軎叕乂\n\n本报讯（记者 许珂）会议召开。';
    const [f] = detect(text, lexicon);
    expect(f.replacement).toBe('在指引下\n鍀軎叕乂');
    expect(detect(text)[0].replacement).toBe('在鍀軎叕乂指引下');
  });
});
