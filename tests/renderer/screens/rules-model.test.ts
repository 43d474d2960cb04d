import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STARTER_FORMULATIONS } from '../../../src/core/rules/starter';
import { emptyRuleList, type RuleList } from '../../../src/core/rules/types';
import {
  EMPTY_DRAFT,
  draftOf,
  fieldsOf,
  filterRows,
  isChanged,
  keepSelection,
  problemsByField,
  rowsOf,
  type RuleRow,
} from '../../../src/renderer/src/screens/rules/model';
import type { RulesView } from '../../../src/shared/contract';

const LIST: RuleList = {
  ...emptyRuleList(),
  replacements: [
    {
      id: 'r-1',
      find: '己经',
      replace: '已经',
      regex: false,
      scope: 'cjk',
      safe: true,
      note: 'OCR 混淆',
    },
    { id: 'r-2', find: 'teh', replace: 'the', regex: false, scope: 'word', safe: false, note: '' },
  ],
  protected: [{ id: 'p-1', term: '许珂', note: '记者' }],
  formulations: [{ id: 'f-1', phrase: '决胜全面建成小康社会', note: '十九大' }],
};

const view = (list: RuleList): RulesView => ({
  list,
  starterFormulations: STARTER_FORMULATIONS,
  damaged: [],
  writable: true,
});

describe('rule rows', () => {
  it('lists each kind in list order; formulations then the built-in ones not already listed', () => {
    expect(rowsOf(view(LIST), 'replacement').map((r) => [r.match, r.replace])).toEqual([
      ['己经', '已经'],
      ['teh', 'the'],
    ]);
    expect(rowsOf(view(LIST), 'protected')).toMatchObject([
      { id: 'p-1', match: '许珂', note: '记者', builtIn: false },
    ]);
    const formulations = rowsOf(view(LIST), 'formulation');
    expect(formulations[0]).toMatchObject({ id: 'f-1', builtIn: false });
    const builtIn = formulations.filter((r) => r.builtIn);
    // 决胜全面建成小康社会 is one of the starter phrases too: listed once, as the editor's.
    expect(builtIn).toHaveLength(STARTER_FORMULATIONS.length - 1);
    expect(builtIn.map((r) => r.match)).not.toContain('决胜全面建成小康社会');
    expect(rowsOf(view({ ...LIST, starter: false }), 'formulation')).toHaveLength(1);
  });

  it('finds rows by every word of the search, in the match, the right form or the note', () => {
    const rows = rowsOf(view(LIST), 'replacement');
    expect(filterRows(rows, '').map((r) => r.id)).toEqual(['r-1', 'r-2']);
    expect(filterRows(rows, 'OCR').map((r) => r.id)).toEqual(['r-1']);
    expect(filterRows(rows, 'ocr 已经').map((r) => r.id)).toEqual(['r-1']);
    expect(filterRows(rows, 'THE').map((r) => r.id)).toEqual(['r-2']);
    expect(filterRows(rows, 'ocr the')).toEqual([]);
  });

  it('never filters in a row the search does not match, nor out one it matches', () => {
    const rows = rowsOf(view(LIST), 'formulation');
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), (search) => {
        const kept = new Set(filterRows(rows, search).map((r) => r.id));
        const words = search.toLowerCase().split(/\s+/).filter(Boolean);
        for (const row of rows) {
          const hay = `${row.match} ${row.replace} ${row.note}`.toLowerCase();
          expect(kept.has(row.id)).toBe(words.every((w) => hay.includes(w)));
        }
      }),
    );
  });
});

describe('rule form', () => {
  it('round-trips a row through the draft and sends only its kind’s fields', () => {
    const [replacement] = rowsOf(view(LIST), 'replacement');
    const draft = draftOf(replacement);
    expect(fieldsOf('replacement', draft)).toEqual({
      find: '己经',
      replace: '已经',
      regex: false,
      scope: 'cjk',
      safe: true,
      note: 'OCR 混淆',
    });
    const [term] = rowsOf(view(LIST), 'protected');
    expect(fieldsOf('protected', draftOf(term))).toEqual({ term: '许珂', note: '记者' });
    const [phrase] = rowsOf(view(LIST), 'formulation');
    expect(fieldsOf('formulation', draftOf(phrase))).toEqual({
      phrase: '决胜全面建成小康社会',
      note: '十九大',
    });
  });

  it('sees a change only in the fields of the kind being edited', () => {
    const draft = { ...EMPTY_DRAFT, term: '许珂' };
    expect(isChanged('protected', draft, EMPTY_DRAFT)).toBe(true);
    expect(isChanged('formulation', draft, EMPTY_DRAFT)).toBe(false);
    expect(isChanged('replacement', { ...EMPTY_DRAFT, safe: true }, EMPTY_DRAFT)).toBe(true);
  });

  it('puts each sentence under its field, and those of fields not shown under the whole rule', () => {
    const problems = [
      { field: 'find', message: { 'zh-CN': '请填写“错误写法”。', en: 'Wrong form is empty.' } },
      { field: 'id', message: { 'zh-CN': '已有一条规则使用这个编号。', en: 'Id taken.' } },
      { field: 'find', message: { 'zh-CN': '第二句', en: '' } },
    ];
    expect(problemsByField('replacement', problems, 'zh-CN')).toEqual({
      find: ['请填写“错误写法”。', '第二句'],
      '': ['已有一条规则使用这个编号。'],
    });
    // An empty English sentence falls back to the Chinese one.
    expect(problemsByField('replacement', problems, 'en').find).toEqual([
      'Wrong form is empty.',
      '第二句',
    ]);
    expect(problemsByField('protected', problems, 'en')).toEqual({
      '': ['Wrong form is empty.', 'Id taken.', '第二句'],
    });
  });
});

describe('selection after a change', () => {
  const rows = (ids: string[]): RuleRow[] =>
    ids.map((id) => ({ ...rowsOf(view(LIST), 'protected')[0], id }));

  it('keeps the selected rule, else takes its neighbour, else the first', () => {
    const before = rows(['a', 'b', 'c']);
    expect(keepSelection(rows(['a', 'b', 'c', 'd']), before, 'b')).toBe('b');
    expect(keepSelection(rows(['a', 'c']), before, 'b')).toBe('c');
    expect(keepSelection(rows(['a', 'b']), before, 'c')).toBe('b');
    expect(keepSelection(rows(['x']), before, null)).toBe('x');
    expect(keepSelection([], before, 'a')).toBeNull();
  });
});
