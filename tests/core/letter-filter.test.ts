/**
 * The English scan's filter of words over their letters (`letter-filter.ts`): no word added is
 * ever ruled out, in any case, asked whole, as two pieces, as two spans of a text or by the
 * hashes of its pieces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  joinedHash,
  LetterFilter,
  letterHash,
} from '../../src/core/detectors/misreading/letter-filter';

const letters = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCZ'),
  maxLength: 80,
});

describe('letterHash', () => {
  it('makes the hash of two pieces joined from the pieces’ hashes, any length', () => {
    fc.assert(
      fc.property(letters, letters, (a, b) => {
        expect(joinedHash(letterHash(a), letterHash(b), b.length)).toBe(letterHash(a + b));
      }),
    );
  });

  it('folds case', () => {
    expect(letterHash('Tho')).toBe(letterHash('tho'));
    expect(letterHash('THO')).toBe(letterHash('tho'));
  });
});

describe('LetterFilter', () => {
  it('never rules out a word it holds, however it is asked', () => {
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 40 }), fc.nat(), (words, cut) => {
        const filter = new LetterFilter(1 << 12);
        for (const word of words) filter.add(word.toLowerCase());
        for (const word of words) {
          const at = word.length === 0 ? 0 : cut % (word.length + 1);
          const [a, b] = [word.slice(0, at), word.slice(at)];
          expect(filter.mayHold(word.toUpperCase())).toBe(true);
          expect(filter.mayHold(a, b)).toBe(true);
          const text = `${a} ${b}`;
          expect(filter.mayHoldSpans(text, 0, a.length, a.length + 1, text.length)).toBe(true);
          expect(filter.mayHoldHash(joinedHash(letterHash(a), letterHash(b), b.length))).toBe(true);
        }
      }),
    );
  });

  it('rules out most words it does not hold', () => {
    const filter = new LetterFilter(1 << 16);
    for (let i = 0; i < 1_000; i++) filter.add(`word${i.toString(26)}`.replace(/\d/g, 'x'));
    let passed = 0;
    for (let i = 0; i < 1_000; i++)
      if (filter.mayHold(`other${i.toString(26)}`.replace(/\d/g, 'y'))) passed++;
    expect(passed).toBeLessThan(100);
  });
});
