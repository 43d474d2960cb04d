import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseText, cleanText } from '../../src/core/index';
import { parseCharacterPairs } from '../../src/core/lexicon/character-pairs';
import { loadCharacterPairs } from '../../src/main/lexicon/character-pairs';
import { engineLexicons } from '../../src/main/lexicon/engine';
import { lexiconResourcePath } from '../../src/main/lexicon/resources';

const pairs = loadCharacterPairs()!;
const follows = (text: string) => pairs.follows(text.charCodeAt(0), text.charCodeAt(1));

describe('character pairs (open-gram)', () => {
  it('ships a table that knows which character follows which across words', () => {
    expect(lexiconResourcePath('character-pairs.bin')).toBeDefined();
    // Inside a word, and across two: 入 follows 深 (深入), 家 follows 大 (大家) and not 太.
    expect(follows('深入')).toBeGreaterThan(follows('深人') + 1);
    expect(follows('大家')).toBeGreaterThan(follows('太家') + 4);
    expect(follows('进入')).toBeGreaterThan(follows('进人') + 3);
    // A character outside the table reads as a pair about once in a billion.
    expect(pairs.follows('A'.charCodeAt(0), '家'.charCodeAt(0))).toBeCloseTo(Math.log(1e-9), 5);
  });

  it('gives every pair of characters a finite ln P no greater than 0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0x3000, max: 0xa100 }),
        fc.integer({ min: 0x3000, max: 0xa100 }),
        (a, b) => {
          const p = pairs.follows(a, b);
          expect(Number.isFinite(p)).toBe(true);
          expect(p).toBeLessThanOrEqual(0);
        },
      ),
    );
  });

  it('refuses bytes that are no table of pairs', () => {
    expect(() => parseCharacterPairs(new Uint8Array(16))).toThrow(/not a table of character pairs/);
    const bytes = readFileSync(lexiconResourcePath('character-pairs.bin')!);
    expect(() => parseCharacterPairs(bytes.subarray(0, 64))).toThrow();
  });
});

describe('misreading (Chinese) read by the neighbours’ character pairs', () => {
  const options = engineLexicons();

  it('proposes a look-alike both neighbours take far more readily, and never applies it', () => {
    // Without the phrase witness, which reads 很漂亮 too: with it the words, the phrase and the
    // pairs agree on the nearest shapes and apply them (word-bigrams.test.ts).
    const { wordBigrams: _, ...withoutBigrams } = options;
    for (const [text, seen, meant, word] of [
      ['而且很源亮', '源', '漂', '很漂亮'],
      ['我们赶紫来介绍一下', '紫', '紧', '赶紧来'],
      ['可能大家热悉我的原因', '热', '熟', '家熟悉'],
      ['不是为了怕浪贵钱', '贵', '费', '浪费钱'],
    ] as const) {
      const found = analyseText(text, withoutBigrams).findings.filter(
        (f) => f.kind === 'misreading',
      );
      expect(found, text).toHaveLength(1);
      const [finding] = found;
      expect(text.slice(finding!.start, finding!.end)).toBe(seen);
      expect([finding!.replacement, finding!.confidence]).toEqual([meant, 'suggest']);
      expect(finding!.message['zh-CN']).toContain(word);
      expect(finding!.message.en).toContain('reads far more often');
      expect(cleanText(text, withoutBigrams).text).toBe(text);
    }
  });

  it('finds none of these without the language model, and none in correct text with it', () => {
    // The phrase witness (word bigrams) reads 很源亮 from the same model: both are left out.
    const { characterPairs: _, wordBigrams: __, ...withoutPairs } = options;
    const misreadings = (text: string, o: typeof options) =>
      analyseText(text, o).findings.filter((f) => f.kind === 'misreading');
    expect(misreadings('而且很源亮', withoutPairs)).toEqual([]);
    for (const text of [
      '而且很漂亮',
      '我们赶紧来介绍一下',
      '男人们很容易疲劳',
      '不是为了怕浪费钱',
      '更深入的文化探索',
    ]) {
      expect(misreadings(text, options), text).toEqual([]);
    }
  });
});
