import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCjkChar, isCjkPunctuation } from '../../src/core/document/script';
import {
  countProseMarks,
  hasSpacedCjkPhrases,
  hasUnclosedPair,
} from '../../src/core/structure/marks';

/** The three scans as first written, character by character through one-character strings. */
const reference = {
  proseMarks(text: string): number {
    let count = 0;
    let inTitle = 0;
    const last = text.length - 1;
    for (let i = 0; i <= last; i++) {
      const ch = text[i];
      if (ch === '《') inTitle++;
      else if (ch === '》') inTitle = Math.max(0, inTitle - 1);
      else if (inTitle > 0) continue;
      else if (ch === '，' || ch === '；' || ch === ';') count++;
      else if (ch === ',') {
        const next = i < last ? text.charCodeAt(i + 1) : 0;
        if (!(next >= 0x30 && next <= 0x39)) count++;
      } else if (ch === '。' || ch === '！' || ch === '？') {
        if (i < last) count++;
      } else if ((ch === '.' || ch === '!' || ch === '?') && i < last && text[i + 1] === ' ') {
        count++;
      }
    }
    return count;
  },
  spaced(text: string): boolean {
    const space = (ch: string) => ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0';
    for (let i = 1; i < text.length - 1; i++) {
      if (!space(text[i])) continue;
      let j = i;
      while (j < text.length && space(text[j])) j++;
      if (j >= text.length) return false;
      const before = text.codePointAt(i - 1) ?? 0;
      const after = text.codePointAt(j) ?? 0;
      if ((isCjkChar(before) || isCjkPunctuation(before)) && isCjkChar(after)) return true;
      i = j;
    }
    return false;
  },
  unclosed(text: string): boolean {
    const open = [0xff08, 0x28, 0x201c, 0x300a, 0x3010, 0x300c, 0x300e, 0x3014];
    const close = [0xff09, 0x29, 0x201d, 0x300b, 0x3011, 0x300d, 0x300f, 0x3015];
    const depth = open.map(() => 0);
    for (let i = 0; i < text.length; i++) {
      const o = open.indexOf(text.charCodeAt(i));
      if (o >= 0) depth[o]++;
      else {
        const c = close.indexOf(text.charCodeAt(i));
        if (c >= 0 && depth[c] > 0) depth[c]--;
      }
    }
    return depth.some((d) => d > 0);
  },
};

/** Han, every mark the scans look at, their Unicode neighbours, spaces, digits, Latin. */
const UNITS = [...'中文《》，；;,。！？.!? \t\u3000\u00a01aA（）()“”【】「」『』〔〕〈〉‘’'];
const texts = fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((u) => u.join(''));

describe('block shape scans by char code', () => {
  it('count prose marks, find spaced phrases and open pairs as the first scans did', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(countProseMarks(text)).toBe(reference.proseMarks(text));
        expect(hasSpacedCjkPhrases(text)).toBe(reference.spaced(text));
        expect(hasUnclosedPair(text)).toBe(reference.unclosed(text));
      }),
      { numRuns: 1000 },
    );
  });
});
