import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedSpans, type QuotedSpan } from '../../src/core/structure/quoted';

const PAIRS: Record<string, string> = {
  '\u201c': '\u201d',
  '\u2018': '\u2019',
  '《': '》',
  '〈': '〉',
  '「': '」',
  '『': '』',
};

/** The plain reading of the marks (the implementation before its fast path): every character tested. */
function referenceSpans(text: string, from = 0, to = text.length): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const open: { at: number; mark: string }[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n') open.length = 0;
    else if (ch in PAIRS) open.push({ at: i, mark: ch });
    else if (Object.values(PAIRS).includes(ch)) {
      const k = open.findLastIndex((o) => PAIRS[o.mark] === ch);
      if (k >= 0) {
        spans.push({ start: open[k]!.at + 1, end: i, mark: open[k]!.mark });
        open.length = k;
      }
    }
  }
  return spans;
}

/** Marks, their neighbours in Unicode (‚ „ 〇 【 ‛), Han, Latin and line breaks. */
const UNITS = [...'“”‘’《》〈〉「」『』‚„‛〇【】〔a 中国人\n'];
const texts = fc.string({ unit: fc.constantFrom(...UNITS), minLength: 8, maxLength: 60 });

describe('quoted spans', () => {
  it('are those of a character-by-character reading, on any text and range', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.max(from, Math.max(a, b) % (text.length + 1));
        expect(quotedSpans(text, from, to)).toEqual(referenceSpans(text, from, to));
      }),
      { numRuns: 500 },
    );
  });

  it('of one line are the whole text’s spans inside that line (a pair never crosses a line break)', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const all = quotedSpans(text);
        let start = 0;
        for (const line of text.split('\n')) {
          const end = start + line.length;
          expect(quotedSpans(text, start, end)).toEqual(
            all.filter((s) => s.start >= start && s.end <= end),
          );
          start = end + 1;
        }
      }),
    );
  });

  it('pair 《》 and “” in Han text and leave an unmatched mark alone', () => {
    expect(quotedSpans('读《人民日报》说“好”》')).toEqual([
      { start: 2, end: 6, mark: '《' },
      { start: 9, end: 10, mark: '“' },
    ]);
  });
});
