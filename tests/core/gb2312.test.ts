import { describe, expect, it } from 'vitest';
import { GB2312_HAN_COUNT, gb2312Index, isGb2312Han } from '../../src/core/lexicon/gb2312';

describe('GB 2312 Han characters', () => {
  it('gives each of the 6,763 a place of its own, in code order', () => {
    const places: number[] = [];
    for (let code = 0x3000; code < 0xa100; code++) {
      const place = gb2312Index(code);
      if (place >= 0) places.push(place);
      expect(isGb2312Han(code)).toBe(place >= 0);
    }
    expect(places).toHaveLength(GB2312_HAN_COUNT);
    expect(places).toEqual(places.map((_, k) => k));
  });

  it('knows simplified print from traditional forms and the rare', () => {
    for (const c of '的人才未来已经')
      expect(gb2312Index(c.charCodeAt(0))).toBeGreaterThanOrEqual(0);
    for (const c of '們歡結') expect(gb2312Index(c.charCodeAt(0))).toBe(-1);
    expect(gb2312Index('a'.charCodeAt(0))).toBe(-1);
  });
});
