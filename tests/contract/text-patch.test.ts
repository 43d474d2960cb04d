/**
 * The autosave's text patch: made from two texts, it turns the first into the second, never
 * splits a surrogate pair, and refuses to apply to a text it was not made from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, patchBetween } from '../../src/shared/text-patch';

/** Well-formed text from a small alphabet (so texts share long runs), astral characters included. */
const text = fc
  .array(fc.constantFrom('a', 'b', '字', '。', '\n', '𠀀', '😀'), { maxLength: 40 })
  .map((parts) => parts.join(''));
const wellFormed = (s: string) =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('text patch', () => {
  it('turns the earlier text into the later one, spanning only what changed', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const patch = patchBetween(before, after);
        expect(applyPatch(before, patch)).toBe(after);
        expect(wellFormed(patch.insert)).toBe(true);
        expect(patch.to - patch.from).toBeLessThanOrEqual(before.length);
      }),
    );
  });

  it('sends a keystroke as itself', () => {
    const before = '确保教育资助政策全部落实到位';
    const patch = patchBetween(before, '确保教育资助政策，全部落实到位');
    expect(patch).toEqual({ from: 8, to: 8, insert: '，', length: 15 });
  });

  it('keeps a surrogate pair whole when only its second half differs', () => {
    const patch = patchBetween('a😀b', 'a😁b');
    expect(patch).toMatchObject({ from: 1, to: 3, insert: '😁' });
  });

  it('refuses a patch made from another text', () => {
    const patch = patchBetween('abcdef', 'abXdef');
    expect(applyPatch('abcdefgh', patch)).toBeNull();
    expect(applyPatch('ab', patch)).toBeNull();
  });
});
