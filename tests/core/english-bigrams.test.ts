import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseText, cleanText } from '../../src/core/index';
import { parseEnglishBigrams } from '../../src/core/lexicon/english-bigrams';
import { loadEnglishBigrams } from '../../src/main/lexicon/english-bigrams';
import { engineLexicons } from '../../src/main/lexicon/engine';
import { lexiconResourcePath } from '../../src/main/lexicon/resources';
import { ICDAR_DIR } from '../eval/corpus';
import { alignIcdar } from '../eval/icdar';

const bigrams = loadEnglishBigrams()!;

describe('English word bigrams (CMU Sphinx US English)', () => {
  it('ships a table of lower-case words and how they follow each other', () => {
    expect(lexiconResourcePath('english-bigrams.bin')).toBeDefined();
    for (const word of ['the', 'were', 'months', "don't"]) {
      const id = bigrams.id(word);
      expect(id, word).toBeGreaterThanOrEqual(0);
      expect(bigrams.word(id)).toBe(word);
    }
    expect(bigrams.id('tbe')).toBe(-1);
    expect(bigrams.id('The')).toBe(bigrams.id('the'));
    // A word printed in any case, with a curly apostrophe, is found where it stands.
    const text = 'THE Were don’t';
    expect(bigrams.idAt(text, 0, 3)).toBe(bigrams.id('the'));
    expect(bigrams.idAt(text, 4, 8)).toBe(bigrams.id('were'));
    expect(bigrams.idAt(text, 9, 14)).toBe(bigrams.id("don't"));
    // "the" follows "of" far more readily than it stands anywhere.
    const [of, the] = [bigrams.id('of'), bigrams.id('the')];
    expect(bigrams.follows(of, the)).toBeGreaterThan(bigrams.log10Word(the));
    expect(bigrams.follows(-1, the)).toBe(bigrams.log10Word(the));
  });

  it('bounds what any word reads after or before a word', () => {
    const words = ['of', 'the', 'crew', 'were', 'wore', 'injured', 'months', 'mouths'].map((w) =>
      bigrams.id(w),
    );
    fc.assert(
      fc.property(fc.constantFrom(-1, ...words), fc.constantFrom(...words), (a, b) => {
        const p = bigrams.follows(a, b);
        expect(Number.isFinite(p)).toBe(true);
        expect(p).toBeLessThanOrEqual(bigrams.mostAfter(a) + 1e-9);
        if (a >= 0) expect(bigrams.follows(b, a)).toBeLessThanOrEqual(bigrams.mostBefore(a) + 1e-9);
      }),
    );
  });

  it('refuses bytes that are no table of English bigrams, or a table cut short', () => {
    expect(() => parseEnglishBigrams(new Uint8Array(16))).toThrow(/not a table of English/);
    const bytes = readFileSync(lexiconResourcePath('english-bigrams.bin')!);
    expect(() => parseEnglishBigrams(bytes.subarray(0, 4096))).toThrow(/cut short: 4096 bytes of/);
  });
});

describe('misreading (English) read by the words around it', () => {
  const options = engineLexicons();
  const { englishBigrams: _, ...withoutBigrams } = options;
  const readings = (text: string, o: typeof withoutBigrams = options) =>
    analyseText(text, o)
      .findings.filter((f) => f.kind === 'misreading')
      .map((f) => [text.slice(f.start, f.end), f.replacement, f.confidence]);

  it('reads a word misread as another word by its neighbours, and says so', () => {
    // A sentence of the ICDAR newspapers' OCR ("our" read as "oar").
    const text = 'It was a matter of endeavouring to hold oar own there by a policy which served.';
    expect(readings(text)).toEqual([['oar', 'our', 'safe']]);
    const [finding] = analyseText(text, options).findings;
    expect(finding!.message.en).toContain('the words around it (hold … own) go with "our"');
    expect(finding!.message['zh-CN']).toContain('前后的词（hold … own）');
    expect(cleanText(text, options).text).toContain('to hold our own there');
    // Where the neighbours say less, it is a suggestion: correct prose has "the fetters from"
    // and "any mere foolish", which read so too.
    const crew = 'About the same time several of the crew wore injured, and one man was lost.';
    expect(readings(crew)).toEqual([['wore', 'were', 'suggest']]);
    expect(readings('He was sent to prison for three mouths for the theft.')).toEqual([
      ['mouths', 'months', 'suggest'],
    ]);
    expect(readings('Some of the competitors, who lie warned to do better, did not come.')).toEqual(
      [['lie', 'he', 'suggest']],
    );
    // Without the bigrams, both are words and nothing is read.
    expect(readings(text, withoutBigrams)).toEqual([]);
    expect(readings(crew, withoutBigrams)).toEqual([]);
  });

  it('leaves a word split in two, one glued to a mark, a capital, yon, and film speech', () => {
    for (const text of [
      'Mr. Mitchell could not say what be came of it.',
      'It was carried off by the stranger wo-\nman, who had gone.',
      'The Wore family of the crew lives here.',
      "Several of the crew wore'd injured.",
      // Older English no count reads, which yon's own rule leaves before a noun (Moby-Dick).
      'Look! see yon Albicore! who put it into him?',
      // Film speech is no word meant: "ye" is not read as "ya".
      'Good-bye, good-bye. God bless ye, man, and may I forgive myself.',
    ]) {
      expect(readings(text), text).toEqual([]);
    }
  });

  it("applies a non-word's suggestion when its neighbours choose it over every rival", () => {
    const text = 'He said his owa opinions on the currency are sound.';
    expect(readings(text)).toEqual([['owa', 'own', 'safe']]);
    expect(readings(text, withoutBigrams)).toEqual([['owa', 'own', 'suggest']]);
    const [finding] = analyseText(text, options).findings;
    expect(finding!.message.en).toContain('The words around it (his … opinions) go with "own"');
  });

  it('changes nothing in correct modern prose', () => {
    const text =
      'The crew were injured when the storm broke. He wore a coat for three months, and the ' +
      'mouths of the rivers froze. Who lies here? The modern age began.';
    expect(readings(text)).toEqual([]);
    expect(cleanText(text, options).text).toBe(text);
  });

  it('only suggests where a rare word reads worse than a common one (the bar for applying)', () => {
    // Correct sentences the bigrams would rather read otherwise: below the bar, suggestions only.
    const text = 'The oar broke in two. He got a bonk on the head.';
    expect(readings(text)).toEqual([
      ['oar', 'car', 'suggest'],
      ['bonk', 'book', 'suggest'],
    ]);
    expect(cleanText(text, options).text).toBe(text);
  });

  it('leaves nothing for a second clean of real OCR to change', () => {
    // The ICDAR newspapers and monographs: each clean reads the words around a place as the
    // first clean left them, and finds nothing more to do.
    let files = 0; // the files the first clean changed
    for (const set of ['eng_periodical', 'eng_monograph']) {
      const folder = join(ICDAR_DIR, set);
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt'))) {
        const { input } = alignIcdar(readFileSync(join(folder, name), 'utf8'));
        const once = cleanText(input, options).text;
        expect(cleanText(once, options).text, `${set}/${name}`).toBe(once);
        if (once !== input) files++;
      }
    }
    expect(files).toBeGreaterThan(30);
  });
});
