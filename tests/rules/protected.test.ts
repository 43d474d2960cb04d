import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/core/analyse';
import { effectiveEdit, touchesProtected } from '../../src/core/rules/protected';
import { hits, rules } from './helpers';

const WITH_NAME = rules({
  starter: false,
  replacements: [
    { find: '进人', replace: '进入' },
    { find: '末', replace: '未', note: 'too broad on purpose' },
  ],
  protected: [
    { term: '先进人物', note: '固定词语' },
    { term: '马末都', note: '人名' },
  ],
});

describe('protected terms', () => {
  it('a protected name inside a replacement’s reach is left alone', () => {
    expect(hits('表彰先进人物，经济进人新阶段。', WITH_NAME, 'rule')).toEqual([
      ['人', '入', 'suggest'],
    ]);
    expect(hits('马末都先生说，末来可期。', WITH_NAME, 'rule')).toEqual([['末', '未', 'suggest']]);
  });

  it('binds every detector, not only rules', () => {
    const text = '会议强调,要依法依规依规处理。';
    const plain = analyseText(text).findings.map((f) => f.kind);
    expect(plain).toContain('punctuation-width');
    expect(plain).toContain('repeated-phrase');
    const guarded = rules({
      starter: false,
      protected: [{ term: '强调,要' }, { term: '依规处理' }],
    });
    const kinds = analyseText(text, { rules: guarded }).findings.map((f) => f.kind);
    expect(kinds).not.toContain('punctuation-width');
    // The stutter fix deletes the "依规" that opens the protected "依规处理": it cuts into it.
    expect(kinds).not.toContain('repeated-phrase');
    const other = rules({ starter: false, protected: [{ term: '依法' }] });
    const still = analyseText(text, { rules: other }).findings.map((f) => f.kind);
    expect(still).toContain('repeated-phrase');
    expect(still).toContain('punctuation-width');
  });

  it('a pure deletion that removes a whole occurrence (a duplicate paragraph) is kept', () => {
    const paragraph =
      '马末都在北京召开的座谈会上表示，要做好新时代文物保护工作，推动文化事业发展。';
    const text = `${paragraph}\n\n${paragraph}`;
    const kinds = analyseText(text, { rules: WITH_NAME }).findings.map((f) => f.kind);
    expect(kinds).toContain('duplicate-paragraph');
  });

  it('judges the effective edit: shared prefix and suffix do not count', () => {
    const text = 'ab先进人物cd';
    expect(effectiveEdit(text, { start: 0, end: 6, replacement: 'ab先进入物' })).toEqual({
      start: 4,
      end: 5,
      replacement: '入',
    });
    const spans = [{ start: 2, end: 6 }];
    expect(touchesProtected(text, { start: 0, end: 3, replacement: 'xx先' }, spans)).toBe(false);
    expect(touchesProtected(text, { start: 3, end: 3, replacement: 'x' }, spans)).toBe(true);
    expect(touchesProtected(text, { start: 2, end: 2, replacement: 'x' }, spans)).toBe(false);
    expect(touchesProtected(text, { start: 0, end: 8, replacement: '' }, spans)).toBe(false);
    expect(touchesProtected(text, { start: 0, end: 8, replacement: 'z' }, spans)).toBe(true);
    expect(touchesProtected(text, { start: 5, end: 8, replacement: '' }, spans)).toBe(true);
  });
});
