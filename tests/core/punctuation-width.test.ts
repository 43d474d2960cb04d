/**
 * `punctuation-width`: half-width , : ; ( ) ? ! in Chinese text become full-width; marks in
 * Latin text, numbers, times, URLs and code stay. Checked on the sample, on hand-made cases, on
 * the clean zh-news corpus (with and without injected half-width marks) and on English OCR.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFindings } from '../../src/core/changes/apply';
import { punctuationWidth } from '../../src/core/detectors/punctuation-width';
import { createDocument } from '../../src/core/document/document';
import { withIds, type Finding } from '../../src/core/finding';
import { SHARED, SAMPLE, draftOf, loadArticles } from '../fixtures/shared-corpus';

const ARTICLES = loadArticles();

function findings(text: string): Finding[] {
  const doc = createDocument(text);
  return withIds(doc.text, punctuationWidth.detect(doc, {}));
}

/** The text with every safe finding of this detector applied. */
function widened(text: string): string {
  return applyFindings(
    text,
    findings(text).filter((f) => f.confidence === 'safe'),
  ).text;
}

/** mulberry32: a small seeded generator, so the synthetic set is the same on every run. */
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

describe('punctuation-width on the sample', () => {
  const doc = createDocument(SAMPLE);
  const found = punctuationWidth.detect(doc, {});

  it('widens every half-width , : ; ( ) of its Chinese text, one safe finding per mark', () => {
    const marks = [...doc.text.matchAll(/[,:;()?!]/gu)].map((m) => m.index);
    expect(marks).toHaveLength(243);
    expect(found.map((f) => f.start)).toEqual(marks);
    expect(found.filter((f) => doc.text[f.start] === ',')).toHaveLength(214);
    for (const f of found) {
      expect(f.confidence).toBe('safe');
      expect(f.end - f.start).toBe(1);
      expect(f.replacement).toBe(
        { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' }[doc.text[f.start]],
      );
      expect(f.message['zh-CN']).toContain(f.replacement);
      expect(f.message.en).toContain(f.replacement);
    }
  });

  it('leaves 3+1, 5G and 90% as they are', () => {
    const after = widened(doc.text);
    expect(after).not.toMatch(/[,:;()?!]/u);
    for (const keep of ['“3+1保障”', '5G网络', '90%以上']) expect(after).toContain(keep);
    expect(after).toContain('本报讯 （记者 许珂） 3月4日，记者从市扶贫办获悉，');
    expect(after).toContain('强化“三落实”（即责任落实、工作落实和政策落实），确保');
    expect(after).toContain('征集对象：战“疫”');
  });
});

describe('punctuation-width, case by case', () => {
  const cases: readonly [string, string][] = [
    ['记者从市扶贫办获悉,我市将', '记者从市扶贫办获悉，我市将'],
    ['征集时间:3月5日至4月5日', '征集时间：3月5日至4月5日'],
    ['持续抓好健康扶贫;确保', '持续抓好健康扶贫；确保'],
    [
      '强化“三落实”(即责任落实、工作落实和政策落实),确保',
      '强化“三落实”（即责任落实、工作落实和政策落实），确保',
    ],
    ['本报讯(记者 罗文鹏)昨日上午', '本报讯（记者 罗文鹏）昨日上午'],
    ['这是为什么?!我们', '这是为什么？！我们'],
    ['“四类重点对象”,确保', '“四类重点对象”，确保'],
    ['加快5G,数据中心建设', '加快5G，数据中心建设'],
    ['达到100%;持续抓好', '达到100%；持续抓好'],
    ['（记者 许珂)3月4日', '（记者 许珂）3月4日'],
    ['时间:10:30', '时间：10:30'],
    ['详见网址http://example.cn/a?b=1,c,欢迎访问', '详见网址http://example.cn/a?b=1,c，欢迎访问'],
  ];
  it.each(cases)('widens %s', (input, expected) => {
    expect(widened(input)).toBe(expected);
  });

  const keep: readonly string[] = [
    'Experts warned that COVID-19, 5G and AI would shape the decade.',
    '增长3.5个百分点',
    '会议于10:30开始',
    '市级财政给予1:1配套扶持',
    '比分定格在3:1',
    '共计1,000元',
    '访问http://www.example.com/path?a=1&b=(2),c:d;e查看',
    '调用函数f(x)和a(b)即可',
    'The committee (1894) met on Tuesday; nobody came!',
    'Is it true? Yes: it is (really) true!',
  ];
  it.each(keep)('leaves %s alone', (input) => {
    expect(findings(input)).toEqual([]);
  });

  it('brackets around Latin text inside Chinese are a suggestion, not a safe fix', () => {
    const found = findings('新冠肺炎(COVID-19)疫情');
    expect(found.map((f) => [f.replacement, f.confidence])).toEqual([
      ['（', 'suggest'],
      ['）', 'suggest'],
    ]);
  });

  it('a suggested bracket is no evidence: the comma after it follows its other neighbour', () => {
    expect(findings('新冠肺炎(COVID-19),COVID').map((f) => f.replacement)).toEqual(['（', '）']);
    const safe = findings('新冠肺炎(COVID-19),确保').filter((f) => f.confidence === 'safe');
    expect(safe.map((f) => f.replacement)).toEqual(['，']);
  });

  it('a chain of marks is Chinese from whichever end touches Chinese text', () => {
    expect(widened('?—;!“;汉')).toBe('？—；！“；汉');
    expect(widened('汉;!“;—?')).toBe('汉；！“；—？');
  });

  it('a mark closing an English quotation inside Chinese is only a suggestion', () => {
    const found = findings('他说：“I love China, and Beijing!”我们都笑了。');
    expect(found.map((f) => [f.replacement, f.confidence])).toEqual([['！', 'suggest']]);
  });

  it('leaves the semicolon of an HTML entity left in the text', () => {
    expect(findings('中国&nbsp;人民&#12288;团结')).toEqual([]);
  });

  it('Chinese inside brackets of an English sentence is only a suggestion', () => {
    const found = findings('The word China (中国) means the middle kingdom, roughly.');
    expect(found.map((f) => f.confidence)).toEqual(['suggest', 'suggest']);
  });
});

describe('punctuation-width on the clean zh-news corpus', () => {
  it('finds nothing in 500 clean articles (1:1, 8.6, 3+1 included)', () => {
    const all = ARTICLES.flatMap((article) => findings(draftOf(article)));
    expect(all).toEqual([]);
  });

  it('finds injected half-width marks with safe precision ≥ 0.98 and leaves look-alikes', () => {
    const HALF: Readonly<Record<string, string>> = {
      '，': ',',
      '：': ':',
      '；': ';',
      '（': '(',
      '）': ')',
      '？': '?',
      '！': '!',
    };
    const LOOK_ALIKES = ['10:30', '1:1', '3.5', 'COVID-19, 5G', '1,000', 'f(x)', 'a(b)', '3+1'];
    const random = seeded(20200305);
    let injected = 0;
    let truePositive = 0;
    let falsePositive = 0;
    let lookAlikesTouched = 0;
    for (const article of ARTICLES) {
      const source = draftOf(article);
      let text = '';
      const labels = new Map<number, string>();
      const lookAlikes: [number, number][] = [];
      for (let i = 0; i < source.length; i++) {
        const ch = source[i];
        if (ch in HALF && random() < 0.3) {
          labels.set(text.length, ch);
          text += HALF[ch];
          injected++;
        } else if (/\p{Script=Han}/u.test(ch) && /\p{Script=Han}/u.test(source[i + 1] ?? '')) {
          text += ch;
          if (random() < 0.004) {
            const look = LOOK_ALIKES[Math.floor(random() * LOOK_ALIKES.length)];
            lookAlikes.push([text.length, text.length + look.length]);
            text += look;
          }
        } else {
          text += ch;
        }
      }
      for (const f of findings(text)) {
        if (lookAlikes.some(([s, e]) => f.start >= s && f.start < e)) lookAlikesTouched++;
        if (f.confidence !== 'safe') continue;
        if (labels.get(f.start) === f.replacement) truePositive++;
        else falsePositive++;
      }
    }
    const precision = truePositive / (truePositive + falsePositive);
    const recall = truePositive / injected;
    expect(injected).toBeGreaterThan(3000);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(lookAlikesTouched).toBe(0);
  });
});

describe('punctuation-width on English OCR', () => {
  it('finds nothing in the ICDAR 2017 periodicals and monographs', () => {
    const root = new URL('corpus/en-ocr/icdar2017/', SHARED);
    let files = 0;
    for (const folder of ['eng_periodical', 'eng_monograph']) {
      for (const name of readdirSync(new URL(`${folder}/`, root))) {
        const raw = readFileSync(new URL(`${folder}/${name}`, root), 'utf8');
        const ocr = raw.split('\r\n')[0].slice(14);
        expect(findings(ocr)).toEqual([]);
        files++;
      }
    }
    expect(files).toBe(38);
  });
});

describe('punctuation-width properties', () => {
  const han = fc.constantFrom(...'我市将进一步强化责任落实工作政策确保全面打赢脱贫攻坚收官战');
  const hanRun = fc.array(han, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
  const latin = fc.constantFrom(...'abcXYZ0123456789 .,:;()?!-+%/');

  it('never touches text without Chinese characters or punctuation', () => {
    fc.assert(
      fc.property(fc.array(latin, { maxLength: 60 }), (chars) => {
        expect(findings(chars.join(''))).toEqual([]);
      }),
    );
  });

  it('restores Chinese punctuation typed half-width: inject, then widen, gives the original', () => {
    const token = fc.oneof(
      hanRun,
      fc.constantFrom('，', '：', '；', '？', '！').map((p) => `${p}`),
      hanRun.map((run) => `（${run}）`),
    );
    const chinese = fc
      .tuple(hanRun, fc.array(token, { maxLength: 12 }), hanRun)
      .map(([a, tokens, b]) => a + tokens.join('') + b);
    fc.assert(
      fc.property(
        chinese,
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        (text, flips) => {
          let k = 0;
          const half = text.replace(/[，：；？！（）]/gu, (ch) =>
            flips[k++ % flips.length]
              ? ch
              : ({ '，': ',', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')' }[
                  ch
                ] ?? ch),
          );
          expect(widened(half)).toBe(text);
        },
      ),
    );
  });

  it('is idempotent: after widening, no safe finding is left; each finding is one mark', () => {
    const mixed = fc
      .array(fc.oneof(han, latin, fc.constantFrom('（', '）', '，', '“', '”', '\n')), {
        maxLength: 80,
      })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(mixed, (text) => {
        for (const f of findings(text)) {
          expect(f.end - f.start).toBe(1);
          expect(',:;()?!').toContain(text[f.start]);
        }
        const once = widened(text);
        expect(findings(once).filter((f) => f.confidence === 'safe')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
