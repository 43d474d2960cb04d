import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText } from '../../src/core';
import { compareTexts, type Comparison } from '../../src/core/compare';
import {
  BROKEN_PARAGRAPHS,
  DUPLICATE_START,
  expectWellFormed,
  randomHan,
  readGold,
  readSample,
  seeded,
} from './helpers';

/** The sample's known structural edits, as a comparison must show them. */
function expectSampleEdits(cmp: Comparison): void {
  expectWellFormed(cmp);
  const removed = cmp.pairs.filter((p) => p.op === 'removed');
  expect(removed).toHaveLength(1);
  expect(cmp.oldDoc.blocks[removed[0].old!.index].text.startsWith(DUPLICATE_START)).toBe(true);
  expect(cmp.counts.paragraphsRemoved).toBe(1);
  expect(cmp.counts.paragraphsAdded).toBe(0);
  expect(cmp.counts.paragraphsMoved).toBe(0);

  const joins = cmp.pairs.filter((p) => p.op === 'changed' && p.old!.count === 2);
  expect(joins).toHaveLength(BROKEN_PARAGRAPHS.length);
  for (const [head, tail] of BROKEN_PARAGRAPHS) {
    const join = joins.find((p) =>
      cmp.newDoc.text.slice(p.new!.start, p.new!.end).includes(head + tail),
    );
    expect(join, `${head}|${tail}`).toBeDefined();
    expect(join!.new!.count).toBe(1);
    // The paragraph break is what was deleted between the halves.
    expect(join!.segments!.some((s) => s.op === 'delete' && /\n\s*\n/.test(s.text))).toBe(true);
    expect(join!.granularity).toBe('char');
  }
  // Commas, brackets and the stutter changed paragraphs besides the joins.
  expect(cmp.counts.paragraphsChanged).toBeGreaterThan(BROKEN_PARAGRAPHS.length);
  expect(cmp.counts.charsDeleted).toBeGreaterThan(cmp.counts.charsInserted);
  expect(cmp.coarse).toBe(false);
}

describe('compareTexts on the sample', () => {
  it('against the gold copy: the duplicate removed, the six broken paragraphs joined', () => {
    expectSampleEdits(compareTexts(readSample(), readGold()));
  });

  it('against cleanText of the sample: the same structural edits', () => {
    const sample = readSample();
    expectSampleEdits(compareTexts(sample, cleanText(sample).text));
  });

  it('finds the stutter as a deletion of two characters', () => {
    const cmp = compareTexts(readSample(), readGold());
    const stutter = cmp.pairs.find((p) =>
      cmp.oldDoc.text.slice(p.old?.start ?? 0, p.old?.end ?? 0).includes('依法依规依规'),
    );
    expect(stutter?.op).toBe('changed');
    const deleted = stutter!.segments!.filter((s) => s.op === 'delete').map((s) => s.text);
    expect(deleted.some((t) => ['依规', '规依'].includes(t))).toBe(true);
  });
});

