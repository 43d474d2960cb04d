import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachChineseMark, judgeMarks } from '../../src/core/detectors/punctuation/marks';

/** Chinese, Latin, digits, both widths of the marks, brackets, a URL's pieces, line breaks. */
const UNITS = [...'中文好,，:：;；?？!！()（）ab1 \n', 'http://', 'www.', '&nbsp;', '”'];
const texts = fc.array(fc.constantFrom(...UNITS), { maxLength: 50 }).map((units) => units.join(''));
const scripts = fc.constantFrom('cjk' as const, 'latin' as const);

describe('judging half-width marks', () => {
  it('gives the same verdicts whatever was judged before (the arrays are reused)', () => {
    fc.assert(
      fc.property(texts, texts, scripts, (a, b, script) => {
        const alone = judgeMarks(a, script);
        judgeMarks(b + b, script);
        expect(judgeMarks(a, script)).toEqual(alone);
      }),
    );
  });

  it('judges a block longer than the shared arrays the same way, before and after short ones', () => {
    const long = '中文,'.repeat(30_000); // 90,000 code units
    const verdicts = judgeMarks(long, 'cjk');
    expect(verdicts).toHaveLength(30_000);
    expect(verdicts.every((v) => v.confidence === 'safe' && long[v.offset] === ',')).toBe(true);
    const short = judgeMarks('中,文', 'cjk');
    expect(judgeMarks(long, 'cjk')).toEqual(verdicts);
    expect(judgeMarks('中,文', 'cjk')).toEqual(short);
  });

  it('reports marks in offset order, each once', () => {
    fc.assert(
      fc.property(texts, scripts, (text, script) => {
        const offsets = judgeMarks(text, script).map((v) => v.offset);
        for (let k = 1; k < offsets.length; k++) expect(offsets[k]).toBeGreaterThan(offsets[k - 1]);
      }),
    );
  });

  it('calls back with judgeMarks’ verdicts, even when the callback judges other text', () => {
    fc.assert(
      fc.property(texts, scripts, (text, script) => {
        const verdicts = judgeMarks(text, script);
        const seen: [number, string, string][] = [];
        forEachChineseMark(text, script, (offset, confidence, reason) => {
          judgeMarks('中,文(好)' + text, script); // a judgement inside the callback
          seen.push([offset, confidence, reason]);
        });
        expect(seen).toEqual(verdicts.map((v) => [v.offset, v.confidence, v.reason]));
        expect(judgeMarks(text, script)).toEqual(verdicts);
      }),
    );
  });

  it('widens the marks of Chinese text and keeps numbers and URLs', () => {
    const text = '他说(大意),时间10:30,见http://a.cn/x?a=1,2';
    expect(judgeMarks(text, 'cjk').map((v) => [text.slice(0, v.offset), v.replacement])).toEqual([
      ['他说', '（'],
      ['他说(大意', '）'],
      ['他说(大意)', '，'],
      ['他说(大意),时间10:30', '，'],
    ]);
  });
});
