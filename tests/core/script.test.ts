import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCjkChar, isLatinLetter, scriptOf } from '../../src/core/document/script';

/** The dominant script as first written: code point by code point through the string iterator. */
function referenceScript(text: string): string {
  let cjk = 0;
  let latin = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isCjkChar(code)) cjk++;
    else if (isLatinLetter(code)) latin++;
  }
  if (cjk === 0 && latin === 0) return 'none';
  return cjk >= latin / 3 ? 'cjk' : 'latin';
}

/** Han, Latin, an astral Han character (U+20000), an emoji, lone halves of surrogate pairs. */
const UNITS = ['中', '文', 'a', 'B', 'é', ' ', '1', '𠀀', '😀', '\ud840', '\udc00', '\udbff'];

describe('scriptOf', () => {
  it('reads code points as the string iterator does, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(scriptOf(text)).toBe(referenceScript(text));
      }),
      { numRuns: 500 },
    );
  });

  it('counts an astral Han character once, as CJK', () => {
    expect(scriptOf('𠀀abc')).toBe('cjk');
    expect(scriptOf('𠀀abcd')).toBe('latin');
    expect(scriptOf('1 2')).toBe('none');
  });
});
