/**
 * `stray-space`: spaces inside Chinese text, next to Chinese punctuation and around the brackets
 * of a byline go; the spaces of headlines, datelines, credits and mixed Chinese/Latin text stay.
 * Checked together with `punctuation-width` on the sample, on hand-made cases, on the clean
 * zh-news corpus (with and without injected spaces) and on English OCR.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFindings } from '../../src/core/changes/apply';
import { punctuationWidth } from '../../src/core/detectors/punctuation-width';
import { straySpace } from '../../src/core/detectors/stray-space';
import { createDocument, type Document, type Role } from '../../src/core/document/document';
import { withIds, type Finding } from '../../src/core/finding';
import { SHARED, SAMPLE, loadArticles } from '../fixtures/shared-corpus';

const ARTICLES = loadArticles();

/** The document of `text`, with the roles of its blocks replaced where `roles` names one. */
function documentOf(text: string, roles: readonly (Role | undefined)[] = []): Document {
  const doc = createDocument(text);
  return { text: doc.text, blocks: doc.blocks.map((b, i) => ({ ...b, role: roles[i] ?? b.role })) };
}

function spaces(doc: Document): Finding[] {
  return withIds(doc.text, straySpace.detect(doc, {}));
}

/** Findings of both detectors that share the byline fix. */
function both(doc: Document): Finding[] {
  return withIds(doc.text, [...straySpace.detect(doc, {}), ...punctuationWidth.detect(doc, {})]);
}

