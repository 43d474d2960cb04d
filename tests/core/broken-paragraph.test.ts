import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  analyseText,
  applyFindings,
  brokenParagraph,
  createDocument,
  withIds,
  type Finding,
} from '../../src/core';
import { SAMPLE, loadArticles, type Article } from '../fixtures/shared-corpus';

const ARTICLES = loadArticles();

function detect(text: string): Finding[] {
  return withIds(text, brokenParagraph.detect(createDocument(text), {}));
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** An issue as an editor gets it: headline, blank line, paragraphs separated by blank lines. */
function issueOf(articles: readonly Article[]): string {
  return articles.map((a) => [a.headline, ...a.paragraphs].join('\n\n')).join('\n\n');
}

/** Seeded generator (mulberry32), so the synthetic set is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The labelled synthetic set: zh-news issues of six articles where about half the paragraphs
 * are cut once at a random point inside a sentence (never after a sentence-final mark). Returns
 * each issue's text with the offsets of its injected separators.
 */
function injectedIssues(seed: number): { text: string; cuts: Set<number> }[] {
  const rnd = random(seed);
  const issues: { text: string; cuts: Set<number> }[] = [];
  for (let i = 0; i < ARTICLES.length; i += 6) {
    const blocks: string[] = [];
    const cuts = new Set<number>();
    let length = 0;
    const push = (block: string): void => {
      if (blocks.length > 0) length += 2;
      blocks.push(block);
      length += block.length;
    };
    for (const article of ARTICLES.slice(i, i + 6)) {
      push(article.headline);
      for (const p of article.paragraphs) {
        const at = 1 + Math.floor(rnd() * (p.length - 2));
        const inSentence = !/[。！？…”」』）]/u.test(p[at - 1]) && !/[\udc00-\udfff]/u.test(p[at]);
        if (rnd() < 0.5 && p.length > 4 && inSentence) {
          push(p.slice(0, at));
          cuts.add(length);
          push(p.slice(at));
        } else {
          push(p);
        }
      }
    }
    issues.push({ text: blocks.join('\n\n'), cuts });
  }
  return issues;
}

describe('broken-paragraph on the sample issue', () => {
  const findings = detect(SAMPLE);

  it('finds the six paragraphs cut by a column break, all safe', () => {
    expect(findings.map((f) => [lineOf(SAMPLE, f.start), f.confidence])).toEqual([
      [7, 'safe'],
      [25, 'safe'],
      [35, 'safe'],
      [78, 'safe'],
      [82, 'safe'],
      [102, 'safe'],
    ]);
    for (const f of findings) {
      expect(SAMPLE.slice(f.start, f.end)).toBe('\n\n');
      expect(f.replacement).toBe('');
    }
  });

  it('joins "政" and "策" and says so in both languages', () => {
    const first = findings[0];
    expect(first.message['zh-CN']).toBe('段落在分栏处断开：“政”与“策”应连接');
    expect(first.message.en).toBe('Paragraph cut by a column break; join "政" and "策"');
    const joined = applyFindings(SAMPLE, findings).text;
    expect(joined).toContain('确保教育资助政策全部落实到位');
    expect(joined).toContain('加强患者收治和转运工作');
    expect(joined).toContain('朱健指出,面对疫情,各口罩生产企业');
    expect(joined).toContain('原材料供应等生产过程中');
    expect(joined).toContain('经济社会健康发展创造良好条件');
    expect(joined).toContain('应急物资保障领域投入');
  });

  it('leaves the deck on line 52 apart from the byline, and line 112 apart from "详见三版"', () => {
    const joined = applyFindings(SAMPLE, findings).text;
    expect(joined).toContain('邓群策主持\n\n本报讯 (记者 陈润)');
    expect(joined).toContain('3月5日至4月5日\n\n详见三版');
    expect(joined).toContain('我市确定今年脱贫攻坚工作目标\n\n本报讯');
  });

  it('finds nothing left to join once the six are joined', () => {
    const joined = applyFindings(SAMPLE, findings).text;
    expect(detect(joined)).toEqual([]);
  });
});

describe('broken-paragraph on clean zh-news text', () => {
  it('flags nothing in the 500 untouched articles assembled as issues', () => {
    const flagged: string[] = [];
    for (let i = 0; i < ARTICLES.length; i += 10) {
      const text = issueOf(ARTICLES.slice(i, i + 10));
      for (const f of detect(text)) flagged.push(text.slice(f.start - 20, f.end + 20));
    }
    expect(flagged).toEqual([]);
  });

  it('never joins a headline placed between paragraphs (a subhead) automatically', () => {
    const rnd = random(99);
    let safe = 0;
    for (let i = 0; i < ARTICLES.length; i += 5) {
      const blocks: string[] = [];
      for (const a of ARTICLES.slice(i, i + 5)) {
        blocks.push(a.headline);
        a.paragraphs.forEach((p, k) => {
          // Without the dateline, the first paragraph follows its headline directly.
          blocks.push(k === 0 ? p.replace(/^央视网消息（新闻联播）：/u, '') : p);
          if (k + 1 < a.paragraphs.length && rnd() < 0.4) {
            const other = ARTICLES[Math.floor(rnd() * ARTICLES.length)].headline;
            blocks.push(other.replace(/^【[^】]*】/u, ''));
          }
        });
      }
      safe += detect(blocks.join('\n\n')).filter((f) => f.confidence === 'safe').length;
    }
    expect(safe).toBe(0);
  });
});

describe('broken-paragraph on injected breaks', () => {
  it('finds them with safe precision ≥ 0.98 and recall ≥ 0.9', () => {
    let cuts = 0;
    let found = 0;
    let safeFound = 0;
    let safeWrong = 0;
    for (const { text, cuts: labels } of injectedIssues(2020)) {
      cuts += labels.size;
      for (const f of detect(text)) {
        const right = labels.has(f.start) && f.end === f.start + 2 && f.replacement === '';
        if (right) found++;
        if (right && f.confidence === 'safe') safeFound++;
        if (!right && f.confidence === 'safe') safeWrong++;
      }
    }
    expect(cuts).toBeGreaterThan(1000);
    expect(safeFound / (safeFound + safeWrong)).toBeGreaterThanOrEqual(0.98);
    expect(found / cuts).toBeGreaterThanOrEqual(0.9);
    expect(safeFound / cuts).toBeGreaterThanOrEqual(0.85);
  });

  it('joins any cut it finds back into the paragraph it came from', () => {
    const paragraphs = ARTICLES.slice(0, 120).flatMap((a) => a.paragraphs.slice(1));
    fc.assert(
      fc.property(
        fc.constantFrom(...paragraphs),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (paragraph, where) => {
          const at = Math.max(1, Math.floor(paragraph.length * where));
          fc.pre(!/[。！？…”」』）]/u.test(paragraph[at - 1]));
          fc.pre(!/[\udc00-\udfff]/u.test(paragraph[at]));
          const text = `前一段。\n\n${paragraph.slice(0, at)}\n\n${paragraph.slice(at)}\n\n后一段。`;
          const findings = detect(text);
          expect(findings.length).toBeLessThanOrEqual(1);
          if (findings.length === 1) {
            expect(applyFindings(text, findings).text).toBe(`前一段。\n\n${paragraph}\n\n后一段。`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('joins a cut after a comma, before a closing mark, or inside a number', () => {
    const cases: [string, string][] = [
      ['会议强调，要持续用力，', '继续保持内防扩散的防控策略。'],
      ['他表示“我们将继续努力', '”，并感谢各方支持。'],
      ['今年粮食产量达到6', '000亿斤以上。'],
      ['全年增长5.', '2%左右。'],
      ['央视网消息（新闻', '联播）：今天召开会议。'],
    ];
    for (const [a, b] of cases) {
      const text = `上一段结束了。\n\n${a}\n\n${b}`;
      const findings = detect(text);
      expect(findings.map((f) => [f.confidence, f.replacement])).toEqual([['safe', '']]);
      expect(applyFindings(text, findings).text).toBe(`上一段结束了。\n\n${a}${b}`);
    }
  });
});

describe('broken-paragraph: what it leaves alone', () => {
  it('does not join a paragraph to a jump line, a byline or a list that follows it', () => {
    expect(detect('会议强调，要持续用力加强湖北省和武汉市疫情\n\n（下转第三版）')).toEqual([]);
    expect(detect('会议强调，要持续用力加强湖北省和武汉市疫情\n\n详见三版')).toEqual([]);
    expect(detect('会议强调，要加强\n\n本报讯（记者 许珂）3月4日，会议召开。')).toEqual([]);
    expect(detect('会议要求如下：\n\n1. 坚持底线思维。\n\n2. 加快复工复产。')).toEqual([]);
  });

  it('does not join a paragraph that ends with a jump marker', () => {
    expect(detect('确保教育资助政(下转第三版)\n\n策全部落实到位。')).toEqual([]);
  });

  it('accepts a second half that ends with a jump marker', () => {
    const text = '上一段。\n\n持续抓好教育扶贫,确保教育资助政\n\n策全部落实到位。(下转第三版)';
    expect(detect(text).map((f) => f.confidence)).toEqual(['safe']);
  });

  it('never joins headlines and decks, with or without punctuation', () => {
    const text = [
      '中共中央政治局常务委员会召开会议',
      '研究当前新冠肺炎疫情防控和稳定经济社会运行重点工作',
      '全省相关视频会议召开,廖健在衡阳分会场参加会议',
      '本报讯 (记者 许珂) 3月3日下午，视频会议召开。',
    ].join('\n\n');
    expect(detect(text)).toEqual([]);
  });

  it('leaves hyphenated line ends to the hyphenation detector', () => {
    expect(detect('The committee said the govern-\n\nment would decide.')).toEqual([]);
  });
});

describe('broken-paragraph in English', () => {
  it('joins with a space when the next block starts mid-sentence', () => {
    const text = 'The council met on Tuesday and said the\n\nmeeting was held in public.';
    const [finding] = detect(text);
    expect(finding.confidence).toBe('safe');
    expect(finding.replacement).toBe(' ');
    expect(finding.message.en).toBe(
      'Paragraph cut by a column break; join "e" and "m" with a space',
    );
    expect(applyFindings(text, [finding]).text).toBe(
      'The council met on Tuesday and said the meeting was held in public.',
    );
  });

  it('joins after a word that cannot end a sentence, even before a capital', () => {
    const text = 'Ministers, officials and guests met with the\n\nQueen at the palace.';
    expect(detect(text).map((f) => [f.confidence, f.replacement])).toEqual([['safe', ' ']]);
  });

  it('only suggests joining speech that a comma introduces', () => {
    // Moby-Dick, chapter 90: the quotation opens its own paragraph.
    const text = 'the steward made bold to speak,\n\n"Please, sir, who is it?" he asked.';
    expect(detect(text).map((f) => f.confidence)).toEqual(['suggest']);
  });

  it('leaves speech a colon or a dash introduces, and speech a closing quote ends', () => {
    // Moby-Dick (chapters 36, 16, 22): paragraphs of dialogue, not column breaks.
    for (const text of [
      'Ahab, with one hand on the shroud, addressed them thus:—\n\n"All ye mast-headers have before now heard me give orders."',
      'His story, as he told it to us that night, was this:\n\nHe had been originally a sailor of Nantucket.',
      '"I am a temperance man; I never drink—"\n\n"Water!" cried the captain, with a laugh.',
    ]) {
      const story = `It was a dark night, and the crew, tired, stood at the rail.\n\n${text}`;
      expect(detect(story), text).toEqual([]);
    }
  });

  it('joins an English dash to the word after it without a space', () => {
    const text = 'He went on with exultation and joy—\n\nand then the ribs were seen in the dark.';
    expect(detect(text).map((f) => [f.confidence, f.replacement])).toEqual([['safe', '']]);
  });

  it('leaves a headline and its story apart', () => {
    expect(detect('City Council Approves Budget\n\nThe council met on Tuesday.')).toEqual([]);
    expect(
      detect('The vote was close.\n\nNew Bridge Opens\n\nThousands crossed it on Sunday.'),
    ).toEqual([]);
  });

  it('removes the trailing white space of the cut too, so no double space remains', () => {
    const text = 'He said the \n\n  plan was sound.';
    const findings = detect(text);
    expect(applyFindings(text, findings).text).toBe('He said the plan was sound.');
  });
});

describe('broken-paragraph in the whole analysis', () => {
  it('is idempotent: after a clean of the sample no safe break is left', () => {
    const { findings } = analyseText(SAMPLE);
    const safe = findings.filter((f) => f.kind === 'broken-paragraph' && f.confidence === 'safe');
    expect(safe).toHaveLength(6);
    const joined = applyFindings(SAMPLE, safe).text;
    expect(detect(joined).filter((f) => f.confidence === 'safe')).toEqual([]);
  });
});
