import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/core/compare';
import { changeIndexes, stepChange } from '../../../src/renderer/src/screens/versions/navigation';
import { buildRows, spanLabel } from '../../../src/renderer/src/screens/versions/rows';

const paragraphs = (n: number, prefix = '段落') =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}：这是一段没有改动的文字。`);

describe('comparison rows', () => {
  it('folds long runs of unchanged paragraphs and keeps one paragraph of context', () => {
    const old = paragraphs(40);
    const changed = [...old];
    changed[20] = '段落21：这是一段改动过的文字。';
    const comparison = compareTexts(old.join('\n\n'), changed.join('\n\n'));
    const rows = buildRows(comparison.pairs);
    expect(rows.map((r) => r.kind)).toEqual(['fold', 'pair', 'pair', 'pair', 'fold']);
    expect(rows[0]).toMatchObject({ kind: 'fold', from: 0, to: 19 });
    expect(rows[2]).toMatchObject({ kind: 'pair', pair: 20, change: 0 });
    expect(rows[4]).toMatchObject({ kind: 'fold', from: 22, to: 40 });
  });

  it('expands a run when its start is in `expanded`', () => {
    const old = paragraphs(10);
    const changed = [...old.slice(0, 9), '新的最后一段。'];
    const comparison = compareTexts(old.join('\n\n'), changed.join('\n\n'));
    const folded = buildRows(comparison.pairs);
    expect(folded[0]).toMatchObject({ kind: 'fold', run: 0 });
    const open = buildRows(comparison.pairs, new Set([0]));
    expect(open.every((r) => r.kind === 'pair')).toBe(true);
  });

  it('never folds fewer than two paragraphs', () => {
    const old = paragraphs(4);
    const changed = ['改动。', old[1], old[2], '改动。'];
    const rows = buildRows(compareTexts(old.join('\n\n'), changed.join('\n\n')).pairs);
    expect(rows.some((r) => r.kind === 'fold')).toBe(false);
  });

  it('covers every pair exactly once, in order, and numbers every change', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('keep', 'edit', 'drop', 'add'), { minLength: 1, maxLength: 60 }),
        (ops) => {
          const old = paragraphs(ops.length);
          const next: string[] = [];
          ops.forEach((op, i) => {
            if (op === 'keep') next.push(old[i]);
            if (op === 'edit') next.push(old[i].replace('没有', '已经'));
            if (op === 'add') next.push(old[i], `新增${i}。`);
          });
          const { pairs } = compareTexts(old.join('\n\n'), next.join('\n\n'));
          const rows = buildRows(pairs);
          const covered: number[] = [];
          for (const r of rows) {
            if (r.kind === 'pair') covered.push(r.pair);
            else for (let k = r.from; k < r.to; k++) covered.push(k);
          }
          expect(covered).toEqual(pairs.map((_, i) => i));
          const changes = rows.flatMap((r) =>
            r.kind === 'pair' && r.change !== null ? [r.pair] : [],
          );
          expect(changes).toEqual(changeIndexes(pairs));
        },
      ),
    );
  });

  it('labels spans from 1, with a range for joined paragraphs', () => {
    expect(spanLabel({ index: 0, count: 1, start: 0, end: 3 })).toBe('1');
    expect(spanLabel({ index: 4, count: 2, start: 0, end: 3 })).toBe('5–6');
    expect(spanLabel(undefined)).toBe('');
  });
});

describe('change navigation', () => {
  it('starts at the first (or last) change and stops at the ends', () => {
    expect(stepChange(0, null, 1)).toBeNull();
    expect(stepChange(3, null, 1)).toBe(0);
    expect(stepChange(3, null, -1)).toBe(2);
    expect(stepChange(3, 1, 1)).toBe(2);
    expect(stepChange(3, 2, 1)).toBe(2);
    expect(stepChange(3, 0, -1)).toBe(0);
  });
});
