import { describe, expect, it } from 'vitest';
import { checkRegexSafety } from '../../src/core/rules/regex-safety';
import { validateRule } from '../../src/core/rules/validate';

describe('checkRegexSafety', () => {
  it.each([
    ['(?<=\\d)l(?=\\d)', 'l between digits (l/1 confusion)'],
    ['(?<=[A-Z])0(?=[A-Z])', '0 between capitals (0/O confusion)'],
    ['\\s*,\\s*', 'repetitions separated by a character neither takes'],
    ['(\\d{4})年(\\d{1,2})月', 'captures with bounded counts'],
    ['[0-9]+[a-z]+', 'disjoint repetitions side by side'],
    ['进人(?!物)', 'a negative lookahead'],
    ['(?:ab)+', 'a repeated fixed-length group'],
    ['a.{0,16}b', 'a bounded gap'],
    ['(\\d+-){3}', 'copies of a repetition closed by a character it cannot take'],
    ['(\\w+\\s){2}x', 'words and spaces, twice'],
    ['(?:\\d{2,3}){8}', 'bounded counts inside a bounded count'],
  ])('accepts %s (%s)', (source) => {
    expect(checkRegexSafety(source)).toEqual({ safe: true });
  });

  it.each([
    ['(a+)+$', 'nested quantifiers'],
    ['(a*)*', 'nested quantifiers that match empty'],
    ['(a|ab)*c', 'overlapping alternatives under a star'],
    ['(\\w|\\d)+x', 'overlapping character classes in alternatives'],
    ['(\\d+\\s?)+$', 'variable-length body repeated'],
    ['\\d+\\d+x', 'adjacent repetitions of the same characters'],
    ['.*x.*y', 'dot-star twice around a character both take'],
    ['(\\d+)(\\d+)x', 'repetitions inside adjacent groups'],
    ['(a)\\1*', 'a backreference under a repetition'],
    ['(?=(a+)+b)a', 'nested quantifiers inside a lookahead'],
    ['a?', 'a pattern that can match the empty string'],
    ['(?<=x)', 'only an assertion'],
    ['(.*a){12}$', 'copies of a bounded repetition: .*a.*a… twelve times, O(n¹²)'],
    ['(?:x\\d+){2}\\d+', 'the last copy reaching into what follows'],
    ['((a|a){16}){16}', 'an ambiguous body repeated 16 × 16 times'],
    ['(?:(?:a|ab){4}){8}', 'alternatives of different lengths repeated 4 × 8 times'],
    [
      '(?:(?:(?:(?:(?:(?:(?:(?:x+y){2}){2}){2}){2}){2}){2}){2}){2}z',
      'deep nesting of bounded copies',
    ],
    ['(', 'not a regular expression'],
    ['', 'empty'],
  ])('rejects %s (%s)', (source) => {
    const verdict = checkRegexSafety(source);
    expect(verdict.safe).toBe(false);
    if (!verdict.safe) {
      expect(verdict.reason.length).toBeGreaterThan(5);
      expect(verdict.reasonZh.length).toBeGreaterThan(3);
    }
  });

  it('rejects a very long pattern', () => {
    expect(checkRegexSafety('a'.repeat(501)).safe).toBe(false);
  });

  it('is applied by rule validation before a regex rule can be saved', () => {
    const bad = validateRule('replacement', { find: '(x+)+y', replace: 'z', regex: true });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0].path).toBe('find');
    const good = validateRule('replacement', {
      find: '(?<=\\d)l(?=\\d)',
      replace: '1',
      regex: true,
    });
    expect(good.ok).toBe(true);
  });
});
