import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseJiebaDictionary,
  segmentBoundaries,
  segmentWords,
} from '../../src/core/lexicon/chinese';
import { loadChineseLexicon } from '../../src/main/lexicon/chinese';

describe('parseJiebaDictionary', () => {
  it('reads word, count and tag lines, skipping malformed ones', () => {
    const lexicon = parseJiebaDictionary('车间 120 n\n车间主任 30 n\n\nbroken\n主任 200\n');
    expect(lexicon.frequency('车间')).toBe(120);
    expect(lexicon.frequency('车间主任')).toBe(30);
    expect(lexicon.frequency('主任')).toBe(200);
    expect(lexicon.has('车间主')).toBe(false);
    expect(lexicon.frequency('车间主')).toBe(0);
    expect(lexicon.has('broken')).toBe(false);
    expect(lexicon.total).toBe(350);
    expect(lexicon.maxWordLength).toBe(4);
  });

  it('keeps the numerals among the tags (m)', () => {
    const lexicon = parseJiebaDictionary('一号 802 m\n一中 5590 s\r\n第一 17725 m\r\n');
    expect(lexicon.isNumeral('一号')).toBe(true);
    expect(lexicon.isNumeral('第一')).toBe(true);
    expect(lexicon.isNumeral('一中')).toBe(false);
    expect(lexicon.isNumeral('二号')).toBe(false);
  });

  it("keeps the persons' names among the tags (nr, nrt, nrfg)", () => {
    const lexicon = parseJiebaDictionary(
      '王明芳 16 nr\n霍吉斯 4 nrt\r\n风靡一时 35 i\n主任 200 n\n一号 802 m\n',
    );
    expect(lexicon.isPersonName('王明芳')).toBe(true);
    expect(lexicon.isPersonName('霍吉斯')).toBe(true);
    expect(lexicon.isPersonName('风靡一时')).toBe(false);
    expect(lexicon.isPersonName('主任')).toBe(false);
    expect(lexicon.isNumeral('一号')).toBe(true);
  });
});

describe('the jieba lexicon', () => {
  const lexicon = loadChineseLexicon();

  it('is loaded once per process, with jieba’s whole dictionary', () => {
    expect(loadChineseLexicon()).toBe(lexicon);
    expect(lexicon.has('车间主任')).toBe(true);
    expect(lexicon.has('人才')).toBe(true);
    expect(lexicon.has('入才')).toBe(false);
    expect(lexicon.total).toBeGreaterThan(50_000_000);
  });

  it('segments a word meeting a longer word that contains it', () => {
    expect(segmentWords(lexicon, '三号车间车间主任')).toEqual(['三号', '车间', '车间主任']);
    expect(segmentWords(lexicon, '巴勒斯坦巴勒斯坦民族解放运动')).toEqual([
      '巴勒斯坦',
      '巴勒斯坦民族解放运动',
    ]);
  });

  it('gives boundaries that cover the text exactly, in order', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'车间主任三号中国画新人才入的一步') }),
        (text) => {
          const boundaries = segmentBoundaries(lexicon, text);
          expect(boundaries[0]).toBe(0);
          expect(boundaries.at(-1)).toBe(text.length);
          for (let i = 1; i < boundaries.length; i++) {
            expect(boundaries[i]!).toBeGreaterThan(boundaries[i - 1]!);
          }
          expect(segmentWords(lexicon, text).join('')).toBe(text);
        },
      ),
    );
  });
});
