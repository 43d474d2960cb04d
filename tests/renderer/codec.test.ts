import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/core/analyse';
import { FINDING_KINDS, type Finding } from '../../src/core/finding';
import sample from '../../../shared/samples/hengyang-daily-2020-03-05.txt?raw';
import {
  decodeFindings,
  encodeFindings,
  encodeWireFindings,
  type WireFindings,
} from '../../src/shared/findings-codec';

const findingArb: fc.Arbitrary<Finding> = fc
  .record({
    id: fc.string({ minLength: 1 }),
    kind: fc.constantFrom(...FINDING_KINDS),
    start: fc.nat(1_000_000),
    length: fc.nat(100),
    replacement: fc.string(),
    confidence: fc.constantFrom('safe' as const, 'suggest' as const),
    zh: fc.string(),
    en: fc.string(),
    related: fc.option(fc.record({ start: fc.nat(1000), end: fc.nat(1000) }), { nil: undefined }),
    source: fc.option(fc.record({ issueId: fc.string(), date: fc.string(), paragraph: fc.nat() }), {
      nil: undefined,
    }),
  })
  .map(({ length, zh, en, related, source, ...f }) => ({
    ...f,
    end: f.start + length,
    message: { 'zh-CN': zh, en },
    ...(related && { related }),
    ...(source && { source }),
  }));

describe('the worker codec', () => {
  it('gives back exactly the findings it was given', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 30 }), (findings) => {
        expect(decodeFindings(encodeFindings(findings))).toEqual(findings);
      }),
    );
  });

  it('gives them back through JSON from the plain-array form (issue.open)', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 30 }), (findings) => {
        const wire = JSON.parse(JSON.stringify(encodeWireFindings(findings))) as WireFindings;
        expect(decodeFindings(wire)).toEqual(findings);
      }),
    );
    const { findings } = analyseText(sample);
    const json = JSON.stringify(encodeWireFindings(findings));
    expect(decodeFindings(JSON.parse(json) as WireFindings)).toEqual(findings);
    // Ids are kept without their kind, offsets as small differences.
    expect(json).not.toContain('"punctuation-width:');
    expect(json.length).toBeLessThan(JSON.stringify(findings).length / 3);
  });

  it('round-trips the sample issue and stores each message once', () => {
    const { findings } = analyseText(sample);
    const encoded = encodeFindings(findings);
    expect(decodeFindings(encoded)).toEqual(findings);
    expect(encoded.strings.length).toBeLessThan(findings.length * 2);
  });
});