/** The text with every safe finding of both detectors applied. */
function fixed(doc: Document): string {
  return applyFindings(
    doc.text,
    both(doc).filter((f) => f.confidence === 'safe'),
  ).text;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Line `n` (from 1) of the sample, located in the normalized text. */
function lineSpan(text: string, n: number): { start: number; end: number } {
  let start = 0;
  for (let k = 1; k < n; k++) start = text.indexOf('\n', start) + 1;
  const end = text.indexOf('\n', start);
  return { start, end: end < 0 ? text.length : end };
}

describe('stray-space on the sample', () => {
  const doc = documentOf(SAMPLE);
  const found = spaces(doc);
  const onLine = (n: number): Finding[] => {
    const { start, end } = lineSpan(doc.text, n);
    return found.filter((f) => f.start >= start && f.end <= end);
  };

  it('fixes the four bylines together with punctuation-width', () => {
    const lines = fixed(doc).split('\n');
    expect(lines[4].startsWith('本报讯（记者 许珂）3月4日，记者从市扶贫办获悉，')).toBe(true);
    expect(lines[53].startsWith('本报讯（记者 陈润）昨日下午，')).toBe(true);
    expect(lines[73].startsWith('本报讯（记者 罗文鹏）昨日上午，')).toBe(true);
    expect(lines[97].startsWith('本报讯（记者 许珂）3月3日下午，')).toBe(true);
  });

  it('removes only the spaces around the byline brackets, safely, and suggests line 94', () => {
    const safe = found.filter((f) => f.confidence === 'safe');
    expect(safe).toHaveLength(6);
    for (const f of safe) {
      expect(doc.text.slice(f.start, f.end)).toBe(' ');
      expect(f.replacement).toBe('');
      expect(f.message['zh-CN'].length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
    }
    expect([5, 54, 98].map((n) => onLine(n).length)).toEqual([2, 2, 2]);
    const headline = onLine(94);
    expect(headline).toHaveLength(1);
    expect(headline[0].confidence).toBe('suggest');
    expect(doc.text.slice(headline[0].start - 2, headline[0].end + 1)).toBe('防控 和');
    expect(found).toHaveLength(7);
  });

  it('keeps headline phrase spaces, the dateline space and the credit spaces', () => {
    for (const n of [19, 46, 72, 110]) expect(onLine(n)).toEqual([]);
    const after = fixed(doc);
    expect(after).toContain('坚持底线思维 全力释放产能 加快解决居民购买口罩难问题');
    expect(after).toContain('“寻找最美衡阳群众” 网上征集今日启动');
    expect(after).toContain('新华社北京3月4日电 中共中央政治局常务委员会');
    expect(after).toContain('坚决打赢疫情防控 和决战脱贫攻坚两场硬仗');
  });

  it('never overlaps a punctuation-width finding: each covers exactly what it changes', () => {
    const all = both(doc).sort((a, b) => a.start - b.start);
    for (let k = 1; k < all.length; k++)
      expect(all[k].start).toBeGreaterThanOrEqual(all[k - 1].end);
    expect(
      applyFindings(
        doc.text,
        all.filter((f) => f.confidence === 'safe'),
      ).skipped,
    ).toEqual([]);
  });

  it('gives a byline the same fixes whether it is classified byline or body', () => {
    const byline = '本报讯 (记者 许珂) 3月4日,记者从市扶贫办获悉。';
    const alone = '本报讯 (记者 许珂)\n\n3月4日,记者从市扶贫办获悉。';
    const roles: Role[] = ['byline', 'body', 'headline', 'dateline'];
    for (const role of roles) {
      expect(fixed(documentOf(byline, [role]))).toBe(
        '本报讯（记者 许珂）3月4日，记者从市扶贫办获悉。',
      );
      expect(fixed(documentOf(alone, [role]))).toBe(
        '本报讯（记者 许珂）\n\n3月4日，记者从市扶贫办获悉。',
      );
    }
  });
});

describe('stray-space, case by case', () => {
  const cases: readonly [string, string][] = [
    ['要确保 教育资助政策落实到位。', '要确保教育资助政策落实到位。'],
    ['要确保\u3000教育资助政策落实到位。', '要确保教育资助政策落实到位。'],
    ['要确保 \t 教育资助政策落实到位。', '要确保教育资助政策落实到位。'],
    ['抓好各项工作 ，确保落实。', '抓好各项工作，确保落实。'],
    ['抓好各项工作， 确保落实 。', '抓好各项工作，确保落实。'],
    ['抓好各项工作 ,确保落实。', '抓好各项工作，确保落实。'],
    ['本报讯 （记者 许珂） 3月4日，记者获悉。', '本报讯（记者 许珂）3月4日，记者获悉。'],
    ['本报讯（ 记者 许珂 ）昨日，记者获悉。', '本报讯（记者 许珂）昨日，记者获悉。'],
    [
      '新华社北京3月4日电 （记者 张三） 中共中央召开会议。',
      '新华社北京3月4日电（记者 张三）中共中央召开会议。',
    ],
    ['他说 “我们要努力”，大家点头。', '他说“我们要努力”，大家点头。'],
    [
      '学习 《纪检监察机关处理检举控告工作规则》 精神。',
      '学习《纪检监察机关处理检举控告工作规则》精神。',
    ],
    ['今年，一名记者 采访了他们，收获很多。', '今年，一名记者采访了他们，收获很多。'],
  ];
  it.each(cases)('fixes %s', (input, expected) => {
    expect(fixed(documentOf(input))).toBe(expected);
  });

  const keep: readonly string[] = [
    '新华社北京3月4日电 中共中央政治局常务委员会3月4日召开会议。',
    '本报讯 昨日下午，市委书记主持召开会议。',
    '本报长沙3月4日讯 记者从省政府获悉，全省春耕进展顺利。',
    '（记者 许珂 通讯员 王五）昨日，记者从市扶贫办获悉。',
    '3月4日，市民在公园散步。新华社记者 张三 摄',
    '加快5G 网络建设，推进 AI 应用，全年增长 3.5%。',
    'The quick  brown fox, tired, jumped (twice) over the lazy dog.',
    '坚持底线思维 全力释放产能 加快解决居民购买口罩难问题',
    '一等奖 张三 李四 王五\n二等奖 赵六 钱七 孙八',
    '　　段首缩进的正文，句末有空格。  ',
  ];
  it.each(keep)('leaves %s alone', (input) => {
    expect(spaces(documentOf(input)).filter((f) => f.confidence === 'safe')).toEqual([]);
  });

  it('a space in a headline is at most a suggestion', () => {
    const headline = documentOf('坚决打赢疫情防控 和决战脱贫攻坚两场硬仗', ['headline']);
    expect(spaces(headline).map((f) => f.confidence)).toEqual(['suggest']);
    const beside = documentOf('疫情防控 ，脱贫攻坚', ['headline']);
    expect(spaces(beside).map((f) => f.confidence)).toEqual(['suggest']);
  });
});

describe('stray-space on the clean zh-news corpus', () => {
  it('finds nothing in 500 clean articles, 187 of whose headlines separate phrases with spaces', () => {
    const spaced = ARTICLES.filter((a) => a.headline.includes(' '));
    expect(spaced.length).toBe(187);
    const all = ARTICLES.flatMap((a) =>
      spaces(documentOf(`${a.headline}\n\n${a.paragraphs.join('\n\n')}\n`)),
    );
    expect(all).toEqual([]);
  });

  it('finds injected spaces with safe precision ≥ 0.98 and keeps dateline, credit and 5G spaces', () => {
    const random = seeded(20200304);
    const isHan = (ch: string | undefined): boolean =>
      ch !== undefined && /\p{Script=Han}/u.test(ch);
    const isPunct = (ch: string | undefined): boolean =>
      ch !== undefined && /[，。、；：？！（）《》]/u.test(ch);
    const space = (): string => {
      const x = random();
      return x < 0.6 ? ' ' : x < 0.8 ? '\u3000' : x < 0.9 ? '  ' : '\t';
    };
    let injected = 0;
    let truePositive = 0;
    let falsePositive = 0;
    let controls = 0;
    let controlsTouched = 0;
    for (const article of ARTICLES) {
      let text = `${article.headline}\n\n`;
      const labels: [number, number][] = [];
      const kept: [number, number][] = [];
      const defect = (s: string): void => {
        labels.push([text.length, text.length + s.length]);
        text += s;
        injected++;
      };
      const control = (s: string): void => {
        kept.push([text.length, text.length + s.length]);
        text += s;
        controls++;
      };
      article.paragraphs.forEach((paragraph, index) => {
        if (index > 0) text += '\n\n';
        let body = paragraph;
        if (index === 0) {
          const opening = random();
          const rest = paragraph.replace(/^央视网消息（新闻联播）：/u, '');
          if (opening < 0.3) {
            text += '新华社北京3月4日电';
            control(' ');
            body = rest;
          } else if (opening < 0.6) {
            text += '本报讯';
            defect(' ');
            text += '(记者';
            control(' ');
            text += '许珂)';
            defect(' ');
            body = rest;
          }
        }
        for (let i = 0; i < body.length; i++) {
          const ch = body[i];
          const next = body[i + 1];
          text += ch;
          if (next === undefined) continue;
          if (isHan(ch) && isHan(next) && random() < 0.01) defect(space());
          else if ((isPunct(ch) || isPunct(next)) && random() < 0.03) defect(' ');
          else if (isHan(ch) && isHan(next) && random() < 0.002) {
            control(' ');
            text += '5G';
            control(' ');
          }
        }
      });
      for (const f of spaces(documentOf(text))) {
        if (kept.some(([s, e]) => f.start < e && f.end > s)) controlsTouched++;
        if (f.confidence !== 'safe') continue;
        if (labels.some(([s, e]) => s === f.start && e === f.end)) truePositive++;
        else falsePositive++;
      }
    }
    const precision = truePositive / (truePositive + falsePositive);
    const recall = truePositive / injected;
    expect(injected).toBeGreaterThan(2500);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(controls).toBeGreaterThan(500);
    expect(controlsTouched).toBe(0);
  });

  it('flags a space injected into a headline at most as a suggestion', () => {
    const random = seeded(7);
    for (const article of ARTICLES.slice(0, 200)) {
      const h = article.headline;
      const at = 1 + Math.floor(random() * (h.length - 1));
      const headline = `${h.slice(0, at)} ${h.slice(at)}`;
      const doc = documentOf(`${headline}\n\n${article.paragraphs.join('\n\n')}\n`, ['headline']);
      const inHeadline = spaces(doc).filter((f) => f.end <= headline.length);
      expect(inHeadline.every((f) => f.confidence === 'suggest')).toBe(true);
    }
  });
});

describe('stray-space on English OCR', () => {
  it('finds nothing in the ICDAR 2017 periodicals and monographs', () => {
    const root = new URL('corpus/en-ocr/icdar2017/', SHARED);
    let files = 0;
    for (const folder of ['eng_periodical', 'eng_monograph']) {
      for (const name of readdirSync(new URL(`${folder}/`, root))) {
        const raw = readFileSync(new URL(`${folder}/${name}`, root), 'utf8');
        expect(spaces(documentOf(raw.split('\r\n')[0].slice(14)))).toEqual([]);
        files++;
      }
    }
    expect(files).toBe(38);
  });
});

describe('stray-space properties', () => {
  const alphabet = fc.constantFrom(
    ...'汉字记者许珂电讯本报新华社日ab1 ,:;()?!（），。“”\u3000\t\n—',
  );
  const text = fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join(''));

  it('never touches text without Chinese characters or punctuation', () => {
    const latin = fc
      .array(fc.constantFrom(...'abc XYZ 0123 .,:;()?!-\t\n'), { maxLength: 60 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(latin, (t) => {
        expect(spaces(documentOf(t))).toEqual([]);
      }),
    );
  });

  it('still judges a Latin block that holds one Chinese character or full-width bracket', () => {
    // Both detectors let a block go at once when nothing in it is at U+3000 or above.
    const bracket = 'The price （about five dollars) was paid in full by the buyer.';
    expect(both(documentOf(bracket)).map((f) => [f.kind, f.replacement])).toEqual([
      ['punctuation-width', '）'],
    ]);
    const han = 'The agent said 北京 , then left.';
    expect(both(documentOf(han)).map((f) => f.kind)).toEqual([
      'stray-space',
      'punctuation-width',
      'stray-space',
    ]);
  });

  it('covers only whitespace, never overlaps punctuation-width, and is idempotent', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = documentOf(t);
        const all = both(doc).sort((a, b) => a.start - b.start);
        for (let k = 1; k < all.length; k++)
          expect(all[k].start).toBeGreaterThanOrEqual(all[k - 1].end);
        for (const f of all.filter((x) => x.kind === 'stray-space')) {
          expect(doc.text.slice(f.start, f.end)).toMatch(/^[ \t\u3000]+$/u);
          expect(f.replacement).toBe('');
        }
        // Roles are pinned: this checks the two detectors, not the role classifier.
        const again = documentOf(
          fixed(doc),
          doc.blocks.map((b) => b.role),
        );
        expect(both(again).filter((f) => f.confidence === 'safe')).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
