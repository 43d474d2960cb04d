import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LshIndex,
  bandKeys,
  boundedEditDistance,
  estimateSimilarity,
  minhashSignature,
  normalizeForMatch,
  shingleHashes,
  shingleSizeFor,
} from '../../src/core/similarity';

const ARTICLES = new URL('../../../shared/corpus/zh-news/articles.jsonl', import.meta.url);
const paragraphs: string[] = readFileSync(ARTICLES, 'utf8')
  .trim()
  .split('\n')
  .flatMap((line) => (JSON.parse(line) as { paragraphs: string[] }).paragraphs);

/** Full-table Levenshtein distance over UTF-16 code units: the reference. */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j] + 1,
        next[j - 1] + 1,
        row[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length];
}

/** Exact Jaccard similarity of two texts' shingle sets. */
function jaccard(a: string, b: string, size: number): number {
  const sa = new Set(shingleHashes(a, size));
  const sb = new Set(shingleHashes(b, size));
  let shared = 0;
  for (const h of sa) if (sb.has(h)) shared++;
  return shared / (sa.size + sb.size - shared);
}

describe('normalizeForMatch', () => {
  it('drops whitespace and unifies punctuation width', () => {
    expect(normalizeForMatch('会议 原则同意,\n要求( 一 ) ;好吗?是!')).toBe(
      '会议原则同意，要求（一）；好吗？是！',
    );
    expect(normalizeForMatch('会议原则同意，要求（一）；好吗？是！')).toBe(
      normalizeForMatch('会议 原则同意,要求(一);好吗?是!'),
    );
  });

  it('folds full-width letters and digits and ideographic spaces (NFKC)', () => {
    expect(normalizeForMatch('２０２０年\u3000ＣＯＶＩＤ')).toBe('2020年COVID');
  });

  it('keeps characters that OCR confuses apart', () => {
    expect(normalizeForMatch('已经')).not.toBe(normalizeForMatch('己经'));
    expect(normalizeForMatch('末来')).not.toBe(normalizeForMatch('未来'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const once = normalizeForMatch(text);
        expect(normalizeForMatch(once)).toBe(once);
      }),
    );
  });
});

describe('shingleHashes', () => {
  it('hashes every window, equal windows alike', () => {
    const hashes = shingleHashes('依法依规依法', 2);
    expect(hashes.length).toBe(5);
    expect(hashes[0]).toBe(hashes[4]); // 依法 … 依法
    expect(hashes[0]).not.toBe(hashes[1]);
  });

  it('gives one shingle for a text shorter than the window and none for the empty text', () => {
    expect(shingleHashes('会议', 3).length).toBe(1);
    expect(shingleHashes('', 3).length).toBe(0);
  });

  it('picks three characters for Chinese and five for Latin text', () => {
    expect(shingleSizeFor('会议原则同意')).toBe(3);
    expect(shingleSizeFor('The meeting agreed in principle.')).toBe(5);
  });
});

