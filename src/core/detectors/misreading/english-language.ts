/**
 * Whether a Latin block reads as English at all: the English corrector must not "correct" a
 * German or French page word by word into English (und → and, weil → well). A block is English
 * when most of its words are in the English word list: 0.76–1.00 of the words of the ICDAR
 * English newspaper OCR are (errors and all), 0.30–0.54 of the German pages' in
 * ocr-formats/. A paragraph the engine garbled ("He lias said tliat liis friend, wlio was
 * tliere": half its words known) is English too when the corrector reads most of its words as
 * English words and its function words (the, of, and …) are English: a fifth to a half of an
 * English paragraph's words, 0–4% of those German pages'. A block too short to judge (a headline,
 * a byline) goes by the whole issue's Latin text; an issue of a few words is read as English.
 * Pure.
 */
import type { Block, Document } from '../../document/document';
import type { ReadLower } from './english-neighbours';
import { WordCursor, type PrintTable } from './english-prints';

/** Share of known words from which a block reads as English … */
const ENGLISH_SHARE = 0.6;
/** … or of known and safely read words, with this share of English function words. */
const FUNCTION_SHARE = 0.15;
/** The commonest English words, which no other language of the Latin script shares many of. */
const FUNCTION_WORDS = new Set(
  (
    'the of and to in is that was for it with as his on be at by this had not are but from or ' +
    'have an they which you were her she there been has their would we all its he'
  ).split(' '),
);
/** Fewer words than this and a block goes by the whole issue. */
const JUDGED_WORDS = 8;
/** The words of a block counted at most. */
const SAMPLED_WORDS = 48;
interface Count {
  words: number;
  known: number;
  /** Known words and words the corrector reads safely as English ones. */
  read: number;
  functionWords: number;
}

const noWords = (): Count => ({ words: 0, known: 0, read: 0, functionWords: 0 });

/**
 * A print of a word as the English scan interns it (`english-prints.ts`): as printed, in lower
 * case, and whether its form is a word the lists know.
 */
export interface LanguagePrint {
  readonly seen: string;
  readonly lower: string;
  readonly form: { readonly nonWord: boolean };
}

/**
 * Counts the words of two letters or more in `text`, and those the word list knows: the first
 * {@link SAMPLED_WORDS} of them, which tell a language as well as all would.
 */
function countWords(
  text: string,
  words: WordCursor,
  prints: PrintTable<LanguagePrint>,
  read: (word: string) => boolean,
  into: Count,
): Count {
  words.over(text);
  while (into.words < SAMPLED_WORDS && words.next()) {
    if (words.to - words.from < 2) continue;
    const print = prints.at(words);
    into.words++;
    if (!print.form.nonWord) {
      into.known++;
      into.read++;
      if (FUNCTION_WORDS.has(print.lower)) into.functionWords++;
    } else if (read(print.seen)) {
      into.read++;
    }
  }
  return into;
}

/**
 * The test "is this Latin block of `doc` English?", counted once for the issue over the prints
 * of the scan's table (`prints`, which the scan reads on).
 */
export function englishBlocks(
  doc: Document,
  readLower: ReadLower,
  prints: PrintTable<LanguagePrint>,
): (block: Block) => boolean {
  const counts = new Map<Block, Count>();
  const issue = noWords();
  const words = new WordCursor();
  // "tliat", "wlio": a lower-case word the corrector reads safely is an English word misread
  // (read through the scan's cache: each form once for the test and the scan).
  const read = (word: string) => /^[a-z]+$/.test(word) && readLower(word)?.safe === true;
  for (const block of doc.blocks) {
    if (block.script !== 'latin') continue;
    const count = countWords(block.text, words, prints, read, noWords());
    counts.set(block, count);
    issue.words += count.words;
    issue.known += count.known;
    issue.read += count.read;
    issue.functionWords += count.functionWords;
  }
  const english = ({ words, known, read, functionWords }: Count) =>
    words > 0 &&
    (known >= ENGLISH_SHARE * words ||
      (read >= ENGLISH_SHARE * words && functionWords >= FUNCTION_SHARE * words));
  // An issue of a few words cannot be judged: it is read as English, as the corrector always did.
  const issueEnglish = issue.words < JUDGED_WORDS || english(issue);
  return (block) => {
    const count = counts.get(block);
    if (!count) return false;
    return count.words >= JUDGED_WORDS ? english(count) : issueEnglish;
  };
}
