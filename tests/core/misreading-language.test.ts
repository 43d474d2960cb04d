/**
 * The English corrector reads English only: a German page (real OCR, the 1811 ALTO page) is
 * not "corrected" into English word by word, while English text, a short headline of an English
 * issue included, still is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseText, cleanText } from '../../src/core/index';
import { importBytes } from '../../src/main/import/index';
import { loadEnglishFrequencies } from '../../src/main/lexicon/english';

const english = loadEnglishFrequencies();
const ALTO = '../shared/corpus/ocr-formats/alto/PAGE_0020_ALTO.xml';
const misreadings = (text: string) =>
  analyseText(text, { english }).findings.filter((f) => f.kind === 'misreading');

describe('the language the English corrector reads', () => {
  it('leaves a German page alone (und, weil, oder are no misread and, well, odor)', async () => {
    const page = await importBytes(readFileSync(ALTO), 'PAGE_0020_ALTO.xml');
    expect(page.text).toContain(' und ');
    expect(misreadings(page.text)).toEqual([]);
  });

  it('reads a paragraph the engine garbled, whose function words are English', () => {
    // Half its words are in no list, but the corrector reads them as English words.
    const text =
      'He lias said tliat liis friend, wlio was tliere, sliould liave told liim wliich of ' +
      'tliem was riglit, and wlien tliey came, tlieir horses were tired.';
    expect(cleanText(text, { english }).text).toBe(
      'He has said that his friend, who was there, should have told him which of ' +
        'them was right, and when they came, their horses were tired.',
    );
  });

  it('still reads English text, and a short headline of an English issue', () => {
    const text =
      'Tho Governor\n\n' +
      'The Governor said yesterday that tho Government would bring the bill before the House ' +
      'of Assembly when it meets again next week, and that the members have been told of it.';
    const found = misreadings(text).map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(['Tho', 'tho']);
  });
});
