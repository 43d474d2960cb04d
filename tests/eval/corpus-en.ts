/**
 * Labelled English drafts built from the ICDAR 2017 gold standard: paragraphs of whole
 * sentences, wrapped into printed lines, with line-end hyphenation of real words (decided with
 * the same kind of word list the detector uses), real compounds broken at their hyphen
 * ("well-\nknown", whose hyphen must stay) and paragraphs cut mid-sentence.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { withGoldMisreadingsRight } from './gold-errors';
import { DraftBuilder, type LabelledDraft } from './labels';
import type { Rng } from './prng';

const RATES = { hyphenation: 0.3, compound: 0.35, brokenParagraph: 0.25 };

/** Compounds whose hyphen is part of the word; those whose joined form is a word are dropped. */
const COMPOUND_CANDIDATES = [
  'well-known',
  'long-term',
  'so-called',
  'self-evident',
  'twenty-five',
  'first-rate',
  'old-fashioned',
  'short-lived',
  'good-natured',
  'far-reaching',
  'half-hearted',
  'ill-fated',
  'full-time',
  'high-spirited',
  'open-minded',
  'hard-working',
];

const COMPOUND_SENTENCES = [
  'It was a {c} affair.',
  'The {c} measure found favour.',
  'Such a {c} view prevailed.',
];

let words: Set<string> | undefined;

/** The English word list (an-array-of-english-words), lower case. */
export function englishWords(): Set<string> {
  if (!words) {
    const require = createRequire(import.meta.url);
    const list = JSON.parse(
      readFileSync(require.resolve('an-array-of-english-words/index.json'), 'utf8'),
    ) as string[];
    words = new Set(list.map((w) => w.toLowerCase()));
  }
  return words;
}

/** The compounds used: real hyphenated words whose hyphenless form is not a word. */
export function compounds(): string[] {
  const dict = englishWords();
  return COMPOUND_CANDIDATES.filter((c) => !dict.has(c.replace(/-/g, '')));
}

/** Splits gold text into sentences (a full stop, ! or ? before a capital). */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?]["']?) (?=["']?[A-Z])/)
    .filter((s) => s.trim() !== '');
}

interface Token {
  readonly text: string;
  /** A compound placed here is broken at its hyphen when it ends a line. */
  readonly compound?: boolean;
}

/** Builds one English draft from consecutive sentences of `gold` (about `size` characters). */
export function enDraft(rng: Rng, gold: string, name: string, size: number): LabelledDraft {
  const all = sentences(withGoldMisreadingsRight(gold));
  const b = new DraftBuilder();
  let at = rng.int(0, Math.max(0, all.length - 40));
  let written = 0;
  let first = true;
  while (written < size && at < all.length) {
    const count = rng.int(2, 6);
    const paragraph = all.slice(at, at + count);
    at += count;
    if (rng.chance(RATES.compound)) {
      const c = rng.pick(compounds());
      paragraph.push(rng.pick(COMPOUND_SENTENCES).replace('{c}', c));
    }
    if (!first) b.plain('\n\n');
    first = false;
    const start = b.length;
    writeParagraph(b, rng, paragraph.join(' '));
    written += b.length - start;
  }
  b.plain('\n');
  return b.build(name, 'en');
}

const HYPHENABLE = /^([a-z]{6,})([.,;:!?'"]*)$/;

function writeParagraph(b: DraftBuilder, rng: Rng, text: string): void {
  const dict = englishWords();
  const compoundSet = new Set(compounds());
  const tokens: Token[] = text
    .split(' ')
    .filter((t) => t !== '')
    .map((t) => ({ text: t, compound: compoundSet.has(t.replace(/[.,;:!?]+$/, '')) }));
  const width = rng.int(45, 70);
  const cut = rng.chance(RATES.brokenParagraph);
  let line = 0;
  let didCut = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1]?.text ?? '';
    if (i === 0) {
      b.plain(token.text);
      line = token.text.length;
      continue;
    }
    if (token.compound) {
      // Every compound is broken at its hyphen, as a compositor would have to at a line end.
      const hyphen = token.text.indexOf('-');
      b.plain(` ${token.text.slice(0, hyphen)}`);
      b.lookAlike('-', 'compound');
      b.defect('hyphenation', 'compound', '\n', '', { auto: true });
      b.plain(token.text.slice(hyphen + 1));
      line = token.text.length - hyphen - 1;
      continue;
    }
    const fits = line + 1 + token.text.length <= width;
    // A gold token that ends in a dash never ends a line: it would read as a hyphenation.
    if (fits || /[-\u2010-\u2014]$/.test(previous)) {
      b.plain(` ${token.text}`);
      line += 1 + token.text.length;
      continue;
    }
    // The line is full: break before this token, or inside it.
    const word = HYPHENABLE.exec(token.text);
    if (word && dict.has(word[1]) && rng.chance(RATES.hyphenation)) {
      const split = rng.int(3, word[1].length - 3);
      b.plain(` ${token.text.slice(0, split)}`);
      b.defect('hyphenation', 'word', '-\n', '', { auto: true });
      b.plain(token.text.slice(split));
      line = token.text.length - split;
    } else if (cut && !didCut && !/[.!?:;,"')]$/.test(previous) && /^[a-z]/.test(token.text)) {
      didCut = true;
      b.defect('broken-paragraph', 'latin', '\n\n', ' ', { auto: true });
      b.plain(token.text);
      line = token.text.length;
    } else {
      b.plain('\n');
      b.plain(token.text);
      line = token.text.length;
    }
  }
}

/**
 * Text as a reader sees it: within a paragraph a line break is a space. Used to compare English
 * texts whose lines are wrapped differently (a join moves the rest of a line up).
 */
export function reflow(text: string): string {
  return text
    .split(/\n[ \t]*\n\s*/)
    .map((block) => block.replace(/[ \t]*\n[ \t]*/g, ' '))
    .join('\n\n');
}
