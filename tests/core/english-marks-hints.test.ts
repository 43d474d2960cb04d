/**
 * The walk of `english-marks.ts` over a block's runs finds what its regular expressions found:
 * whether a block may hold a marked form, and where the next run worth reading is hinted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHoldForm, nextHint } from '../../src/core/detectors/misreading/english-marks';

const MAY_HOLD_FORM = /[A-Za-z][0-9#]|[0-9#][A-Za-z]|(?<![\w#@./-])[1l] [a-z]/;
const RUN_HINT = /[A-Za-z][0-9#]|[0-9#][A-Za-z]|(?<![A-Za-z0-9#])[1l](?![A-Za-z0-9#])/g;

const texts = fc.string({ unit: fc.constantFrom(...'al1L#90 .-_@/xA\n£é'), maxLength: 60 });

describe('the marked forms’ walk', () => {
  it('says a block may hold a form exactly where the expression matches', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(mayHoldForm(text)).toBe(MAY_HOLD_FORM.test(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it('finds each next hint where the expression does, from any place', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, start) => {
        const from = text.length === 0 ? 0 : start % (text.length + 1);
        RUN_HINT.lastIndex = from;
        expect(nextHint(text, from)).toBe(RUN_HINT.exec(text)?.index ?? -1);
      }),
      { numRuns: 2_000 },
    );
  });
});
