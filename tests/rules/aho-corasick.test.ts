import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AhoCorasick } from '../../src/core/rules/aho-corasick';

/** Every (pattern, start) occurrence by brute force: the reference. */
function naive(patterns: readonly string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, index) => {
    if (p.length === 0) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
      out.push(`${index}@${at}`);
    }
  });
  return out.sort();
}

function automaton(patterns: readonly string[], text: string): string[] {
  return AhoCorasick.build(patterns)
    .findAll(text)
    .map((m) => {
      expect(text.slice(m.start, m.end)).toBe(patterns[m.pattern]);
      return `${m.pattern}@${m.start}`;
    })
    .sort();
}

describe('AhoCorasick', () => {
  it('finds overlapping and nested occurrences (he, she, his, hers)', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    const matches = AhoCorasick.build(patterns).findAll('ushers');
    expect(matches).toEqual([
      { pattern: 1, start: 1, end: 4 },
      { pattern: 0, start: 2, end: 4 },
      { pattern: 3, start: 2, end: 6 },
    ]);
  });

  it('matches CJK patterns that share prefixes and suffixes', () => {
    const patterns = ['己经', '已经', '经济', '中国特色', '特色社会主义', '社会'];
    const text = '我国己经进入中国特色社会主义新时代，经济社会发展';
    expect(automaton(patterns, text)).toEqual(naive(patterns, text));
    expect(automaton(patterns, text)).toContain('0@2');
  });

  it('reports equal patterns each, never empty ones, and works on astral characters', () => {
    const patterns = ['𠀀a', '', '𠀀a', 'a'];
    const text = 'x𠀀a𠀀a';
    expect(automaton(patterns, text)).toEqual(naive(patterns, text));
  });

  it('searches a sub-range only', () => {
    const ac = AhoCorasick.build(['ab']);
    const hits: number[] = [];
    ac.forEachMatch('ababab', (_p, start) => hits.push(start), 1, 5);
    expect(hits).toEqual([2]);
  });

  it('agrees with a naive matcher on random patterns and texts (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '己', '已', '经');
    const word = fc.array(alphabet, { minLength: 0, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')),
        (patterns, text) => {
          expect(automaton(patterns, text)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees with a naive matcher on random UTF-16 strings (property)', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const small = fc.constantFrom('\u4e00', '\u4e01', 'x', '\uffff', '\u0000');
    const ch = fc.oneof(small, small, unit);
    const word = fc.array(ch, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 20 }),
        fc.array(ch, { maxLength: 80 }).map((cs) => cs.join('')),
        (patterns, text) => {
          expect(automaton(patterns, text)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
