/**
 * `hyphenation`: Latin words split by a hyphen at the end of a line ("inter-\nnational") or at
 * the end of a block before a page or column break ("inter-\n\nnational").
 *
 * The English word list decides: when the joined word is a word and the hyphenated form is not a
 * known compound, the fix joins the parts (safe); when both parts are words and the joined one is
 * not ("well-\nknown"), the fix keeps the hyphen and drops only the line break (safe); anything
 * else is a suggestion. "¬" and the soft hyphen count as hyphen marks; dashes, number ranges
 * ("1990-\n1995") and non-Latin text are never touched.
 */
import type { Block, Document } from '../document/document';
import { isLatinLetter } from '../document/script';
import type { FindingDraft, Message } from '../finding';
import { isLikelyHyphenatedCompound, isWordPair } from '../lexicon/compounds';
import { isEnglishWord } from '../lexicon/english';
import type { Detector } from './detector';

/** Marks that end a line inside a hyphenated word: hyphen-minus, hyphen, not sign, soft hyphen. */
const HYPHEN_MARKS = new Set(['-', '\u2010', '\u00ac', '\u00ad']);
/** Marks that only ever mean "word continues on the next line" (never a compound's hyphen). */
const DISCRETIONARY_MARKS = new Set(['\u00ac', '\u00ad']);

/** How the two halves of a split word should come together. */
export type HyphenDecision = 'join' | 'keep';

/** The verdict on one line-end hyphen. */
export interface HyphenVerdict {
  readonly decision: HyphenDecision;
  readonly safe: boolean;
}

/**
 * Decides a split "first-⏎second" (letters only, any case). `discretionary` is true for "¬" and
 * the soft hyphen, which never belong to a compound.
 */
export function decideHyphenation(
  first: string,
  second: string,
  discretionary: boolean,
): HyphenVerdict {
  const f = first.toLowerCase();
  const s = second.toLowerCase();
  const joined = isEnglishWord(f + s);
  const secondCapitalized = isUpper(second[0]) && second !== second.toUpperCase();
  if (secondCapitalized && first !== first.toUpperCase()) {
    // "Anglo-Saxon", "pro-British": a capital after the break starts a name, not a syllable.
    const lowerFirst = first === f;
    return { decision: 'keep', safe: !discretionary && lowerFirst && isEnglishWord(f) && !joined };
  }
  if (joined) {
    if (discretionary) return { decision: 'join', safe: true };
    if (isLikelyHyphenatedCompound(f, s)) return { decision: 'keep', safe: false };
    // "steam-ship", "market-place": two full words whose closed form is listed too may be an
    // older hyphenated spelling; only syllable splits and suffixes ("govern-ment") are clear.
    return { decision: 'join', safe: !isWordPair(f, s) };
  }
  if (!discretionary && isEnglishWord(f) && isEnglishWord(s)) {
    // Both halves are words and together they are not: a compound such as "well-known".
    // Only lower-case halves of three letters or more: "JACK-SON" and "Green-land" are names
    // the list does not know, and two-letter "words" ("pa-trones") are mostly syllables.
    const clear = first === f && second === s && f.length >= 3 && s.length >= 3;
    return { decision: 'keep', safe: clear };
  }
  return { decision: 'join', safe: false };
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase();
}

function isLetterAt(text: string, pos: number): boolean {
  return pos >= 0 && pos < text.length && isLatinLetter(text.charCodeAt(pos));
}

function isDigitAt(text: string, pos: number): boolean {
  const ch = text.charCodeAt(pos);
  return ch >= 0x30 && ch <= 0x39;
}

