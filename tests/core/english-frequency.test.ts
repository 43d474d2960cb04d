import { describe, expect, it } from 'vitest';
import { readEnglishWord } from '../../src/core/detectors/misreading/english';
import { cleanText } from '../../src/core/index';
import { parseEnglishFrequencies } from '../../src/core/lexicon/english-frequency';
import { loadEnglishFrequencies } from '../../src/main/lexicon/english';

const english = loadEnglishFrequencies();

describe('English frequencies: spoken counts lifted by written ranks', () => {
  it('counts words of print as often as words of the same written rank are spoken', () => {
    // SUBTLEX (film subtitles) saw "replied" 59 times; Google Books ranks it 1,882nd.
    expect(english.count('replied')).toBeGreaterThan(500);
    expect(english.count('grievances')).toBeGreaterThan(100);
    // The spoken rank is kept: the function-word rules read it.
    expect(english.rank('replied')).toBeGreaterThan(10_000);
  });

  it('counts whole the words subtitles open sentences with, without moving other ranks', () => {
    // The table keeps "What" (501,965) and "Where" capitalized; a name such as "Bo" stays a tenth.
    expect(english.count('what')).toBeGreaterThan(500_000);
    expect(english.rank('what')).toBeLessThan(20);
    expect(english.count('bo')).toBeLessThan(100);
    const table = parseEnglishFrequencies([
      { word: 'the', count: 1000 },
      { word: 'What', count: 900 },
      { word: 'of', count: 800 },
      { word: 'Bo', count: 700 },
    ]);
    expect([table.rank('the'), table.rank('what'), table.rank('of')]).toEqual([1, 2, 2]);
    expect([table.count('what'), table.count('bo'), table.rank('bo')]).toEqual([900, 70, Infinity]);
    expect(cleanText('I know wbat he said. Wliat is it?', { english }).text).toBe(
      'I know what he said. What is it?',
    );
  });

  it('lifts no short form: Google Books was read by OCR too', () => {
    // "tho" and "tbe" rank 4,431st and 12,616th in Google Books, as the engine's errors.
    expect(english.count('tho')).toBeLessThan(100);
    expect(english.count('tbe')).toBe(0);
    expect(readEnglishWord('tho', english)?.word).toBe('the');
  });

  it('lifts only words of the word list, and never lowers a count', () => {
    const spoken = [
      { word: 'the', count: 1000 },
      { word: 'winter', count: 500 },
      { word: 'replied', count: 2 },
    ];
    const table = parseEnglishFrequencies(spoken, ['THE', 'REPLIED', 'WINTER', 'XQZWV', 'WBICH']);
    expect(table.count('replied')).toBe(500);
    expect(table.count('winter')).toBe(500);
    expect(table.count('the')).toBe(1000);
    expect(table.count('xqzwv')).toBe(0);
    expect(table.count('wbich')).toBe(0);
    const used = table.wordsUsedAtLeast(500);
    expect(used).toContain('replied');
    expect(used).not.toContain('xqzwv');
  });

  it('counts the names Google Books prints, apart from the words', () => {
    const spoken = [
      { word: 'the', count: 1000 },
      { word: 'of', count: 500 },
      { word: 'Bo', count: 300 },
    ];
    const table = parseEnglishFrequencies(
      spoken,
      ['THE', 'MELBOURNE', 'OF'],
      ['Melbourne', 'Queensland'],
    );
    // Melbourne is Google Books' second word here: SUBTLEX's second count, 500.
    expect(table.nameCount('melbourne')).toBe(500);
    // No word: only a capital makes "carly" a name, and not "early" misread.
    expect(table.count('melbourne')).toBe(0);
    // A name Google Books never prints is none; a word is no name.
    expect([table.nameCount('queensland'), table.count('queensland')]).toEqual([0, 0]);
    expect(table.nameCount('the')).toBe(0);
    // The shipped list: the places and people of the papers, and their spelling by country.
    expect(english.nameCount('melbourne')).toBeGreaterThan(100);
    expect(english.nameCount('queensland')).toBeGreaterThan(50);
    expect(english.nameCount('andersen')).toBeGreaterThan(0);
    expect([english.nameCount('bo'), english.count('carly')]).toEqual([0, 0]);
  });

  it('reads a long misprint of a written word as that word', () => {
    expect(readEnglishWord('grievanees', english)?.word).toBe('grievances');
    expect(readEnglishWord('atmospherio', english)?.word).toBe('atmospheric');
  });
});
