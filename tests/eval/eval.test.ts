/**
 * A small seeded run of the quality evaluation, asserting the targets of issue 2 for whatever
 * detectors are registered: no look-alike changed, safe precision ≥ 0.98 for every kind with
 * safe findings, the error reduction once every automatic kind is registered, and no real OCR
 * made worse. `npm run eval` runs the full version.
 */
import { describe, expect, it } from 'vitest';
import { cleanText, DETECTORS, type FindingKind } from '../../src/core/index';
import { ICDAR_DIR } from './corpus';
import { runEval, TARGETS } from './evaluate';
import { loadIcdarPairs } from './icdar';
import { editDistance } from './levenshtein';
import { ENGINE } from './engine';

/** The kinds whose defects an automatic clean fixes; the error reduction needs all of them. */
const AUTOMATIC_KINDS: readonly FindingKind[] = [
  'broken-paragraph',
  'duplicate-paragraph',
  'hyphenation',
  'repeated-phrase',
  'stray-space',
  'punctuation-width',
];

describe('quality evaluation (small seeded run)', () => {
  const report = runEval({ seed: 20200305, zh: 12, en: 6, icdar: 'none', examples: 20 });
  const registered = new Set(DETECTORS.map((d) => d.kind));

  it('changes no look-alike', () => {
    expect(report.examples.changedLookAlikes).toEqual([]);
    expect(report.lookAlikes.changed).toBe(0);
  });

  it('keeps safe precision at or above the target for every registered kind', () => {
    for (const row of report.kinds.filter((k) => k.registered && k.safeFindings > 0)) {
      const wrong = report.examples.falsePositives.filter(
        (e) => e.kind === row.kind && e.detail.startsWith('safe'),
      );
      expect({
        kind: row.kind,
        met: (row.safePrecision ?? 0) >= TARGETS.safePrecision,
        wrong,
      }).toEqual({ kind: row.kind, met: true, wrong: expect.any(Array) });
    }
  });

  it.runIf(AUTOMATIC_KINDS.every((k) => registered.has(k)))(
    'reduces the character error rate by at least the target',
    () => {
      const all = report.quality.find((q) => q.lang === 'all');
      expect(all?.errorReduction).toBeGreaterThanOrEqual(TARGETS.errorReduction);
    },
  );

  it('does not make real OCR (ICDAR 2017) worse', () => {
    for (const pair of loadIcdarPairs(ICDAR_DIR)) {
      const cleaned = cleanText(pair.input, ENGINE);
      if (cleaned.text === pair.input) continue;
      const before = editDistance(pair.input, pair.gold);
      const after = editDistance(cleaned.text, pair.gold);
      // On failure the diff lists what the clean applied, for the detector's owner.
      const applied = cleaned.applied.map((f) => `${f.kind}: ${f.message.en}`);
      expect({ file: pair.name, worse: after > before, applied }).toEqual({
        file: pair.name,
        worse: false,
        applied,
      });
    }
  });
});
