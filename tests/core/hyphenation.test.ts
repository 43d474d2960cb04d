import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideHyphenation, hyphenation, UsageIndex } from '../../src/core/detectors/hyphenation';
import { createDocument } from '../../src/core/document/document';
import type { FindingDraft } from '../../src/core/finding';
import { isEnglishWord } from '../../src/core/lexicon/english';

const ICDAR = '../shared/corpus/en-ocr/icdar2017';

/** TeX hyphenation patterns (en-us) from the `hyphen` package: where typesetters break words. */
const { hyphenateSync } = createRequire(import.meta.url)('hyphen/en') as {
  hyphenateSync: (text: string) => string;
};

function detect(text: string): FindingDraft[] {
  return hyphenation.detect(createDocument(text), {});
}

/** Applies non-overlapping findings (hyphenation findings never overlap). */
function applyAll(text: string, findings: readonly FindingDraft[]): string {
  let out = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, f.start) + f.replacement + out.slice(f.end);
  }
  return out;
}

function fixOf(text: string): { text: string; confidence?: string } {
  const found = detect(text);
  expect(found.length).toBeLessThanOrEqual(1);
  return { text: applyAll(text, found), confidence: found[0]?.confidence };
}

describe('hyphenation: decisions on single words', () => {
  it.each([
    ['inter-\nnational', 'international', 'safe'],
    ['Par-\nliament', 'Parliament', 'safe'],
    ['GOVERN-\nMENT', 'GOVERNMENT', 'safe'],
    ['the inter- \n  national, ', 'the international, ', 'safe'],
    ['his govern-\nment’s plan', 'his government’s plan', 'safe'],
    ['well-\nknown', 'well-known', 'safe'],
    ['long-\nterm', 'long-term', 'safe'],
    ['pro-\nBritish', 'pro-British', 'safe'],
    ['self-gov-\nernment', 'self-government', 'safe'],
    ['gov\u00ac\nernment', 'government', 'safe'],
    ['gov\u00ad\nernment', 'government', 'safe'],
    ['Petit-\u00ac\nZeile', 'Petit-Zeile', 'safe'],
    ['Lon-\ndon', 'London', 'safe'],
    ['Rose-\nville', 'Roseville', 'safe'],
    ['Coo-\ngee beach', 'Coogee beach', 'safe'],
    ['Rose-\nville, as Rose-ville is spelt', 'Rose-ville, as Rose-ville is spelt', 'safe'],
    ['steam-\nship and steamship', 'steamship and steamship', 'safe'],
    ['Anglo-\nSaxon', 'Anglo-Saxon', 'suggest'],
    ['to-\nday', 'to-day', 'suggest'],
    ['well-\nbeing', 'well-being', 'suggest'],
    ['set-\nup', 'set-up', 'suggest'],
    ['co-\noperate', 'co-operate', 'suggest'],
    ['steam-\nship', 'steamship', 'suggest'],
    ['Deutsch\u00ac\nland', 'Deutschland', 'safe'],
  ])('%j → %j (%s)', (input, expected, confidence) => {
    expect(fixOf(input)).toEqual({ text: expected, confidence });
  });

  it.each([
    ['a number range', 'in 1990-\n1995 the'],
    ['a code', 'against COVID-\n19 and'],
    ['an em dash', 'the issue—\nwhich'],
    ['a double hyphen dash', 'the issue--\nwhich'],
    ['a spaced dash', 'the issue -\nwhich'],
    ['a list dash', 'items:\n- one\n- two'],
    ['Chinese text', '新冠肺炎-\n疫情防控'],
    ['a hyphen not at the line end', 'a well-known fact\nand more'],
  ])('never touches %s', (_name, text) => {
    expect(detect(text)).toEqual([]);
  });

  it('joins across a page break (hyphen at the end of a block, then a blank line)', () => {
    const text = 'The committee met to discuss inter-\n\nnational trade at length.';
    expect(fixOf(text)).toEqual({
      text: 'The committee met to discuss international trade at length.',
      confidence: 'safe',
    });
  });

  it('only suggests across a page break when the next block starts with a capital', () => {
    const found = detect('It ended with a well-\n\nKnown Facts');
    expect(found).toHaveLength(1);
    expect(found[0].confidence).toBe('suggest');
  });

  it('writes every message in zh-CN and en', () => {
    const text = 'inter-\nnational well-\nknown Lon-\ndon to-\nday';
    const found = detect(text);
    expect(found).toHaveLength(4);
    for (const f of found) {
      expect(f.message['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(f.message.en).toMatch(/[a-z]/);
    }
  });

  it('decides case-insensitively from the word list', () => {
    expect(isEnglishWord('PARLIAMENT')).toBe(true);
    expect(isEnglishWord('wellknown')).toBe(false);
    expect(decideHyphenation('INTER', 'NATIONAL', false)).toEqual({ decision: 'join', safe: true });
    expect(decideHyphenation('JACK', 'SON', false)).toEqual({ decision: 'keep', safe: false });
  });
});

/** ICDAR 2017 gold text of one file, with the "#" (no gold) columns dropped. */
function goldOf(file: string): string {
  const lines = readFileSync(file, 'utf8').split('\r\n');
  const gold = lines[2].slice(14);
  let text = '';
  for (const ch of gold) if (ch !== '#' && ch !== '@') text += ch;
  // The gold keeps the source's own line-end hyphens as "inter- national": join those first,
  // so that the only line-end hyphens are the ones the generator writes.
  return text
    .replace(/\s+/g, ' ')
    .replace(/([A-Za-z])[-\u2010] ([a-z])/g, '$1$2')
    .replace(/([A-Z])[-\u2010] ([A-Z])/g, '$1$2')
    .trim();
}

/** A line-end hyphen the generator wrote, with the fix that restores the gold. */
interface Label {
  readonly mark: number;
  readonly replacement: string;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Break offsets inside `token` (after the offset's character) and whether it is a real hyphen. */
function breakPoints(token: string): Array<{ at: number; hyphen: boolean; real: boolean }> {
  const match = /^([^A-Za-z]*)([A-Za-z][A-Za-z-]*[A-Za-z])/.exec(token);
  if (!match) return [];
  const points: Array<{ at: number; hyphen: boolean; real: boolean }> = [];
  let offset = match[1].length;
  const pieces = match[2].split('-');
  pieces.forEach((piece, i) => {
    const syllables = hyphenateSync(piece).split('\u00ad');
    let at = 0;
    for (const syllable of syllables.slice(0, -1)) {
      at += syllable.length;
      if (at >= 2 && piece.length - at >= 3)
        points.push({ at: offset + at, hyphen: false, real: false });
    }
    offset += piece.length;
    if (i < pieces.length - 1) {
      // A gold hyphen is a compound's only when both sides are words (else it is a leftover
      // hyphenation of the source, like "par-ticulars").
      const real = [piece, pieces[i + 1]].every((p) => isEnglishWord(p) || /^[A-Z]/.test(p));
      points.push({ at: offset + 1, hyphen: true, real });
      offset += 1;
    }
  });
  return points;
}

/**
 * Sets `gold` in lines of `width` characters the way a typesetter would: a word that does not fit
 * is broken at its last TeX hyphenation point (or its own hyphen) that fits. One break in ten is
 * a page break (blank line), one in ten uses "¬".
 */
function typeset(gold: string, width: number, random: () => number) {
  const labels: Label[] = [];
  let text = '';
  let column = 0;
  const newLine = (): void => {
    text += random() < 0.1 ? '\n\n' : '\n';
    column = 0;
  };
  for (let token of gold.split(' ')) {
    for (;;) {
      const space = column > 0 ? 1 : 0;
      if (column + space + token.length <= width || (column === 0 && token.length > width)) {
        text += (space ? ' ' : '') + token;
        column += space + token.length;
        break;
      }
      const room = width - column - space;
      const fits = breakPoints(token).filter((p) => (p.hyphen ? p.at : p.at + 1) <= room);
      const point = fits[fits.length - 1];
      if (!point) {
        newLine();
        continue;
      }
      const notSign = random() < 0.1;
      const head = token.slice(0, point.hyphen ? point.at - 1 : point.at);
      const mark = point.hyphen ? (notSign ? '-\u00ac' : '-') : notSign ? '\u00ac' : '-';
      text += (space ? ' ' : '') + head + mark;
      // Restoring the gold: a compound's hyphen stays ("-" for "-", nothing for the "¬" after
      // "-"); a syllable break, or a leftover hyphen of the source, joins.
      const keep = point.hyphen && point.real && !notSign;
      labels.push({ mark: text.length - 1, replacement: keep ? '-' : '' });
      token = token.slice(point.at);
      newLine();
    }
  }
  return { text, labels };
}

describe('hyphenation on typeset ICDAR 2017 gold text', () => {
  it('joins and keeps with precision ≥ 0.98 and recall ≥ 0.7 of safe fixes', () => {
    const random = seeded(1894);
    let labelled = 0;
    let correctSafe = 0;
    let wrongSafe = 0;
    for (const folder of ['eng_periodical', 'eng_monograph']) {
      for (const name of readdirSync(join(ICDAR, folder)).filter((f) => f.endsWith('.txt'))) {
        const gold = goldOf(join(ICDAR, folder, name));
        const { text, labels } = typeset(gold, 40 + Math.floor(random() * 30), random);
        const byMark = new Map(labels.map((l) => [l.mark, l]));
        labelled += labels.length;
        for (const f of detect(text)) {
          if (f.confidence !== 'safe') continue;
          const label = byMark.get(f.start);
          if (label && label.replacement === f.replacement) correctSafe++;
          else wrongSafe++;
        }
      }
    }
    expect(labelled).toBeGreaterThan(1000);
    const precision = correctSafe / (correctSafe + wrongSafe);
    const recall = correctSafe / labelled;
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.7);
  });
});

describe('hyphenation: invariants', () => {
  const word = fc.stringMatching(/^[A-Za-z]{1,10}$/);
  const separator = fc.constantFrom(' ', '\n', '-\n', '- \n', '-\n\n', '\u00ac\n', ', ', '—\n');
  const text = fc
    .array(fc.tuple(word, separator), { maxLength: 30 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));

  it('only removes a hyphen mark and the line break, never a letter', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const f of detect(input)) {
          const covered = input.slice(f.start, f.end);
          expect(covered).toMatch(/^[-\u00ac\u00ad\u2010]+[ \t\n]*\n[ \t\n]*$/);
          expect(['', '-']).toContain(f.replacement);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves no safe finding after its safe findings are applied', () => {
    fc.assert(
      fc.property(text, (input) => {
        const once = applyAll(
          input,
          detect(input).filter((f) => f.confidence === 'safe'),
        );
        expect(detect(once).filter((f) => f.confidence === 'safe')).toEqual([]);
      }),
      { numRuns: 500, examples: [['a- \nr- \nAa '], ['a-\n\nB-\nAo- \na '], ['a- \nA¬\na ']] },
    );
  });

  it('offers a word split over three lines only as suggestions', () => {
    // Joining one break changes the word the other sees ("a-⏎r-⏎Aa": "ar-Aa" once joined).
    for (const input of ['a- \nr- \nAa ', 'inter-\nna-\ntional', 'a-\n\nB-\nAo- \na ']) {
      const found = detect(input);
      expect(found.length).toBeGreaterThanOrEqual(2);
      expect(found.every((f) => f.confidence === 'suggest')).toBe(true);
    }
  });

  it('reports nothing in text without a hyphen at a line end', () => {
    const plain = fc
      .array(fc.tuple(word, fc.constantFrom(' ', '\n', '-', ' - ', '\n\n')), { maxLength: 30 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''))
      .filter((t) => !/[-\u00ac][ \t]*\n/.test(t));
    fc.assert(
      fc.property(plain, (input) => {
        expect(detect(input)).toEqual([]);
      }),
    );
  });
});

describe('hyphenation: what the document writes of a split word', () => {
  /** The first index: every word of the text in two sets, by a regular expression. */
  function reference(text: string, first: string, second: string) {
    const hyphenated = new Set<string>();
    const words = new Set<string>();
    for (const match of text.matchAll(/[A-Za-z]+(?:[-\u2010][A-Za-z]+)*/g)) {
      const token = match[0].toLowerCase();
      if (token.includes('-') || token.includes('\u2010')) {
        hyphenated.add(token.replaceAll('\u2010', '-'));
      } else words.add(token);
    }
    const f = first.toLowerCase();
    const s = second.toLowerCase();
    return { hyphenated: hyphenated.has(`${f}-${s}`), closed: words.has(f + s) };
  }

  it('answers as an index of every word would, reading only the forms asked about', () => {
    const piece = fc.constantFrom('Rose', 'rose', 'ville', 'VILLE', 'steam', 'ship', 'a', 'x1');
    const gap = fc.constantFrom('', ' ', '-', '\u2010', '--', '\n', ', ', '-\n');
    const text = fc
      .array(fc.tuple(piece, gap), { maxLength: 20 })
      .map((parts) => parts.map(([p, g]) => p + g).join(''));
    const asked = fc.array(fc.tuple(piece, piece), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(text, asked, (input, pairs) => {
        const usages = new UsageIndex(input);
        for (const [f, s] of pairs) usages.ask.of(f, s);
        usages.read();
        for (const [f, s] of pairs) expect(usages.of(f, s)).toEqual(reference(input, f, s));
      }),
      { numRuns: 500 },
    );
  });
});
