/**
 * Regex rules with a time budget: a rule the static check lets through (or one saved by an
 * older Galley) that backtracks for too long is stopped in its worker, reported, and never run
 * again, while the other rules still give their findings.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { galley, removeFolder, tempFolder } from '../cli/helpers';
import { analyseText } from '../../src/core/analyse';
import { compileRules } from '../../src/core/rules/compile';
import { runRegexJobs, type RegexStop } from '../../src/core/rules/replacements';
import type { ReplacementRule, RuleList } from '../../src/core/rules/types';
import { validateRuleList } from '../../src/core/rules/validate';
import { createBudgetedRegexEngine } from '../../src/main/rules/regex-budget';

const rule = (id: string, find: string, replace: string): ReplacementRule => ({
  id,
  find,
  replace,
  regex: true,
  scope: 'cjk',
  safe: true,
  note: '',
});

// Not validated: exactly what a hand-edited rules.json could hold.
const list: RuleList = {
  schema: 1,
  starter: false,
  replacements: [
    rule('slow', '(.*a){12}$', 'b'),
    rule('date', '(?<y>\\d{4})年0(\\d)月', '$<y>年$2月'),
    rule('ocr', '己(经)', '已$1'),
  ],
  protected: [],
  formulations: [],
};

// The paragraph: each 4 more characters cost about 7 times more.
const SLOW = `中文段落测试${'a'.repeat(26)}!`;
const TEXT = `${SLOW}\n\n他己经在2024年03月到达。\n\n${SLOW}`;

describe('regex rules with a budget', () => {
  it('stops a rule that runs too long, keeps the others, and never runs it again', () => {
    const stops: { id: string; stop: RegexStop }[] = [];
    const compiled = compileRules(list, {
      engine: createBudgetedRegexEngine(200),
      onStopped: (stopped, stop) => stops.push({ id: stopped.id, stop }),
    });
    const first = analyseText(TEXT, { rules: compiled }).findings.filter((f) => f.kind === 'rule');
    expect(stops.map((s) => s.id)).toEqual(['slow']);
    expect(stops[0].stop.ms).toBeGreaterThanOrEqual(200);
    expect(compiled.replacements.stopped.map((s) => s.rule.id)).toEqual(['slow']);
    // The same findings the unbudgeted engine gives for the rules that finished.
    const fast = compileRules(
      { ...list, replacements: list.replacements.slice(1) },
      { engine: runRegexJobs },
    );
    const expected = analyseText(TEXT, { rules: fast }).findings.filter((f) => f.kind === 'rule');
    expect(first).toEqual(expected);
    expect(first.map((f) => f.replacement)).toEqual(['已', '']);

    const again = analyseText(TEXT, { rules: compiled }).findings.filter((f) => f.kind === 'rule');
    expect(again).toEqual(expected);
    expect(stops).toHaveLength(1);
  }, 60_000);
});

describe('a rules.json saved before the check refused its pattern', () => {
  it('loads with that rule disabled, not as a damaged list', () => {
    const input = { replacements: [{ find: '(.*a){12}$', replace: 'b', regex: true }] };
    expect(validateRuleList(input).ok).toBe(false);
    const stored = validateRuleList(input, { stored: true });
    expect(stored.ok).toBe(true);
    if (stored.ok) {
      expect(stored.value.replacements[0].disabled).toMatch(/^The pattern is not safe to run/);
      const compiled = compileRules(stored.value);
      expect(analyseText(SLOW, { rules: compiled }).findings).toEqual([]);
    }
  });
});

describe('galley with a rule the static check lets through', () => {
  // A lookahead that scans to the end of the line at every "a": O(n²) on one long line, so
  // about 45 billion steps here. The static check passes it; only the budget can stop it.
  const CSV =
    'kind,find,replace,regex,scope,safe,note\n' +
    'replacement,"a(?=.*b)",c,true,,false,slow\n' +
    'replacement,己经,已经,false,,true,ocr\n';
  const DRAFT = `他己经到达。\n\n${'a'.repeat(300_000)}\n`;

  it('check stops it, names it, and still reports the other rules', async () => {
    const dir = await tempFolder('galley-budget-');
    try {
      await writeFile(join(dir, 'r.csv'), CSV);
      await writeFile(join(dir, 'd.txt'), DRAFT);
      const run = await galley([
        'check',
        join(dir, 'd.txt'),
        '--rules',
        join(dir, 'r.csv'),
        '--json',
      ]);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(
        /rule r-\w+ "a\(\?=\.\*b\)" ran [\d.]+ s on .*d\.txt and was stopped/,
      );
      const findings = JSON.parse(run.stdout).files[0].findings as {
        kind: string;
        replacement: string;
      }[];
      const rules = findings.filter((f) => f.kind === 'rule');
      expect(rules.map((f) => f.replacement)).toEqual(['已']);
    } finally {
      await removeFolder(dir);
    }
  }, 120_000);

  it('import stops it without holding the lock for long, and disables it in the workspace', async () => {
    const dir = await tempFolder('galley-budget-');
    try {
      const ws = join(dir, 'ws');
      await writeFile(join(dir, 'r.csv'), CSV);
      await writeFile(join(dir, 'd.txt'), DRAFT);
      expect((await galley(['rules', 'import', join(dir, 'r.csv'), '--workspace', ws])).code).toBe(
        0,
      );
      const imported = await galley(['import', join(dir, 'd.txt'), '--workspace', ws]);
      expect(imported.code).toBe(0);
      expect(imported.stderr).toMatch(
        /"a\(\?=\.\*b\)" ran [\d.]+ s and was stopped .*disabled in the workspace/,
      );
      const listed = JSON.parse(
        (await galley(['rules', 'list', '--workspace', ws, '--json'])).stdout,
      );
      expect(listed.replacements[0].disabled).toMatch(/^Stopped after/);
      expect(listed.replacements[1].disabled).toBeUndefined();
      // Disabled rules never run again: a second check of the issue is quick and quiet.
      const again = await galley(['check', join(dir, 'd.txt'), '--workspace', ws]);
      expect(again.stderr).not.toContain('was stopped');
    } finally {
      await removeFolder(dir);
    }
  }, 180_000);
});
