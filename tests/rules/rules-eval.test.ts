import { describe, expect, it } from 'vitest';
import { formatRulesEval, runRulesEval } from '../eval/rules-eval';

describe('the editorial-kinds evaluation', () => {
  it('finds the injected defects, changes no look-alike and prints its table', () => {
    const report = runRulesEval(7, 12);
    for (const row of report.rows) {
      expect(row.defects).toBeGreaterThan(0);
      expect(row.found / row.defects).toBeGreaterThanOrEqual(0.9);
      if (row.safeFindings > 0) expect(row.safeMatched).toBe(row.safeFindings);
    }
    expect(report.lookAlikes.total).toBeGreaterThan(0);
    expect(report.lookAlikes.changed).toBe(0);
    expect(report.lookAlikes.flagged).toBe(0);
    const text = formatRulesEval(report);
    expect(text).toContain('| formulation');
    expect(text).toContain('Look-alikes: 24');
  });
});
