/**
 * The English corrector keeps its readings of forms across analyses of one table (the app reads
 * the same issue again after every edit): an issue read after others gets the findings it gets
 * when read first.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/core/index';
import type { EnglishFrequencies } from '../../src/core/lexicon/english-frequency';
import { ENGINE } from '../eval/engine';
import { ICDAR_DIR } from '../eval/corpus';
import { loadIcdarPairs } from '../eval/icdar';

/** The same table under a new identity: nothing any scan kept for the old one is seen. */
const freshTable = (): EnglishFrequencies => ({ ...ENGINE.english! });

const misreadings = (text: string, english: EnglishFrequencies) =>
  analyseText(text, { ...ENGINE, english }).findings.filter((f) => f.kind === 'misreading');

describe('the English readings kept across analyses', () => {
  it('give an issue read after others the findings it gets read first', () => {
    const ocr = loadIcdarPairs(ICDAR_DIR)
      .filter((pair) => pair.set === 'periodical')
      .slice(0, 4)
      .map((pair) => pair.input);
    expect(ocr.length).toBe(4);
    const last = ocr[3]!;
    const first = misreadings(last, freshTable());
    expect(first.length).toBeGreaterThan(0);
    const table = freshTable();
    for (const text of ocr.slice(0, 3)) misreadings(text, table);
    expect(misreadings(last, table)).toEqual(first);
    // Read again, the same issue gets the same findings too.
    expect(misreadings(last, table)).toEqual(first);
  });
});
