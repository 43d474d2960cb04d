/**
 * The English scan's walk over words and its table of prints (`english-prints.ts`): the words are
 * those of /[A-Za-z]+/, and every print is made once, found again by its letters alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PrintTable, WordCursor } from '../../src/core/detectors/misreading/english-prints';

/** The spans of the cursor's words in `text`. */
function spans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const words = new WordCursor().over(text);
  while (words.next()) out.push([words.from, words.to]);
  return out;
}

const texts = fc.string({
  unit: fc.constantFrom(..."abAB zZ\n.,-'9é中@[`{"),
  maxLength: 80,
});

describe('WordCursor', () => {
  it('walks the words /[A-Za-z]+/ finds, in order', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const expected = [...text.matchAll(/[A-Za-z]+/g)].map(
          (m) => [m.index, m.index + m[0].length] as [number, number],
        );
        expect(spans(text)).toEqual(expected);
      }),
    );
  });

  it('starts again on each text it is given', () => {
    const words = new WordCursor();
    words.over('one two');
    expect(words.next()).toBe(true);
    words.over('three');
    expect(words.next()).toBe(true);
    expect(words.text.slice(words.from, words.to)).toBe('three');
    expect(words.next()).toBe(false);
  });
});

describe('PrintTable', () => {
  it('makes each distinct print once, case kept, however many it holds', () => {
    const made: string[] = [];
    const table = new PrintTable((seen) => {
      made.push(seen);
      return { seen };
    });
    // Enough prints to make the table grow several times.
    const words = Array.from({ length: 20_000 }, (_, i) =>
      `w${i.toString(26)}`.replace(/\d/g, 'q'),
    );
    const text = [...words, ...words, 'The', 'the', 'THE', 'the'].join(' ');
    const cursor = new WordCursor().over(text);
    const values = [];
    while (cursor.next()) values.push(table.at(cursor));
    const distinct = new Set([...words, 'The', 'the', 'THE']);
    expect(made.length).toBe(distinct.size);
    expect(new Set(made)).toEqual(distinct);
    const printed = text.split(' ');
    expect(values.map((value) => value.seen)).toEqual(printed);
    // The same print gives the same value.
    expect(values[values.length - 1]).toBe(values[values.length - 3]);
  });
});