describe('paragraph alignment', () => {
  const paras = [
    '第一段讲会议。',
    '第二段讲防控。',
    '第三段讲复工。',
    '第四段讲民生。',
    '第五段讲脱贫。',
  ];

  it('detects a moved paragraph', () => {
    const b = [paras[0], paras[2], paras[3], paras[4], paras[1]];
    const cmp = compareTexts(paras.join('\n\n'), b.join('\n\n'));
    expectWellFormed(cmp);
    const moved = cmp.pairs.filter((p) => p.op === 'moved');
    expect(moved).toHaveLength(1);
    expect(moved[0].old!.index).toBe(1);
    expect(moved[0].new!.index).toBe(4);
    expect(cmp.counts).toMatchObject({
      paragraphsMoved: 1,
      paragraphsAdded: 0,
      paragraphsRemoved: 0,
    });
    expect(cmp.counts.charsInserted + cmp.counts.charsDeleted).toBe(0);
  });

  it('without move detection, a move is a removal and an addition, in order on both sides', () => {
    const b = [paras[0], paras[2], paras[3], paras[4], paras[1]];
    const cmp = compareTexts(paras.join('\n\n'), b.join('\n\n'), { detectMoves: false });
    expectWellFormed(cmp);
    expect(cmp.pairs.map((p) => p.op)).toEqual([
      'equal',
      'removed',
      'equal',
      'equal',
      'equal',
      'added',
    ]);
    const olds = cmp.pairs.flatMap((p) => (p.old ? [p.old.index] : []));
    const news = cmp.pairs.flatMap((p) => (p.new ? [p.new.index] : []));
    expect(olds).toEqual([...olds].sort((x, y) => x - y));
    expect(news).toEqual([...news].sort((x, y) => x - y));
  });

  it('pairs an edited paragraph as changed and a new one as added', () => {
    const b = [paras[0], '第二段讲疫情防控。', '全新的一段。', ...paras.slice(2)];
    const cmp = compareTexts(paras.join('\n\n'), b.join('\n\n'));
    expectWellFormed(cmp);
    expect(cmp.pairs.map((p) => p.op)).toEqual([
      'equal',
      'changed',
      'added',
      'equal',
      'equal',
      'equal',
    ]);
  });

  it('shows a split paragraph as one changed pair with two new blocks', () => {
    const a = '甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未申酉戌亥。';
    const cmp = compareTexts(a, '甲乙丙丁戊己庚辛壬癸，\n\n子丑寅卯辰巳午未申酉戌亥。');
    expectWellFormed(cmp);
    expect(cmp.pairs).toHaveLength(1);
    expect(cmp.pairs[0]).toMatchObject({ op: 'changed', old: { count: 1 }, new: { count: 2 } });
    expect(cmp.pairs[0].segments).toContainEqual({ op: 'insert', text: '\n\n' });
  });
});

describe('inside a changed paragraph', () => {
  it('compares Chinese character by character', () => {
    const cmp = compareTexts('今天天气很好，适合出门。', '今天天气不好，适合在家。');
    expect(cmp.pairs[0]).toMatchObject({ op: 'changed', granularity: 'char' });
    expect(cmp.pairs[0].segments).toEqual([
      { op: 'equal', text: '今天天气' },
      { op: 'delete', text: '很' },
      { op: 'insert', text: '不' },
      { op: 'equal', text: '好，适合' },
      { op: 'delete', text: '出门' },
      { op: 'insert', text: '在家' },
      { op: 'equal', text: '。' },
    ]);
  });

  it('compares English word by word', () => {
    const cmp = compareTexts(
      'The quick brown fox jumps over the lazy dog.',
      'The quick red fox jumped over the lazy dog.',
    );
    expect(cmp.pairs[0]).toMatchObject({ op: 'changed', granularity: 'word' });
    expect(cmp.pairs[0].segments).toEqual([
      { op: 'equal', text: 'The quick ' },
      { op: 'delete', text: 'brown' },
      { op: 'insert', text: 'red' },
      { op: 'equal', text: ' fox ' },
      { op: 'delete', text: 'jumps' },
      { op: 'insert', text: 'jumped' },
      { op: 'equal', text: ' over the lazy dog.' },
    ]);
  });

  it('never splits a surrogate pair', () => {
    const cmp = compareTexts('字𠀀甲', '字𠀁甲');
    expect(cmp.pairs[0].segments).toEqual([
      { op: 'equal', text: '字' },
      { op: 'delete', text: '𠀀' },
      { op: 'insert', text: '𠀁' },
      { op: 'equal', text: '甲' },
    ]);
  });
});

