import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from './levenshtein';

/** The textbook O(n·m) dynamic programme. */
function naive(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost));
    }
    prev = row;
  }
  return prev[b.length];
}

const text = (max: number) =>
  fc
    .array(fc.constantFrom('a', 'b', 'c', '中', '文', ' ', '\n'), { maxLength: max })
    .map((c) => c.join(''));

describe('editDistance', () => {
  it('equals the textbook dynamic programme (across 32-character block edges)', () => {
    fc.assert(
      fc.property(text(120), text(120), (a, b) => {
        expect(editDistance(a, b)).toBe(naive(a, b));
      }),
      { numRuns: 400 },
    );
  });

  it('handles edits of long texts', () => {
    fc.assert(
      fc.property(
        text(300),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), text(4)), { maxLength: 8 }),
        (base, edits) => {
          let edited = base;
          for (const [at, del, ins] of edits) {
            const pos = base.length === 0 ? 0 : at % (edited.length + 1);
            edited = edited.slice(0, pos) + ins + edited.slice(pos + del);
          }
          expect(editDistance(base, edited)).toBe(naive(base, edited));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('known values', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('依法依规依规处理', '依法依规处理')).toBe(2);
    expect(editDistance('x'.repeat(100), '')).toBe(100);
  });
});
