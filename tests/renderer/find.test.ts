import { history, undo } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FIND,
  expandReplacement,
  findHits,
  replaceAllSpec,
  replaceOneSpec,
  toQuery,
} from '../../src/renderer/src/screens/proofread/find';

const state = (doc: string) => EditorState.create({ doc, extensions: [history()] });

describe('find and replace', () => {
  it('lists every hit with its context and what it would become', () => {
    const s = state('衡阳市委召开会议。\n衡阳日报讯，衡阳');
    const list = findHits(s, { ...EMPTY_FIND, search: '衡阳', replace: '衡阳市' }, 500, 100, 3);
    expect(list.total).toBe(3);
    expect(list.hits.map((h) => [h.from, h.to, h.before, h.match, h.after, h.replacement])).toEqual(
      [
        [0, 2, '', '衡阳', '市委召', '衡阳市'],
        [10, 12, '议。⏎', '衡阳', '日报讯', '衡阳市'],
        [16, 18, '报讯，', '衡阳', '', '衡阳市'],
      ],
    );
  });

  it('replaces all hits as one undoable transaction', () => {
    let s = state('a,b,c');
    const spec = replaceAllSpec(s, { ...EMPTY_FIND, search: ',', replace: '，' });
    s = s.update(spec ?? {}).state;
    expect(s.doc.toString()).toBe('a，b，c');
    undo({ state: s, dispatch: (tr) => (s = tr.state) });
    expect(s.doc.toString()).toBe('a,b,c');
  });

  it('replaces one hit, only if it is still there', () => {
    const s = state('x1 x2');
    const options = { ...EMPTY_FIND, search: 'x(\\d)', replace: 'y$1', regexp: true };
    const spec = replaceOneSpec(s, options, 3, 5);
    expect(s.update(spec ?? {}).state.doc.toString()).toBe('x1 y2');
    expect(replaceOneSpec(s, options, 2, 4)).toBeNull();
  });

  it('finds exactly what was typed: no full-width hit for a half-width search, or back', () => {
    const s = state('甲,乙，丙,1１AＡ');
    const hits = (search: string, extra = {}) =>
      findHits(s, { ...EMPTY_FIND, search, ...extra }).hits.map((h) => [h.from, h.match]);
    expect(hits(',')).toEqual([
      [1, ','],
      [5, ','],
    ]);
    expect(hits('，')).toEqual([[3, '，']]);
    expect(hits('1')).toEqual([[6, '1']]);
    expect(hits('a')).toEqual([[8, 'A']]);
    expect(hits('a', { caseSensitive: true })).toEqual([]);
    expect(hits('ａ')).toEqual([[9, 'Ａ']]);
    expect(hits('.*', {})).toEqual([]);
    const spec = replaceAllSpec(s, { ...EMPTY_FIND, search: ',', replace: '$&，' });
    expect(s.update(spec ?? {}).state.doc.toString()).toBe('甲$&，乙，丙$&，1１AＡ');
  });

  it('highlights the same hits the preview lists', () => {
    const query = toQuery({ ...EMPTY_FIND, search: '，' });
    const s = state('甲,乙，丙');
    const cursor = query.getCursor(s);
    const found: number[] = [];
    for (let step = cursor.next(); !step.done; step = cursor.next()) found.push(step.value.from);
    expect(found).toEqual([3]);
  });

  it('reports an invalid regular expression instead of throwing', () => {
    expect(findHits(state('abc'), { ...EMPTY_FIND, search: '(', regexp: true }).valid).toBe(false);
    expect(replaceAllSpec(state('abc'), { ...EMPTY_FIND, search: '(', regexp: true })).toBeNull();
  });

  it('expands $&, $1 and $$ in a replacement', () => {
    expect(expandReplacement('[$&|$1|$2|$$|$9]', ['ab', 'a', undefined])).toBe('[ab|a||$|$9]');
  });
});
