import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyPatch, parsePatch } from 'diff';
import { unifiedDiff } from '../../src/core/compare';
import { randomHan, readGold, readSample } from './helpers';

describe('unifiedDiff', () => {
  it('is a standard unified diff of the sample and its gold copy that applies back', () => {
    const sample = readSample();
    const gold = readGold();
    const patch = unifiedDiff(sample, gold, { oldName: 'v1', newName: 'v2' });
    expect(patch.startsWith('--- v1\n+++ v2\n@@ -')).toBe(true);
    const [parsed] = parsePatch(patch);
    expect(parsed.hunks.length).toBeGreaterThan(0);
    for (const hunk of parsed.hunks) {
      const oldCount = hunk.lines.filter((l) => l[0] === ' ' || l[0] === '-').length;
      const newCount = hunk.lines.filter((l) => l[0] === ' ' || l[0] === '+').length;
      expect([oldCount, newCount]).toEqual([hunk.oldLines, hunk.newLines]);
    }
    expect(applyPatch(sample, patch)).toBe(gold);
  });

  it('keeps three lines of context by default and merges hunks that touch', () => {
    const a = Array.from({ length: 20 }, (_, i) => `第${i}行`).join('\n') + '\n';
    const b = a.replace('第5行', '第五行').replace('第9行', '第九行').replace('第18行', '第十八行');
    const [parsed] = parsePatch(unifiedDiff(a, b));
    expect(parsed.hunks.map((h) => [h.oldStart, h.oldLines])).toEqual([
      [3, 11],
      [16, 5],
    ]);
  });

  it('has only the header for equal texts', () => {
    expect(unifiedDiff('同一段\n', '同一段\n')).toBe('--- a\n+++ b\n');
  });

  it('marks a missing newline at the end', () => {
    const patch = unifiedDiff('甲\n乙', '甲\n乙\n');
    expect(patch).toContain('-乙\n\\ No newline at end of file\n+乙\n');
    expect(applyPatch('甲\n乙', patch)).toBe('甲\n乙\n');
  });

  it('handles two long unrelated texts at once', () => {
    const a = randomHan(50_000, 7).replace(/(.{500})/g, '$1\n');
    const b = randomHan(50_000, 8).replace(/(.{500})/g, '$1\n');
    expect(applyPatch(a, unifiedDiff(a, b))).toBe(b);
  });

  it('property: applying the diff to a gives b', () => {
    const arbText = fc
      .array(fc.constantFrom('\n', '甲', '乙', ' ', '-', '+', '\\', '@@', 'x', '\ud800', '𠀀'), {
        maxLength: 30,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(arbText, arbText, fc.nat(4), (a, b, context) => {
        expect(applyPatch(a, unifiedDiff(a, b, { context }))).toBe(b);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: with CR anywhere, the diff applies exactly once line endings are not converted', () => {
    // jsdiff's applyPatch rewrites a patch's line endings to the source's style by default, which
    // is a guess, not the diff; texts that mix \r\n and \n are applied with it off.
    const arbText = fc
      .array(fc.constantFrom('\n', '\r', '\r\n', '甲', ' ', '-', 'x', '\udc00'), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(arbText, arbText, fc.nat(4), (a, b, context) => {
        const patch = unifiedDiff(a, b, { context });
        expect(applyPatch(a, patch, { autoConvertLineEndings: false })).toBe(b);
      }),
      { numRuns: 1000 },
    );
  });

  it('a CRLF text diffs and applies with the default options', () => {
    const a = '第一行\r\n第二行\r\n第三行\r\n';
    const b = '第一行\r\n第二行改\r\n第三行\r\n';
    expect(applyPatch(a, unifiedDiff(a, b))).toBe(b);
  });
});
