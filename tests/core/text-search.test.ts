import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, searchText } from '../../src/core/text/search';

describe('full-text search', () => {
  it('finds a phrase whatever the width and case of its letters and marks', () => {
    const text = '本报讯（记者 许珂）3月4日,记者从市扶贫办获悉。\n\nGALLEY proofs Ｇａｌｌｅｙ';
    const commas = searchText(text, '3月4日，记者');
    expect(commas.count).toBe(1);
    expect(commas.hits[0]).toMatchObject({ match: '3月4日,记者', before: '本报讯（记者 许珂）' });
    const latin = searchText(text, 'galley');
    expect(latin.count).toBe(2);
    expect(latin.hits.map((h) => text.slice(h.start, h.end))).toEqual(['GALLEY', 'Ｇａｌｌｅｙ']);
    // The context stops at a paragraph break.
    expect(latin.hits[0].before).toBe('');
  });

  it('counts every place but lists only the first few', () => {
    const found = searchText('好，'.repeat(10), '好', { limit: 3 });
    expect(found.count).toBe(10);
    expect(found.hits).toHaveLength(3);
    expect(searchText('abc', '  ').count).toBe(0);
  });

  it('keeps offsets: folding never changes the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(foldForSearch(text)).toHaveLength(text.length);
      }),
    );
  });
});
