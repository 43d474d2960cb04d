/**
 * Whether a Latin block reads as English at all: the English corrector must not "correct" a
 * German or French page word by word into English (und → and, weil → well). A block is English
 * when most of its words are in the English word list: 0.76–1.00 of the words of the ICDAR
 * English newspaper OCR are (errors and all), 0.39–0.42 of a German page's. A block too short to
 * judge (a headline, a byline) goes by the whole issue's Latin text; an issue of a few words is
 * read as English. Pure.
 */
import type { Block, Document } from '../../document/document';
import type { EnglishFrequencies } from '../../lexicon/english-frequency';

/** Share of known words from which a block reads as English. */
const ENGLISH_SHARE = 0.6;
/** Fewer words than this and a block goes by the whole issue. */
const JUDGED_WORDS = 8;
const WORD = /[A-Za-z]{2,}/g;

interface Count {
  words: number;
  known: number;
}

function countWords(text: string, frequencies: EnglishFrequencies, into: Count): Count {
  for (const m of text.matchAll(WORD)) {
    into.words++;
    if (frequencies.count(m[0].toLowerCase()) > 0) into.known++;
  }
  return into;
}

/** The test "is this Latin block of `doc` English?", counted once for the issue. */
export function englishBlocks(
  doc: Document,
  frequencies: EnglishFrequencies,
): (block: Block) => boolean {
  const counts = new Map<Block, Count>();
  const issue: Count = { words: 0, known: 0 };
  for (const block of doc.blocks) {
    if (block.script !== 'latin') continue;
    const count = countWords(block.text, frequencies, { words: 0, known: 0 });
    counts.set(block, count);
    issue.words += count.words;
    issue.known += count.known;
  }
  const english = ({ words, known }: Count) => words > 0 && known >= ENGLISH_SHARE * words;
  // An issue of a few words cannot be judged: it is read as English, as the corrector always did.
  const issueEnglish = issue.words < JUDGED_WORDS || english(issue);
  return (block) => {
    const count = counts.get(block);
    if (!count) return false;
    return count.words >= JUDGED_WORDS ? english(count) : issueEnglish;
  };
}
