import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareSpans,
  FINDING_KINDS,
  withIds,
  type FindingDraft,
  type FindingKind,
} from '../../src/core/finding';

/**
 * The ids as first written: cyrb53 over the kind, 12 code units of context on each side, the
 * covered text and the replacement, with separators no code unit can equal, in base 36 by
 * `Number#toString`; a repeat of the same hash in document order gets `-2`, `-3`…
 */
function referenceIds(text: string, drafts: readonly FindingDraft[]): string[] {
  const seen = new Map<number, number>();
  return [...drafts].sort(compareSpans).map((d) => {
    const units = (s: string, from: number, to: number): number[] =>
      Array.from(s.slice(Math.max(0, from), Math.max(0, to)), (_, i) =>
        s.charCodeAt(Math.max(0, from) + i),
      );
    const parts = [
      ...units(d.kind, 0, d.kind.length),
      0x10000,
      ...units(text, d.start - 12, d.start),
      0x10001,
      ...units(text, d.start, d.end),
      0x10002,
      ...units(text, d.end, d.end + 12),
      0x10003,
      ...units(d.replacement, 0, d.replacement.length),
    ];
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (const ch of parts) {
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    const base = `${d.kind}:${hash.toString(36)}`;
    return count === 1 ? base : `${base}-${count}`;
  });
}

const MESSAGE = { 'zh-CN': '', en: '' };

/** Texts with many repeats (so identical defects in identical context occur) and drafts on them. */
const cases = fc
  .string({ unit: fc.constantFrom(...'好,，。 中a\n'), maxLength: 80 })
  .chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc.record({
          kind: fc.constantFrom<FindingKind>(...FINDING_KINDS),
          a: fc.nat(text.length),
          b: fc.nat(text.length),
          replacement: fc.constantFrom('', '，', 'the', '中国'),
        }),
        { maxLength: 60 },
      ),
    ),
  )
  .map(([text, raw]) => {
    const drafts: FindingDraft[] = raw.map(({ kind, a, b, replacement }) => ({
      kind,
      start: Math.min(a, b),
      end: Math.max(a, b),
      replacement,
      confidence: 'suggest',
      message: MESSAGE,
    }));
    // Every draft twice in some cases: the same defect in the same context.
    return { text, drafts: raw.length % 2 === 0 ? [...drafts, ...drafts] : drafts };
  });

describe('finding ids', () => {
  it('are the same as the first implementation’s, occurrence suffixes included', () => {
    fc.assert(
      fc.property(cases, ({ text, drafts }) => {
        expect(withIds(text, drafts).map((f) => f.id)).toEqual(referenceIds(text, drafts));
      }),
      { numRuns: 300 },
    );
  });

  it('of a dense text are unique, and the same for the same text', () => {
    const text = '好,'.repeat(2000);
    const drafts: FindingDraft[] = Array.from({ length: 2000 }, (_, i) => ({
      kind: 'punctuation-width',
      start: 2 * i + 1,
      end: 2 * i + 2,
      replacement: '，',
      confidence: 'safe',
      message: MESSAGE,
    }));
    const ids = withIds(text, drafts).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(referenceIds(text, drafts));
    expect(ids[1000]).toMatch(/^punctuation-width:[0-9a-z]+-\d+$/);
  });
});