describe('bounds: pathological pairs come back coarse', () => {
  const head = '标题\n\n';
  const tail = '\n\n结尾一段。';

  it('two long unrelated 50,000-character paragraphs: removed and added', () => {
    const a = randomHan(50_000, 1);
    const b = randomHan(50_000, 2);
    const cmp = compareTexts(head + a + tail, head + b + tail);
    expectWellFormed(cmp);
    expect(cmp.pairs.map((p) => p.op)).toEqual(['equal', 'removed', 'added', 'equal']);
    expect(cmp.counts).toMatchObject({ charsDeleted: 50_000, charsInserted: 50_000 });
  });

  it('a 50,000-character paragraph with 5% of it changed: changed, coarse, still exact', () => {
    const a = randomHan(50_000, 3);
    const chars = Array.from(a);
    const random = seeded(4);
    for (let k = 0; k < 2500; k++) chars[Math.floor(random() * chars.length)] = '〇';
    const cmp = compareTexts(head + a + tail, head + chars.join('') + tail);
    expectWellFormed(cmp);
    expect(cmp.pairs[1]).toMatchObject({ op: 'changed', coarse: true });
    expect(cmp.coarse).toBe(true);
  });

  it('with sentences, the coarse diff is refined sentence by sentence', () => {
    const withStops = (s: string): string => s.replace(/(.{40})/g, '$1。');
    const a = randomHan(50_000, 5);
    const chars = Array.from(a);
    const random = seeded(6);
    for (let k = 0; k < 2500; k++) chars[Math.floor(random() * chars.length)] = '〇';
    const cmp = compareTexts(head + withStops(a) + tail, head + withStops(chars.join('')) + tail);
    expectWellFormed(cmp);
    expect(cmp.pairs[1]).toMatchObject({ op: 'changed', coarse: true });
    // Far below replacing the whole paragraph (51,250 characters each way).
    expect(cmp.counts.charsDeleted).toBeLessThanOrEqual(2500);
  });

  it('an exhausted budget still gives an exact, coarse answer', () => {
    const cmp = compareTexts('今天天气很好。', '今天天气不好。', { budget: 0 });
    expectWellFormed(cmp);
    expect(cmp.pairs[0]).toMatchObject({ op: 'changed', coarse: true });
  });
});

describe('damaged text', () => {
  it('treats CRLF and a stray CR as line breaks', () => {
    expect(
      compareTexts('甲\r\n\r\n乙\r丙', '甲\n\n乙\n丙').pairs.every((p) => p.op === 'equal'),
    ).toBe(true);
    const cmp = compareTexts('第一段\r\r第二段', '第一段\n\n第二段改');
    expectWellFormed(cmp);
    expect(cmp.pairs.map((p) => p.op)).toEqual(['equal', 'changed']);
  });

  it('survives lone surrogates on either side', () => {
    const cases: [string, string][] = [
      ['前\ud800后', '前\udc00后'],
      ['\ud83d', '\ud83d\ude00'],
      ['abc\udfff def', 'abc def\ud800'],
      ['段一\n\n\ud800', '段一\n\n'],
    ];
    for (const [a, b] of cases) {
      const cmp = compareTexts(a, b);
      expectWellFormed(cmp);
      expect(cmp.counts.charsInserted + cmp.counts.charsDeleted).toBeGreaterThan(0);
    }
  });
});

/** Text built from pieces that stress paragraphs, scripts, CR and surrogates. */
const arbText = fc
  .array(
    fc.constantFrom(
      '\n',
      '\n\n',
      '\r',
      ' ',
      '甲',
      '乙',
      '，',
      '。',
      'word',
      'Word',
      '𠀀',
      '\ud800',
      '\udc00',
      'a',
      '1',
      '段落内容较长的一句话。',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('properties', () => {
  it('a text compared with itself has no changes', () => {
    fc.assert(
      fc.property(arbText, (a) => {
        const cmp = compareTexts(a, a);
        expect(cmp.pairs.every((p) => p.op === 'equal')).toBe(true);
        expect(cmp.counts).toEqual({
          paragraphsAdded: 0,
          paragraphsRemoved: 0,
          paragraphsChanged: 0,
          paragraphsMoved: 0,
          charsInserted: 0,
          charsDeleted: 0,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('any two texts give a well-formed comparison', () => {
    fc.assert(
      fc.property(arbText, arbText, (a, b) => {
        expectWellFormed(compareTexts(a, b));
      }),
      { numRuns: 300 },
    );
  });
});
