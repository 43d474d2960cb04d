import { describe, expect, it } from 'vitest';
import { validateRule, validateRuleList } from '../../src/core/rules/validate';

describe('validateRuleList', () => {
  it('fills in what may be left out and derives stable ids', () => {
    const result = validateRuleList({
      replacements: [{ find: '其它', replace: '其他' }],
      protected: [{ term: '马末都' }],
      formulations: [{ phrase: '全面从严治党' }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.starter).toBe(true);
    expect(result.value.schema).toBe(1);
    expect(result.value.replacements[0]).toMatchObject({
      find: '其它',
      replace: '其他',
      regex: false,
      scope: 'cjk',
      safe: false,
      note: '',
    });
    expect(result.value.replacements[0].id).toMatch(/^r-/);
    expect(result.value.protected[0].id).toMatch(/^p-/);
    expect(result.value.formulations[0].id).toMatch(/^f-/);
    const again = validateRuleList({ replacements: [{ find: '其它', replace: '其他' }] });
    expect(again.ok && again.value.replacements[0].id).toBe(result.value.replacements[0].id);
  });

  it('reports every problem with where it is', () => {
    const result = validateRuleList({
      starter: 'yes',
      replacements: [
        { find: '', replace: 'x' },
        { find: 'a', replace: 'a' },
        { find: 'b', replace: 'c', scope: 'line' },
        { find: '(a+)+', replace: 'b', regex: true },
        { find: '其它', replace: '其他' },
        { find: '其它', replace: '别的' },
      ],
      protected: [{ term: 3 }],
      formulations: [{ phrase: '党' }, 'x'],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual([
      'starter',
      'replacements[0].find',
      'replacements[1].replace',
      'replacements[2].scope',
      'replacements[3].find',
      'protected[0].term',
      'formulations[0].phrase',
      'formulations[1]',
      'replacements[5].id',
      'replacements[5]',
    ]);
  });

  it('refuses what is not a rule list', () => {
    expect(validateRuleList([]).ok).toBe(false);
    expect(validateRuleList({ schema: 99 }).ok).toBe(false);
    expect(validateRuleList({ replacements: {} }).ok).toBe(false);
  });

  it('validates one entry for the Rules screen', () => {
    expect(validateRule('protected', { term: '先进人物' }).ok).toBe(true);
    const bad = validateRule('formulation', { phrase: 'a\nb' }, 'formulations[0]');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0].path).toBe('formulations[0].phrase');
  });
});
