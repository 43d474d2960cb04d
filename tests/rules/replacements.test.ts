import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/core/changes/apply';
import { expandTemplate } from '../../src/core/rules/replacements';
import { hits, rules } from './helpers';

const OCR = rules({
  starter: false,
  replacements: [
    { find: '己经', replace: '已经', safe: true, note: 'OCR：己/已' },
    { find: '末来', replace: '未来', note: 'OCR：末/未' },
    { find: '进人', replace: '进入', note: 'OCR：人/入' },
    { find: '(?<=[A-Z])0(?=[A-Z])', replace: 'O', regex: true, note: '0/O between capitals' },
    { find: '(?<=\\d)l(?=\\d)', replace: '1', regex: true, safe: true, note: 'l/1' },
    { find: '其它', replace: '其他', safe: true, note: '本报用字' },
    { find: 'Pekin', replace: 'Peking', scope: 'word' },
  ],
  protected: [{ term: '先进人物' }],
});

describe('replacement rules', () => {
  it('fixes OCR confusions in context, editing only the changed character', () => {
    expect(hits('我国己经进入新阶段。', OCR, 'rule')).toEqual([['己', '已', 'safe']]);
    expect(hits('面向末来，砥砺前行。', OCR, 'rule')).toEqual([['末', '未', 'suggest']]);
    expect(hits('经济进人新常态。', OCR, 'rule')).toEqual([['人', '入', 'suggest']]);
    expect(hits('其它地区也在推进。', OCR, 'rule')).toEqual([['它', '他', 'safe']]);
  });

  it('handles Latin confusions with regex rules (0/O, l/1)', () => {
    expect(hits('C0VID-19 cases rose in 20l9.', OCR, 'rule')).toEqual([
      ['0', 'O', 'suggest'],
      ['l', '1', 'safe'],
    ]);
    // A real zero between digits and letters of a model name is left alone.
    expect(hits('The 5G modem X70 and COVID-19.', OCR, 'rule')).toEqual([]);
  });

  it('word scope matches whole Latin words only', () => {
    expect(hits('Pekin University', OCR, 'rule')).toEqual([['', 'g', 'suggest']]);
    expect(hits('Peking University; Pekinese dogs', OCR, 'rule')).toEqual([]);
  });

  it('safe only when the rule says so: an automatic clean applies safe rules, not suggestions', () => {
    const cleaned = cleanText('我国己经面向末来。', { rules: OCR });
    expect(cleaned.text).toBe('我国已经面向末来。');
  });

  it('never fires on its own right text, nor inside text already equal to the replacement', () => {
    const expand = rules({
      starter: false,
      replacements: [{ find: '台湾', replace: '中国台湾', safe: true }],
    });
    expect(hits('中国台湾地区。台湾同胞。', expand, 'rule')).toEqual([['', '中国', 'safe']]);
    const cleaned = cleanText('台湾同胞。', { rules: expand });
    expect(cleaned.text).toBe('中国台湾同胞。');
  });

  it('takes the leftmost, then longest match when rules overlap', () => {
    const overlapping = rules({
      starter: false,
      replacements: [
        { find: '的的', replace: '的' },
        { find: '的的确确', replace: '的确' },
      ],
    });
    expect(hits('这是的的确确的事。', overlapping, 'rule')).toEqual([['的确', '', 'suggest']]);
  });

  it('expands $1, $<name>, $& and $$ like String.replace', () => {
    const m = /(?<y>\d{4})年(\d)月/u.exec('2020年3月') as RegExpExecArray;
    expect(expandTemplate('$<y>-0$2 ($&) $$1 $3', m)).toBe('2020-03 (2020年3月) $1 $3');
    const regexRule = rules({
      starter: false,
      replacements: [{ find: '(\\d{4})年(\\d)月', replace: '$1年0$2月', regex: true }],
    });
    expect(hits('2020年3月4日', regexRule, 'rule')).toEqual([['', '0', 'suggest']]);
  });

  it('runs no rule without a list (the default rules have no replacements)', () => {
    expect(hits('我国己经进入新阶段。', undefined, 'rule')).toEqual([]);
  });
});
