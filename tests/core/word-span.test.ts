import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCjkChar } from '../../src/core/document/script';
import { splitsPhrase } from '../../src/core/detectors/punctuation/headline';
import { firstSegment, lastSegment, wordSpansCut } from '../../src/core/structure/word-span';

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** The first implementation: walk every segment (the string iterator, code point by code point). */
const reference = {
  last(text: string): string {
    let last = '';
    for (const s of words.segment(text)) last = s.segment;
    return last;
  },
  first(text: string): string {
    for (const s of words.segment(text)) return s.segment;
    return '';
  },
  spans(before: string, after: string): boolean {
    if (before.length === 0 || after.length === 0) return false;
    let from = Math.max(0, before.length - 6);
    if (from > 0 && before.charCodeAt(from) >= 0xdc00 && before.charCodeAt(from) <= 0xdfff) from++;
    const left = before.slice(from);
    let to = Math.min(after.length, 6);
    if (
      to < after.length &&
      after.charCodeAt(to - 1) >= 0xd800 &&
      after.charCodeAt(to - 1) <= 0xdbff
    )
      to--;
    const right = after.slice(0, to);
    const lastChar = [...left].pop() ?? '';
    if (!isCjkChar(lastChar.codePointAt(0) ?? 0) || !isCjkChar(right.codePointAt(0) ?? 0))
      return false;
    let crossing = false;
    for (const s of words.segment(left + right)) {
      if (s.index >= left.length) break;
      if (s.isWordLike === true && s.index + s.segment.length > left.length) crossing = true;
    }
    return crossing && (reference.last(left).length === 1 || reference.first(right).length === 1);
  },
};

/** Characters that make words with each other (资助政策, 全部, 调研, 研习, 习近平), marks, Latin. */
const UNITS = [...'资助政策全部调研习近平的是在和发展经济，。a 1', '𠀀'];
const texts = fc.array(fc.constantFrom(...UNITS), { maxLength: 10 }).map((u) => u.join(''));

describe('word spans at a cut', () => {
  it('are read as by walking every segment', () => {
    fc.assert(
      fc.property(texts, texts, (before, after) => {
        expect(wordSpansCut(before, after)).toBe(reference.spans(before, after));
        expect(lastSegment(before)).toBe(reference.last(before));
        expect(firstSegment(after)).toBe(reference.first(after));
      }),
      { numRuns: 400 },
    );
  });

  it('find a word cut by a column break, and only between Chinese characters', () => {
    expect(wordSpansCut('资助政', '策全部')).toBe(true);
    expect(wordSpansCut('资助政', 'a策全部')).toBe(false);
  });
});

/** `splitsPhrase` as first written: every segment walked. */
function referenceSplits(text: string, spaceStart: number, spaceEnd: number): boolean {
  const edge = (from: number, dir: -1 | 1): number => {
    let i = from;
    for (let k = 0; k < 6; k++) {
      const at = dir < 0 ? i - 1 : i;
      if (at < 0 || at >= text.length || /[\n \t\u3000\u00a0]/u.test(text[at])) break;
      i += dir;
    }
    return i;
  };
  const left = text.slice(edge(spaceStart, -1), spaceStart);
  const right = text.slice(spaceEnd, edge(spaceEnd, 1));
  if (left.length === 0 || right.length === 0) return false;
  const start = new Set([...'和与及或的了着们是']);
  const end = new Set([...'的和与及或把被将']);
  if (start.has(right[0]) && start.has(reference.first(right))) return true;
  if (end.has(left[left.length - 1]) && end.has(reference.last(left))) return true;
  for (const word of words.segment(left + right)) {
    if (
      word.isWordLike &&
      word.index < left.length &&
      word.index + word.segment.length > left.length
    )
      return true;
    if (word.index >= left.length) break;
  }
  return false;
}

describe('a headline space splitting a phrase', () => {
  it('is judged as by walking every segment', () => {
    fc.assert(
      fc.property(texts, texts, (left, right) => {
        const text = `${left} ${right}`;
        expect(splitsPhrase(text, left.length, left.length + 1)).toBe(
          referenceSplits(text, left.length, left.length + 1),
        );
      }),
      { numRuns: 400 },
    );
  });
});
