import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyFindings, createDocument, jumpLine, withIds, type Finding } from '../../src/core';
import { SAMPLE, loadArticles } from '../fixtures/shared-corpus';

const ARTICLES = loadArticles();

function detect(text: string): Finding[] {
  return withIds(text, jumpLine.detect(createDocument(text), {}));
}

/** The text with every jump-line finding applied. */
function dropped(text: string): string {
  return applyFindings(text, detect(text)).text;
}

describe('jump-line on the sample issue', () => {
  const findings = detect(SAMPLE);

  it('flags "(下转第三版)" closing line 9 and "详见三版" alone on line 114, as suggestions', () => {
    expect(findings.map((f) => SAMPLE.slice(f.start, f.end))).toEqual([
      '(下转第三版)',
      '\n\n详见三版',
    ]);
    expect(findings.map((f) => f.confidence)).toEqual(['suggest', 'suggest']);
    expect(findings.map((f) => f.replacement)).toEqual(['', '']);
  });

  it('names the marker in both languages', () => {
    expect(findings[0].message['zh-CN']).toContain('“(下转第三版)”');
    expect(findings[0].message.en).toContain('"(下转第三版)"');
    expect(findings[1].message['zh-CN']).toContain('单独成段');
  });

  it('drops the markers without leaving a blank line behind', () => {
    const text = dropped(SAMPLE);
    expect(text).toContain('保证率达到90%以上。\n\n\n\n中共中央政治局');
    expect(text.endsWith('征集时间:3月5日至4月5日')).toBe(true);
    expect(text).not.toContain('详见三版');
    expect(text).not.toContain('下转');
  });
});

describe('jump-line markers', () => {
  it('knows the usual forms as blocks of their own', () => {
    for (const marker of [
      '（下转第三版）',
      '(上接第一版)',
      '(转第2版)',
      '（紧接第一版）',
      '详见三版',
      '详见第4版',
      '（下转A3版）',
      '(Continued on page 3)',
      'Continued from Page A1',
    ]) {
      const text = `上一段。\n\n${marker}\n\n下一段。`;
      expect({ marker, found: detect(text).map((f) => text.slice(f.start, f.end)) }).toEqual({
        marker,
        found: [`\n\n${marker}`],
      });
      expect(dropped(text)).toBe('上一段。\n\n下一段。');
    }
  });

  it('drops a marker opening the issue together with the separator after it', () => {
    expect(dropped('（上接第一版）\n\n策全部落实到位。')).toBe('策全部落实到位。');
    expect(dropped('详见三版')).toBe('');
  });

  it('finds a marker closing or opening a paragraph and drops just the marker', () => {
    expect(dropped('持续抓好饮水安全。（下转第三版）')).toBe('持续抓好饮水安全。');
    expect(dropped('持续抓好饮水安全。 (下转第3版)\n\n下一段。')).toBe(
      '持续抓好饮水安全。\n\n下一段。',
    );
    expect(dropped('(上接第一版)策全部落实到位。')).toBe('策全部落实到位。');
    expect(dropped('（上接第一版） 策全部落实到位。')).toBe('策全部落实到位。');
    expect(dropped('He left the city. (Continued on page 3)')).toBe('He left the city.');
  });

  it('leaves cross-references and look-alikes in prose alone', () => {
    for (const text of [
      '具体安排详见附件。',
      '本报第三版刊登了全文。',
      '详见三版的相关报道已经刊出。',
      '他转变了工作方式，接第二批任务。',
      '会议见第三条规定执行。',
      'See the report on page 3 for details.',
    ]) {
      expect({ text, found: detect(text) }).toEqual({ text, found: [] });
    }
  });

  it('flags nothing in the 500 clean zh-news articles', () => {
    const text = ARTICLES.map((a) => [a.headline, ...a.paragraphs].join('\n\n')).join('\n\n');
    expect(detect(text)).toEqual([]);
  });

  it('after dropping every marker, finds none left and leaves no triple line break', () => {
    const markers = ['（下转第三版）', '(上接第一版)', '详见三版', '(转第2版)'];
    const paragraphs = ARTICLES.slice(0, 50).flatMap((a) => a.paragraphs);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...paragraphs),
            fc.constantFrom(...markers),
            fc
              .tuple(fc.constantFrom(...paragraphs), fc.constantFrom(...markers))
              .map(([p, m]) => p + m),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        (blocks) => {
          const text = blocks.join('\n\n');
          const findings = detect(text);
          expect(findings.every((f) => f.confidence === 'suggest')).toBe(true);
          const after = applyFindings(text, findings).text;
          expect(detect(after)).toEqual([]);
          expect(after).not.toContain('\n\n\n');
        },
      ),
    );
  });
});
