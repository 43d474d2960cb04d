import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base36 } from '../../src/core/finding';
import {
  characterTables,
  MIN_LINK_COUNT,
  MIN_PAIR_COUNT,
} from '../../src/core/detectors/misreading/chinese-tables';
import { placeEvidence, REPEAT_REACH } from '../../src/core/detectors/misreading/repeats';
import { readingCost } from '../../src/core/lexicon/chinese';
import { loadChineseLexicon } from '../../src/main/lexicon/chinese';

const lexicon = loadChineseLexicon();
const tables = characterTables(lexicon);
const codesOf = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

describe('the misreading scan’s character tables', () => {
  it('count words as the lexicon does', () => {
    const [a, b, c] = codesOf('人民币');
    expect(tables.pair(a, b)).toBe(lexicon.frequency('人民'));
    expect(tables.triple(a, b, c)).toBe(lexicon.frequency('人民币'));
    expect(tables.alone(a)).toBe(lexicon.frequency('人'));
    expect(tables.pair(c, a)).toBe(lexicon.frequency('币人'));
    expect(tables.frequentPair(a, b)).toBe(true);
    expect(tables.frequentPair(c, a)).toBe(false);
    expect(tables.linkedPair(a, b)).toBe(lexicon.frequency('人民') >= MIN_LINK_COUNT);
    expect(tables.linkedPair(c, a)).toBe(false);
  });

  it('list the partners of a character that make frequent words with it, and no other', () => {
    const listed = (code: number, side: 'before' | 'after') => {
      const partners = new Set<number>();
      tables.forEachPartner(code, side, (partner) => partners.add(partner));
      return partners;
    };
    const [ren, min] = codesOf('人民');
    expect(listed(min, 'before').has(ren)).toBe(true);
    expect(listed(ren, 'after').has(min)).toBe(true);
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 });
    fc.assert(
      fc.property(han, han, (a, b) => {
        expect(listed(b, 'before').has(a)).toBe(tables.frequentPair(a, b));
        expect(listed(a, 'after').has(b)).toBe(tables.frequentPair(a, b));
      }),
      { numRuns: 2000 },
    );
    for (const code of codesOf('的人民大学问题')) {
      for (const p of listed(code, 'before')) expect(tables.frequentPair(p, code)).toBe(true);
      for (const n of listed(code, 'after')) expect(tables.frequentPair(code, n)).toBe(true);
    }
  });

  it('complete a frequent three-character word at each of its places, and list its neighbours', () => {
    const [yue, lai] = codesOf('越来');
    const listed = (found: Uint16Array | null) => String.fromCharCode(...(found ?? []));
    expect(listed(tables.completions(3, 2, yue, lai))).toContain('越');
    expect(listed(tables.completions(3, 0, lai, yue))).toContain('越');
    expect(listed(tables.completions(3, 1, yue, yue))).toContain('来');
    // Every listed completion makes a word used `MIN_PAIR_COUNT` times, and its neighbours are
    // partners of the listed character.
    const [she, ji] = codesOf('设计');
    for (const x of tables.completions(3, 2, she, ji) ?? []) {
      expect(tables.triple(she, ji, x)).toBeGreaterThanOrEqual(MIN_PAIR_COUNT);
      const before = new Set<number>();
      tables.forEachPartner(x, 'before', (p) => before.add(p), true);
      expect(before.has(ji)).toBe(true);
    }
    const [qiong, zhuo] = codesOf('穷啄');
    expect(tables.completions(3, 2, qiong, zhuo)).toBeNull();
  });

  it('filter common pairs without losing one', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 });
    fc.assert(
      fc.property(han, han, (a, b) => {
        expect(tables.linkedPair(a, b)).toBe(tables.pair(a, b) >= MIN_LINK_COUNT);
      }),
      { numRuns: 5000 },
    );
    for (const word of ['中国', '人民', '我们', '经济', '发展']) {
      const [a, b] = codesOf(word);
      expect(tables.linkedPair(a, b), word).toBe(true);
    }
  });

  it('hold exactly the two-character words of common use and the frequent ones', () => {
    let checked = 0;
    lexicon.forEachWord((word, count) => {
      if (word.length !== 2 || !/^[\u4e00-\u9fa5]{2}$/u.test(word)) return;
      const [a, b] = codesOf(word);
      expect(tables.linkedPair(a, b), word).toBe(count >= MIN_LINK_COUNT);
      expect(tables.frequentPair(a, b), word).toBe(count >= MIN_PAIR_COUNT);
      checked++;
    });
    expect(checked).toBeGreaterThan(100_000);
  });

  it('tell characters that stand alone from those bound inside words', () => {
    const [de, shang, yi] = codesOf('的伤蜴');
    expect(tables.bound(de)).toBeLessThan(1);
    expect(tables.bound(shang)).toBeGreaterThan(tables.bound(de) + 1);
    expect(tables.bound(yi)).toBeGreaterThan(tables.bound(shang));
    expect(tables.bound('a'.charCodeAt(0))).toBe(0);
  });

  it('read a window as readingCost does, with one character replaced', () => {
    const han = '人民入才未末来己已经大太事进入干千部土士地的是在了和中国会议';
    const window = fc.array(fc.constantFrom(...han), { minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(window, fc.nat(8), fc.constantFrom(...han), (chars, at, meant) => {
        const text = chars.join('');
        const place = at % chars.length;
        const variant = text.slice(0, place) + meant + text.slice(place + 1);
        const codes = codesOf(text);
        expect(tables.readingCost(codes, codes.length, -1, 0)).toBeCloseTo(
          readingCost(lexicon, text),
          9,
        );
        expect(tables.readingCost(codes, codes.length, place, meant.charCodeAt(0))).toBeCloseTo(
          readingCost(lexicon, variant),
          9,
        );
      }),
    );
  });
});

