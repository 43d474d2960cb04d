import { describe, expect, it } from 'vitest';
import { analyseText, cleanText } from '../../src/core/index';
import {
  IssueProfile,
  MIN_PROFILE_COST,
  MIN_PROFILE_FIXES,
} from '../../src/core/detectors/misreading/english-profile';
import { CONFUSIONS } from '../../src/core/detectors/misreading/ocr-confusions';
import { loadEnglishFrequencies } from '../../src/main/lexicon/english';

const english = loadEnglishFrequencies();

const eAsO = CONFUSIONS.find((c) => c.meant === 'e' && c.seen === 'o')!;
const aAsS = CONFUSIONS.find((c) => c.meant === 's' && c.seen === 'a')!;

/** Paragraphs of a page whose engine reads e as o on every line, as Trove's often do. */
const E_AS_O = [
  'Tho Government will not bo able to carry tho measure this session.',
  'Ho said that tbo Minister havo not boen consulted, and that ho waa not aware of it.',
  'Tho Premier was absent from tho House on Tuesday.',
];

describe('the issue profile', () => {
  it('is empty until a confusion has been fixed safely often enough', () => {
    const profile = new IssueProfile();
    profile.countLetters('the the the the the');
    for (let k = 1; k < MIN_PROFILE_FIXES; k++) profile.add([{ meant: 'e', seen: 'o' }]);
    expect(profile.costs()).toBeNull();
    profile.add([{ meant: 'e', seen: 'o' }]);
    const costOf = profile.costs();
    expect(costOf).not.toBeNull();
    expect(costOf!(eAsO)).toBeLessThan(eAsO.cost);
    expect(costOf!(eAsO)).toBeGreaterThanOrEqual(MIN_PROFILE_COST);
    // A confusion the issue does not show keeps the model's cost.
    expect(costOf!(aAsS)).toBe(aAsS.cost);
  });

  it('rates a confusion by how often its letter is printed: common in a long issue, it does not count', () => {
    const profile = new IssueProfile();
    profile.countLetters('e'.repeat(100_000));
    for (let k = 0; k < 2 * MIN_PROFILE_FIXES; k++) profile.add([{ meant: 'e', seen: 'o' }]);
    expect(profile.costs()).toBeNull();
  });

  it('ignores what is no confusion of the model', () => {
    const profile = new IssueProfile();
    profile.countLetters('the');
    for (let k = 0; k < 2 * MIN_PROFILE_FIXES; k++) profile.add([{ meant: 'the', seen: 'th' }]);
    expect(profile.costs()).toBeNull();
  });

  it('reads a non-word through the confusion the issue makes on every line', () => {
    const alone = 'He has lived in the colony for many yoars, and ovory man knows him.';
    expect(cleanText(alone, { english }).text).toBe(alone);
    const issue = [...E_AS_O, alone].join('\n\n');
    const cleaned = cleanText(issue, { english }).text;
    expect(cleaned).toContain('for many years, and every man knows him.');
    expect(cleaned).toContain('The Government will not be able');
    // The finding says the issue's own misreadings decided it.
    const yoars = analyseText(issue, { english }).findings.find(
      (f) => f.kind === 'misreading' && issue.slice(f.start, f.end) === 'yoars',
    )!;
    expect(yoars.confidence).toBe('safe');
    expect(yoars.message.en).toContain('this issue is misread so on many lines');
    expect(yoars.message['zh-CN']).toContain('本期的识别常犯此类误识');
  });

  it('reads a capitalized word SUBTLEX keeps capitalized through the issue’s habit only', () => {
    const alone =
      'The Prosident of the Wostern Club met the Sergoant, Mr. Johnsen and Robort Hall.';
    expect(cleanText(alone, { english }).text).toBe(alone);
    const cleaned = cleanText([...E_AS_O, alone].join('\n\n'), { english }).text;
    expect(cleaned).toContain(
      'The President of the Western Club met the Sergeant, Mr. Johnsen and Robert Hall.',
    );
    // The habit reads o for e, not e for o: "Johnsen" is no misread "Johnson".
    expect(new IssueProfile().habit()({ meant: 'e', seen: 'o' })).toBe(false);
  });

  it('reads a word only the word list knows through the habit, and through it only', () => {
    // "ovening" is a word of the word list SUBTLEX never saw: alone it is only suggested.
    const alone = 'The meeting closed late in the ovening, and the plovers flew home.';
    expect(cleanText(alone, { english }).text).toBe(alone);
    const cleaned = cleanText([...E_AS_O, alone].join('\n\n'), { english }).text;
    // Where e is read as o on every line it is "evening"; "plovers" (no misread "players", two
    // other confusions) stays.
    expect(cleaned).toContain('The meeting closed late in the evening, and the plovers flew home.');
  });

  it('reads "ho" before a word as "he" where e is read as o on every line, and leaves the calls', () => {
    const alone = 'After the match ho thanked the crowd. Land ho! they cried, ho, ho.';
    expect(cleanText(alone, { english }).text).toBe(alone);
    const cleaned = cleanText([...E_AS_O, alone].join('\n\n'), { english }).text;
    expect(cleaned).toContain('After the match he thanked the crowd. Land ho! they cried, ho, ho.');
  });

  it('reads the words of other paragraphs as before', () => {
    const issue = [...E_AS_O, 'The yoars of his youth were spent at sea.'].join('\n\n');
    const seen = analyseText(issue, { english }).findings.filter((f) => f.kind === 'misreading');
    const plain = analyseText(E_AS_O.join('\n\n'), { english }).findings.filter(
      (f) => f.kind === 'misreading',
    );
    // The first paragraphs' findings are the same whether or not the last one is read again.
    const head = E_AS_O.join('\n\n').length;
    expect(seen.filter((f) => f.end <= head)).toEqual(plain);
  });

  it('changes no clean text, however long', () => {
    const clean = Array.from(
      { length: 40 },
      (_, k) =>
        `On day ${k + 1} of the session the committee met and heard every report. ` +
        'Members were asked to keep their remarks short, and the chairman thanked them.',
    ).join('\n\n');
    expect(cleanText(clean, { english }).text).toBe(clean);
  });
});
