import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntTable } from '../../src/core/similarity/bucket-table';
import { mix32 } from '../../src/core/similarity/hash32';
import { isWhiteSpaceCode } from '../../src/core/similarity/normalize';
import {
  LshIndex,
  minhashOfShingles,
  minhashOfText,
  minhashSignature,
  normalizeForMatch,
  shingleHashes,
  type Signature,
} from '../../src/core/similarity';

/**
 * One-permutation MinHash with optimal densification as first written: a slot by
 * multiply-high in floating point, a fresh array of shingle hashes. The reference the faster
 * code must equal slot for slot (the archive stores band keys made from these signatures).
 */
function referenceMinhash(shingles: Int32Array, slots: number, seed: number): Signature {
  const slotOf = (h: number): number => Math.floor(((h >>> 0) * slots) / 4294967296);
  const signature = new Int32Array(slots).fill(0x7fffffff);
  const filled = new Uint8Array(slots);
  let nonEmpty = 0;
  for (const shingle of shingles) {
    const h = mix32(shingle ^ seed);
    const slot = slotOf(h);
    if (filled[slot] === 0) {
      filled[slot] = 1;
      signature[slot] = h;
      nonEmpty++;
    } else if (h < signature[slot]) signature[slot] = h;
  }
  if (nonEmpty === 0 || nonEmpty === slots) return signature;
  const donor = (j: number): number => {
    for (let attempt = 1; attempt <= 8 * slots; attempt++) {
      const probe = slotOf(
        mix32(Math.imul(j + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca77) ^ seed),
      );
      if (filled[probe] === 1) return probe;
    }
    for (let k = 1; k < slots; k++) if (filled[(j + k) % slots] === 1) return (j + k) % slots;
    return j;
  };
  for (let j = 0; j < slots; j++) if (filled[j] === 0) signature[j] = signature[donor(j)];
  return signature;
}

const texts = fc.string({
  unit: fc.constantFrom(...'中国人民入己已末未,，ab c\n'),
  maxLength: 300,
});

describe('MinHash signatures', () => {
  it('equal the first implementation’s for any text, width, slot count and seed', () => {
    fc.assert(
      fc.property(
        texts,
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(1, 2, 3, 16, 100, 128, 256),
        fc.integer(),
        (text, size, permutations, seed) => {
          const shingles = shingleHashes(text, size);
          const expected = referenceMinhash(shingles, permutations, seed);
          expect(minhashOfShingles(shingles, { permutations, seed })).toEqual(expected);
          expect(minhashOfText(text, size, { permutations, seed })).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('written into a slice of a shared buffer are the same, and leave the rest of it alone', () => {
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const pool = new Int32Array(paragraphs.length * 128);
        paragraphs.forEach((text, k) => {
          const slice = pool.subarray(k * 128, (k + 1) * 128);
          expect(minhashOfText(text, 3, {}, slice)).toBe(slice);
        });
        paragraphs.forEach((text, k) => {
          expect(pool.subarray(k * 128, (k + 1) * 128)).toEqual(minhashOfText(text, 3));
        });
      }),
    );
    expect(() => minhashOfText('中国人民', 3, {}, new Int32Array(64))).toThrow(RangeError);
  });

  it('of the default kind are the text’s shingles’ signature', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(minhashSignature(text, { shingleSize: 3 })).toEqual(
          referenceMinhash(shingleHashes(text, 3), 128, 0x6a11e7),
        );
      }),
    );
  });
});

describe('LshIndex.candidatesThenAdd', () => {
  it('answers as candidates() followed by add(), paragraph after paragraph', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom(...'中国人民入己'), maxLength: 12 }), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 10 }),
        (paragraphs, limit) => {
          const once = new LshIndex<number>({}, paragraphs.length);
          const twice = new LshIndex<number>();
          paragraphs.forEach((text, i) => {
            const signature = minhashSignature(text, { shingleSize: 2 });
            const expected = twice.candidates(signature, limit);
            twice.add(i, signature);
            expect(once.candidatesThenAdd(i, signature, limit)).toEqual(expected);
          });
        },
      ),
    );
  });

  it('refuses a signature too short for its bands', () => {
    expect(() => new LshIndex<number>().candidatesThenAdd(0, new Int32Array(64))).toThrow(
      RangeError,
    );
  });
});

describe('IntTable', () => {
  it('keeps the last value set under each key, as a Map does, through growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.nat()), { maxLength: 400 }),
        fc.array(fc.integer({ min: -60, max: 60 }), { maxLength: 50 }),
        (writes, reads) => {
          const table = new IntTable(4);
          const map = new Map<number, number>();
          for (const [key, value] of writes) {
            table.set(key, value);
            map.set(key, value);
          }
          expect(table.size).toBe(map.size);
          for (const key of [...reads, ...map.keys()])
            expect(table.get(key)).toBe(map.get(key) ?? -1);
        },
      ),
    );
  });
});

/** The matching key as first written: NFKC, then two regular expressions. */
function referenceKey(text: string): string {
  const full: Record<string, string> = {
    ',': '，',
    ':': '：',
    ';': '；',
    '(': '（',
    ')': '）',
    '?': '？',
    '!': '！',
  };
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[,:;()?!]/g, (mark) => full[mark] ?? mark);
}

describe('normalizeForMatch', () => {
  it('builds the key of a paragraph longer than its kept buffer the same way', () => {
    const long = '中文, 好( 文 )\n'.repeat(12_000); // 120,000 code units
    expect(normalizeForMatch(long)).toBe(referenceKey(long));
    expect(normalizeForMatch('中, 文')).toBe('中，文');
  });

  it('removes exactly the code units \\s matches', () => {
    for (let code = 0; code < 0x10000; code++) {
      expect(isWhiteSpaceCode(code), code.toString(16)).toBe(/\s/u.test(String.fromCharCode(code)));
    }
  });

  it('equals NFKC and two regular expressions on any text, lone surrogates included', () => {
    const units = [
      ...'中文，,:;()?!！ａ１ \t\n\u3000\u00a0\u2028\ufeffé',
      'e\u0301',
      '𠀀',
      '\ud840',
      '\udc00',
      '㊀',
      '…',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(normalizeForMatch(text)).toBe(referenceKey(text));
      }),
      { numRuns: 500 },
    );
  });
});