describe('the gain bound', () => {
  it('is never below what a replacement gains in the full reading', () => {
    const han = '人民入才未末来己已经大太事进入干千部土士地的是在了和中国会议模拟扒题蜴';
    const window = fc.array(fc.constantFrom(...han), { minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(window, fc.nat(8), fc.constantFrom(...han), (chars, at, meant) => {
        const codes = codesOf(chars.join(''));
        const place = at % codes.length;
        const m = meant.charCodeAt(0);
        const gain =
          tables.readingCost(codes, codes.length, -1, 0) -
          tables.readingCost(codes, codes.length, place, m);
        expect(tables.gainBound(codes, codes.length, place, m)).toBeGreaterThanOrEqual(gain - 1e-9);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('repeated places', () => {
  it('are those whose pair with a neighbour occurs again nearby', () => {
    const text = '通伦说了。通伦来了。他入才走';
    const places = [
      { at: 0, from: 0, to: 4 },
      { at: 11, from: 10, to: 14 },
    ];
    expect(placeEvidence(text, places).repeated).toEqual([true, false]);
  });

  it('witness a reading where the issue prints the place elsewhere as it would read', () => {
    // Brute force over texts of a few characters with a filler: the same answers.
    const filler = (n: number) => '。'.repeat(n);
    const piece = fc.stringMatching(/^[人入才大太事]{1,6}$/);
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 2, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: REPEAT_REACH + 10 }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('人', '大'),
        (pieces, gaps, pick, meant) => {
          const text = pieces.map((p, i) => p + filler(gaps[i]!)).join('');
          const runs: { from: number; to: number }[] = [];
          for (const m of text.matchAll(/[^。]+/g)) {
            runs.push({ from: m.index, to: m.index + m[0].length });
          }
          const run = runs[pick % runs.length]!;
          const at = run.from + (pick % (run.to - run.from));
          const place = { at, from: run.from, to: run.to };
          const [witness] = placeEvidence(text, [place], [meant]).witnesses;
          let expected = false;
          for (let start = at - 2; start <= at; start++) {
            if (start < run.from || start + 3 > run.to) continue;
            const window = text.slice(start, at) + meant + text.slice(at + 1, start + 3);
            for (let i = text.indexOf(window); i >= 0; i = text.indexOf(window, i + 1)) {
              if (Math.abs(i - start) <= REPEAT_REACH) expected = true;
            }
          }
          expect(witness !== null, text.replace(/。+/g, '|')).toBe(expected);
          if (witness !== null) expect(text).toContain(witness);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('finding ids', () => {
  it('write the hash in base 36 as Number#toString does', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(base36(n)).toBe(n.toString(36));
      }),
    );
  });
});
