/**
 * Huge, finding-dense input (slow: tens of seconds): nothing in the engine may recurse or spread
 * an array whose size grows with the input. `applied.push(...result.applied)` used to overflow
 * the call stack once a clean made more than about 120,000 fixes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildCorrectionReport,
  cleanText,
  compareTexts,
  trackedParagraphs,
  unifiedDiff,
} from '../../src/core';

/** Small drafts, each holding at least one safe defect, that a huge draft repeats. */
const ATOMS = [
  '好,',
  '记者 从市里获悉,\n\n今年粮食丰收。',
  '国务院 总理说:',
  '会议 指出;要加强(管理)。',
  'The commit-\ntee met.',
  '新华社北京电 ',
];

describe('huge drafts', () => {
  it('cleans a draft that needs 130,000 fixes', () => {
    const cleaned = cleanText('好,'.repeat(130_000));
    expect(cleaned.applied).toHaveLength(130_000);
    expect(cleaned.text).toBe('好，'.repeat(130_000));
  }, 300_000);

  it('cleans, compares and reports any huge repetition of defects, idempotently', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('', '\n', '\n\n'),
        (atoms, joint) => {
          const unit = atoms.join(joint);
          const draft = (unit + joint).repeat(Math.ceil(250_000 / unit.length));
          const cleaned = cleanText(draft);
          expect(cleaned.applied.length).toBeGreaterThan(20_000);
          expect(cleanText(cleaned.text).applied).toHaveLength(0);
          expect(cleaned.changes.apply(draft)).toBe(cleaned.text);
          const cmp = compareTexts(draft, cleaned.text);
          expect(cmp.pairs.length).toBeGreaterThan(0);
          expect(unifiedDiff(draft, cleaned.text).length).toBeGreaterThan(0);
          expect(trackedParagraphs(draft, cleaned.text).length).toBeGreaterThan(0);
          expect(buildCorrectionReport(draft, cleaned.text).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2, seed: 12 },
    );
  }, 600_000);
});