function isSpaceOrTab(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/**
 * Examines the line end at `lineEnd` (the offset of the `\n` or of the block's end) whose next
 * text starts at `nextLine`. Returns a draft when a hyphenated Latin word spans the break.
 */
function examineBreak(
  text: string,
  lineStart: number,
  lineEnd: number,
  nextLine: number,
  pageBreak: boolean,
): FindingDraft | undefined {
  let markEnd = lineEnd;
  while (markEnd > lineStart && isSpaceOrTab(text[markEnd - 1])) markEnd--;
  const markPos = markEnd - 1;
  const mark = text[markPos];
  if (markPos < lineStart || !HYPHEN_MARKS.has(mark)) return undefined;

  let secondStart = nextLine;
  while (isSpaceOrTab(text[secondStart])) secondStart++;
  let secondEnd = secondStart;
  while (isLetterAt(text, secondEnd)) secondEnd++;
  if (secondEnd === secondStart || isDigitAt(text, secondEnd)) return undefined;
  const second = text.slice(secondStart, secondEnd);

  // "Petit-¬\nZeile": the transcriber kept the compound's own hyphen before the break mark.
  if (
    DISCRETIONARY_MARKS.has(mark) &&
    (text[markPos - 1] === '-' || text[markPos - 1] === '\u2010')
  ) {
    if (!isLetterAt(text, markPos - 2)) return undefined;
    return draft(
      markPos,
      secondStart,
      '',
      true,
      'keep',
      `${text.slice(wordStart(text, markPos - 1), markPos)}${second}`,
      pageBreak,
    );
  }

  const firstStart = wordStart(text, markPos);
  if (firstStart === markPos || isDigitAt(text, firstStart - 1)) return undefined;
  const first = text.slice(firstStart, markPos);

  const verdict = decideHyphenation(first, second, DISCRETIONARY_MARKS.has(mark));
  const continues = second[0] === second[0].toLowerCase() || second === second.toUpperCase();
  const safe = verdict.safe && (!pageBreak || continues);
  const hyphen = mark === '\u2010' ? '\u2010' : '-';
  const replacement = verdict.decision === 'join' ? '' : hyphen;
  const word = verdict.decision === 'join' ? first + second : `${first}${hyphen}${second}`;
  return draft(markPos, secondStart, replacement, safe, verdict.decision, word, pageBreak);
}

/** Offset of the first Latin letter of the letter run that ends at `end` (exclusive). */
function wordStart(text: string, end: number): number {
  let start = end;
  while (isLetterAt(text, start - 1)) start--;
  return start;
}

function draft(
  start: number,
  end: number,
  replacement: string,
  safe: boolean,
  decision: HyphenDecision,
  word: string,
  pageBreak: boolean,
): FindingDraft {
  return {
    kind: 'hyphenation',
    start,
    end,
    replacement,
    confidence: safe ? 'safe' : 'suggest',
    message: message(decision, word, safe, pageBreak),
  };
}

function message(
  decision: HyphenDecision,
  word: string,
  safe: boolean,
  pageBreak: boolean,
): Message {
  const whereZh = pageBreak ? '段末（分栏或换页处）' : '行末';
  const whereEn = pageBreak ? 'at a column or page break' : 'at a line end';
  if (decision === 'join') {
    return safe
      ? {
          'zh-CN': `${whereZh}连字符断开的单词，合并为“${word}”。`,
          en: `A word hyphenated ${whereEn}: join it as "${word}".`,
        }
      : {
          'zh-CN': `${whereZh}连字符断开的单词，可能应合并为“${word}”，请核对。`,
          en: `A word hyphenated ${whereEn}, probably "${word}"; please check.`,
        };
  }
  return safe
    ? {
        'zh-CN': `跨行的复合词，保留连字符，合为“${word}”。`,
        en: `A hyphenated compound split ${whereEn}: keep the hyphen, "${word}".`,
      }
    : {
        'zh-CN': `跨行的词，可能是带连字符的复合词“${word}”，请核对是否保留连字符。`,
        en: `Split ${whereEn}: probably the hyphenated compound "${word}"; check whether the hyphen stays.`,
      };
}

function detectInBlock(doc: Document, block: Block, next: Block | undefined): FindingDraft[] {
  const { text } = doc;
  const drafts: FindingDraft[] = [];
  let lineStart = block.start;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    if (newline < 0 || newline >= block.end) break;
    const found = examineBreak(text, lineStart, newline, newline + 1, false);
    if (found) drafts.push(found);
    lineStart = newline + 1;
  }
  if (next) {
    const found = examineBreak(text, lineStart, block.end, next.start, true);
    if (found) drafts.push(found);
  }
  return drafts;
}

/** The `hyphenation` detector. Cost: one pass over the line ends of the document. */
export const hyphenation: Detector = {
  kind: 'hyphenation',
  detect(doc) {
    const drafts: FindingDraft[] = [];
    doc.blocks.forEach((block, i) => {
      for (const draft of detectInBlock(doc, block, doc.blocks[i + 1])) drafts.push(draft);
    });
    return drafts;
  },
};
