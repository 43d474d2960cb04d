import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ChangeSet, type Change } from '../../src/core';

/** A random valid change set against `text`. */
function arbChanges(length: number): fc.Arbitrary<Change[]> {
  return fc
    .array(
      fc.record({ a: fc.nat(length), b: fc.nat(length), insert: fc.string({ maxLength: 4 }) }),
      { maxLength: 6 },
    )
    .map((raw) => {
      const spans = raw
        .map(({ a, b, insert }) => ({ from: Math.min(a, b), to: Math.max(a, b), insert }))
        .sort((x, y) => x.from - y.from || x.to - y.to);
      const out: Change[] = [];
      let end = -1;
      for (const s of spans) {
        if (s.from <= end) continue;
        out.push(s);
        end = s.to;
      }
      return out;
    });
}

const textAndChanges = fc
  .string({ maxLength: 30 })
  .chain((text) => fc.tuple(fc.constant(text), arbChanges(text.length)));

describe('ChangeSet', () => {
  it('applies changes in offset order', () => {
    const set = ChangeSet.of(
      [
        { from: 5, to: 6, insert: '，' },
        { from: 0, to: 0, insert: '>' },
      ],
      8,
    );
    expect(set.apply('依法依规,处理案')).toBe('>依法依规,处理案'.slice(0, 6) + '，' + '理案');
  });

  it('rejects overlapping and out-of-range changes', () => {
    expect(() =>
      ChangeSet.of(
        [
          { from: 0, to: 3, insert: '' },
          { from: 2, to: 4, insert: '' },
        ],
        5,
      ),
    ).toThrow(RangeError);
    expect(() => ChangeSet.of([{ from: 4, to: 9, insert: '' }], 5)).toThrow(RangeError);
  });

  it('applying a set and then its inverse gives the text back', () => {
    fc.assert(
      fc.property(textAndChanges, ([text, changes]) => {
        const set = ChangeSet.of(changes, text.length);
        const after = set.apply(text);
        expect(set.invert(text).apply(after)).toBe(text);
      }),
    );
  });

  it('composing two sets equals applying them one after the other', () => {
    fc.assert(
      fc.property(
        textAndChanges.chain(([text, changes]) => {
          const mid = ChangeSet.of(changes, text.length).apply(text);
          return fc.tuple(fc.constant(text), fc.constant(changes), arbChanges(mid.length));
        }),
        ([text, c1, c2]) => {
          const a = ChangeSet.of(c1, text.length);
          const mid = a.apply(text);
          const b = ChangeSet.of(c2, mid.length);
          expect(a.compose(b).apply(text)).toBe(b.apply(mid));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('maps positions around replacements and insertions', () => {
    const set = ChangeSet.of(
      [
        { from: 2, to: 4, insert: 'xyz' },
        { from: 6, to: 6, insert: '!!' },
      ],
      8,
    );
    expect(set.mapPos(1)).toBe(1);
    expect(set.mapPos(3, -1)).toBe(2);
    expect(set.mapPos(3, 1)).toBe(5);
    expect(set.mapPos(4)).toBe(5);
    expect(set.mapPos(6, -1)).toBe(7);
    expect(set.mapPos(6, 1)).toBe(9);
    expect(set.mapPos(8)).toBe(11);
  });

  it('maps every position into the new text, monotonically', () => {
    fc.assert(
      fc.property(textAndChanges, ([text, changes]) => {
        const set = ChangeSet.of(changes, text.length);
        let prev = 0;
        for (let pos = 0; pos <= text.length; pos++) {
          const mapped = set.mapPos(pos, 1);
          expect(mapped).toBeGreaterThanOrEqual(prev);
          expect(mapped).toBeLessThanOrEqual(set.newLength);
          prev = mapped;
        }
      }),
    );
  });
});