describe('boundedEditDistance', () => {
  it('counts OCR substitutions, insertions and deletions', () => {
    expect(boundedEditDistance('已经到来', '己经到来', 3)).toBe(1);
    expect(boundedEditDistance('未来已来', '末来己来', 3)).toBe(2);
    expect(boundedEditDistance('人民群众', '民群众', 3)).toBe(1);
    expect(boundedEditDistance('COVID-19', 'COVID-I9', 0)).toBe(1);
    expect(boundedEditDistance('', '', 0)).toBe(0);
    expect(boundedEditDistance('', '会议', 5)).toBe(2);
  });

  it('answers max + 1 beyond the cutoff', () => {
    expect(boundedEditDistance('会议原则同意', '完全不同的话', 2)).toBe(3);
    expect(boundedEditDistance('短', '长得多的一句话', 3)).toBe(4);
  });

  it('equals the full Levenshtein distance up to the cutoff', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '已', '己'), maxLength: 12 });
    fc.assert(
      fc.property(text, text, fc.nat(8), (a, b, max) => {
        const exact = levenshtein(a, b);
        expect(boundedEditDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
        expect(boundedEditDistance(b, a, max)).toBe(boundedEditDistance(a, b, max));
      }),
      { numRuns: 2000 },
    );
  });

  it('equals the full Levenshtein distance on longer strings and wider cutoffs', () => {
    // 'a' and 'ѡ' (U+0461) share their low ten bits, which the count of characters goes by.
    const unit = fc.constantFrom('a', 'b', 'ѡ', '已', '己', ' ');
    const text = fc.string({ unit, minLength: 10, maxLength: 60 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 8, max: 30 }), (a, b, max) => {
        const exact = levenshtein(a, b);
        expect(boundedEditDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('handles long near-equal paragraphs', () => {
    const base = paragraphs.reduce((a, b) => (b.length > a.length ? b : a));
    const edited = base.slice(0, 100) + '入' + base.slice(101, 300) + base.slice(302);
    const exact = levenshtein(base, edited);
    expect(boundedEditDistance(base, edited, 10)).toBe(exact);
    expect(exact).toBeLessThanOrEqual(3);
  });
});

describe('minhashSignature', () => {
  it('is deterministic and depends on the seed', () => {
    const text = normalizeForMatch(paragraphs[0]);
    expect(minhashSignature(text)).toEqual(minhashSignature(text));
    expect(minhashSignature(text).length).toBe(128);
    expect(minhashSignature(text, { seed: 1 })).not.toEqual(minhashSignature(text, { seed: 2 }));
    expect(estimateSimilarity(minhashSignature(text), minhashSignature(text))).toBe(1);
  });

  it('gives the empty text a constant signature', () => {
    expect([...new Set(minhashSignature(''))]).toEqual([0x7fffffff]);
  });

  it('estimates the Jaccard similarity of real paragraphs and their OCR-damaged copies', () => {
    const swaps: Record<string, string> = { 人: '入', 已: '己', 未: '末', 的: '旳', 国: '囯' };
    let squaredError = 0;
    let count = 0;
    for (const raw of paragraphs) {
      const text = normalizeForMatch(raw);
      if (text.length < 40) continue;
      const damaged = [...text]
        .map((ch, i) => (i % 17 === 5 && swaps[ch] ? swaps[ch] : ch))
        .join('')
        .slice(0, text.length - (count % 9));
      const truth = jaccard(text, damaged, 3);
      const estimate = estimateSimilarity(minhashSignature(text), minhashSignature(damaged));
      squaredError += (estimate - truth) ** 2;
      count++;
    }
    expect(count).toBeGreaterThan(1500);
    // Standard error of 128 slots is at most 0.044; the mean error must be of that order.
    expect(Math.sqrt(squaredError / count)).toBeLessThan(0.05);
  });

  it('rates unrelated paragraphs near zero', () => {
    const a = minhashSignature(normalizeForMatch(paragraphs[10]));
    const b = minhashSignature(normalizeForMatch(paragraphs[500]));
    expect(estimateSimilarity(a, b)).toBeLessThan(0.15);
  });
});

describe('LshIndex', () => {
  const signatures = paragraphs
    .map(normalizeForMatch)
    .filter((text) => text.length >= 60)
    .slice(0, 400)
    .map((text) => ({ text, signature: minhashSignature(text) }));

  it('finds a near copy and not unrelated paragraphs', () => {
    const index = new LshIndex<number>();
    signatures.forEach(({ signature }, i) => index.add(i, signature));
    expect(index.size).toBe(signatures.length);
    let found = 0;
    let spurious = 0;
    signatures.forEach(({ text }, i) => {
      const copy = text.slice(0, 20) + '入' + text.slice(21, 40) + '己' + text.slice(41);
      const candidates = index.candidates(minhashSignature(copy));
      if (candidates.includes(i)) found++;
      spurious += candidates.filter((id) => id !== i).length;
    });
    expect(found).toBe(signatures.length);
    expect(spurious).toBeLessThan(signatures.length / 20);
  });

  it('reads a bounded number of entries from a crowded bucket', () => {
    const index = new LshIndex<string>();
    const { signature } = signatures[0];
    for (let i = 0; i < 5000; i++) index.add(`issue-${i}#1`, signature);
    const candidates = index.candidates(signature, 8);
    expect(candidates).toHaveLength(8);
    expect(candidates[0]).toBe('issue-4999#1'); // newest first
  });

  it('accepts precomputed band keys, as an archive would store them', () => {
    const index = new LshIndex<string>({ bands: 16, rows: 8 });
    const keys = bandKeys(signatures[1].signature, { bands: 16, rows: 8 });
    expect(keys).toHaveLength(16);
    index.addKeys('2020-03-05#7', keys);
    expect(index.candidates(signatures[1].signature)).toEqual(['2020-03-05#7']);
    expect(
      index.candidatesOfKeys(bandKeys(signatures[2].signature, { bands: 16, rows: 8 })),
    ).toEqual([]);
  });

  it('refuses a signature too short for its bands', () => {
    expect(() => bandKeys(new Int32Array(64))).toThrow(RangeError);
  });
});
