import { describe, expect, it } from 'vitest';
import { generateCorpus } from './corpus';
import { parseIcdar } from './icdar';
import { applyIdealFixes } from './labels';
import { Rng } from './prng';

describe('the labelled corpus', () => {
  const drafts = generateCorpus({ seed: 7, zh: 6, en: 3 });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCorpus({ seed: 7, zh: 6, en: 3 })).toEqual(drafts);
    expect(generateCorpus({ seed: 8, zh: 1, en: 0 })[0].draft).not.toBe(drafts[0].draft);
  });

  it('labels are exact: applying the recorded fixes to the draft gives the gold', () => {
    for (const d of drafts) {
      expect(applyIdealFixes(d, false)).toBe(d.gold);
      expect(applyIdealFixes(d, true)).toBe(d.goldAuto);
    }
  });

  it('labels lie inside the draft and defects never overlap', () => {
    for (const d of drafts) {
      const spans = [...d.defects].sort((a, b) => a.start - b.start);
      spans.forEach((s, i) => {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(d.draft.length);
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1].end);
      });
      for (const l of d.lookAlikes) {
        expect(l.end).toBeGreaterThan(l.start);
        expect(l.end).toBeLessThanOrEqual(d.draft.length);
      }
    }
  });

  it('injects every kind of defect and look-alike it promises', () => {
    const kinds = new Set(drafts.flatMap((d) => d.defects.map((x) => `${x.kind}/${x.variant}`)));
    for (const k of [
      'broken-paragraph/cjk',
      'broken-paragraph/latin',
      'duplicate-paragraph/exact',
      'repeated-phrase/stutter',
      'punctuation-width/body',
      'punctuation-width/byline',
      'stray-space/han',
      'stray-space/byline',
      'jump-line/block',
      'hyphenation/word',
      'hyphenation/compound',
    ]) {
      expect(kinds).toContain(k);
    }
    const variants = new Set(drafts.flatMap((d) => d.lookAlikes.map((l) => l.variant)));
    for (const v of [
      'headline',
      'number',
      'reduplication',
      'abab',
      'byline-name-space',
      'compound',
    ]) {
      expect(variants).toContain(v);
    }
  });

  it('the Chinese gold keeps full-width punctuation next to Han characters', () => {
    for (const d of drafts.filter((x) => x.lang === 'zh')) {
      expect(d.gold).not.toMatch(/\p{Script=Han}[,;!?]|[,;!?]\p{Script=Han}/u);
    }
  });
});

describe('ICDAR 2017 parsing', () => {
  it('drops # columns and deletes @ pads', () => {
    const file =
      '[OCR_toInput] Tbe cat sat\r\n[OCR_aligned] Tbe cxat sa@t\r\n[ GS_aligned] The c#at s@it';
    expect(parseIcdar(file)).toEqual({ input: 'Tbe cat sat', gold: 'The cat sit' });
  });

  it("spells out the gold's ligatures, which are no error of the engine's", () => {
    const file =
      '[OCR_toInput] the first office\r\n[OCR_aligned] the first office\r\n[ GS_aligned] the ﬁ@rst oﬀ@ice';
    expect(parseIcdar(file).gold).toBe('the first office');
  });
});

describe('Rng', () => {
  it('repeats its sequence for a seed', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(0);
    for (const x of xs) expect(x).toBeLessThan(1);
  });
});
