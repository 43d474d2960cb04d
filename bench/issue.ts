/**
 * Generated issues for the benches, built from the sample draft's own text
 * (../shared/samples/hengyang-daily-2020-03-05.txt): its headlines and sentences recombined
 * into new paragraphs with seeded character mutations (15% of Han characters), so the text
 * keeps the sample's make-up (half-width commas, bylines, headlines) without every paragraph
 * repeating 700 times. A few defects are planted at about the sample's rate: an exact duplicate
 * paragraph, a column break, a stutter.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadIcdarPairs } from '../tests/eval/icdar';
import { generator } from './corpus';

/** The sample draft the issues are built from. */
export const SAMPLE = fileURLToPath(
  new URL('../../shared/samples/hengyang-daily-2020-03-05.txt', import.meta.url),
);

/**
 * Share of Han characters replaced in every recombined sentence. Enough that two paragraphs
 * sharing a sentence are not near duplicates (at 5%, near-duplicate pairs grow with the square
 * of the issue and the growth bench would measure the generator, not the detector).
 */
const MUTATION = 0.15;

interface Pools {
  readonly headlines: string[];
  readonly sentences: string[];
  readonly han: string[];
}

function pools(sample: string): Pools {
  const blocks = sample
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const headlines = blocks.filter((b) => !/[。！？”]$/.test(b) && [...b].length <= 40);
  const sentences = blocks
    .filter((b) => !headlines.includes(b))
    .flatMap((b) => b.match(/[^。！？]+[。！？]?/g) ?? [])
    .filter((s) => s.length >= 6);
  const han = [...new Set(sample.match(/\p{Script=Han}/gu) ?? [])];
  return { headlines, sentences, han };
}

/**
 * An issue of at least `bytes` bytes of UTF-8 (1 MB = 10^6), deterministic for `seed`:
 * headlines, blank lines, paragraphs of 2–6 recombined sentences with MUTATION of their Han
 * characters replaced.
 */
export function generateIssue(bytes: number, seed = 20200305): string {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const { headlines, sentences, han } = pools(readFileSync(SAMPLE, 'utf8'));
  const mutate = (text: string): string =>
    text.replace(/\p{Script=Han}/gu, (ch) => (random() < MUTATION ? pick(han) : ch));
  const parts: string[] = [];
  const recent: string[] = [];
  let size = 0;
  const push = (block: string): void => {
    parts.push(block);
    size += Buffer.byteLength(block, 'utf8') + 2;
  };
  while (size < bytes) {
    push(mutate(pick(headlines)));
    for (let p = 1 + Math.floor(random() * 7); p > 0; p--) {
      let paragraph = '';
      for (let s = 2 + Math.floor(random() * 5); s > 0; s--) paragraph += mutate(pick(sentences));
      const roll = random();
      if (roll < 0.04) {
        // A column break inside the paragraph.
        const at = Math.floor(paragraph.length / 2);
        paragraph = `${paragraph.slice(0, at)}\n\n${paragraph.slice(at)}`;
      } else if (roll < 0.06) {
        const at = Math.floor(random() * (paragraph.length - 4));
        paragraph = paragraph.slice(0, at + 2) + paragraph.slice(at);
      }
      push(paragraph);
      recent.push(paragraph);
      if (recent.length > 50) recent.shift();
      if (random() < 0.005) push(pick(recent));
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/** The ICDAR 2017 English OCR (../shared/corpus/en-ocr/icdar2017; see its README). */
const ICDAR = fileURLToPath(new URL('../../shared/corpus/en-ocr/icdar2017', import.meta.url));

/**
 * An English issue of at least `bytes` bytes, deterministic for `seed`: the sentences of the
 * ICDAR 2017 newspapers' real OCR (its misread words, names, sums and broken lines as the engine
 * left them) recombined into paragraphs of 2–8 sentences, as `generateIssue` does with the
 * Chinese sample. Measurement only: the corpus is never shipped.
 */
export function generateEnglishIssue(bytes: number, seed = 20200305): string {
  const random = generator(seed);
  const sentences = loadIcdarPairs(ICDAR)
    .filter((pair) => pair.set === 'periodical')
    .flatMap((pair) => pair.input.split(/(?<=[.!?])\s+(?=[A-Z])/))
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length >= 20);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    let paragraph = sentences[Math.floor(random() * sentences.length)]!;
    for (let s = 1 + Math.floor(random() * 7); s > 0; s--) {
      paragraph += ` ${sentences[Math.floor(random() * sentences.length)]!}`;
    }
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph, 'utf8') + 2;
  }
  return `${parts.join('\n\n')}\n`;
}
