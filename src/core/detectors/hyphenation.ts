/**
 * `hyphenation`: Latin words split by a hyphen at the end of a line ("inter-\nnational") or at
 * the end of a block before a page or column break ("inter-\n\nnational").
 *
 * A line-end hyphen is joined by default (safe): in real newspaper text soft hyphens outnumber
 * hard ones at line ends by more than 20 to 1, so names and rare words ("Rose-\nville",
 * "Coo-\ngee") are joined too. It is kept only with evidence, in this order:
 * - the document itself: the hyphenated form written elsewhere on one line ("Rose-ville") keeps
 *   the hyphen; the closed form elsewhere ("Roseville") joins;
 * - a known compound ("to-\nday", "self-\nreliance"): kept, as a suggestion;
 * - both halves are words while the closed form is not ("well-\nknown"): kept (safe when both are
 *   lower case and three letters or more), unless the first half is capitalized and no usual
 *   compound head: "Coo-\ngee" is a name (Coogee), "Well-\nknown" keeps its hyphen;
 * - a capital after the break ("Anglo-\nSaxon"): kept, a name's own hyphen.
 * A page or column break before a capital is only a suggestion. "¬" and the soft hyphen always
 * join; dashes, number ranges ("1990-\n1995") and non-Latin text are never touched.
 */
import type { Block, Document } from '../document/document';
import { isLatinLetter } from '../document/script';
import type { FindingDraft, Message } from '../finding';
import { isCompoundHead, isLikelyHyphenatedCompound, isWordPair } from '../lexicon/compounds';
import { isEnglishWord } from '../lexicon/english';
import type { Detector } from './detector';

/** Marks that end a line inside a hyphenated word: hyphen-minus, hyphen, not sign, soft hyphen. */
const HYPHEN_MARKS = new Set(['-', '\u2010', '\u00ac', '\u00ad']);
/** Marks that only ever mean "word continues on the next line" (never a compound's hyphen). */
const DISCRETIONARY_MARKS = new Set(['\u00ac', '\u00ad']);

/** How the two halves of a split word should come together. */
export type HyphenDecision = 'join' | 'keep';

/** What the document shows of one split word elsewhere (lower case). */
export interface HyphenUsage {
  /** "first-second" is written on one line somewhere in the document. */
  readonly hyphenated: boolean;
  /** "firstsecond" is written somewhere in the document. */
  readonly closed: boolean;
}

const NO_USAGE: HyphenUsage = { hyphenated: false, closed: false };

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
  usage: HyphenUsage = NO_USAGE,
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
  if (discretionary) return { decision: 'join', safe: true };
  if (usage.hyphenated !== usage.closed) {
    return { decision: usage.hyphenated ? 'keep' : 'join', safe: true };
  }
  if (joined) {
    if (isLikelyHyphenatedCompound(f, s)) return { decision: 'keep', safe: false };
    // "steam-ship", "market-place": two full words whose closed form is listed too may be an
    // older hyphenated spelling; only syllable splits and suffixes ("govern-ment") are clear.
    return { decision: 'join', safe: !isWordPair(f, s) };
  }
  if (isEnglishWord(f) && isEnglishWord(s) && !(isTitleCase(first) && !isCompoundHead(f))) {
    // Both halves are words and together they are not: a compound such as "well-known".
    // Only lower-case halves of three letters or more: "JACK-SON" and "Green-land" are names
    // the list does not know, and two-letter "words" ("pa-trones") are mostly syllables.
    const clear =
      first === f && second === s && (isCompoundHead(f) || f.length >= 3) && s.length >= 3;
    return { decision: 'keep', safe: clear };
  }
  // Neither a word nor a compound of words: a name or a rare word split by a soft hyphen.
  // Mixed case ("bA-\nO") is OCR noise, not a word: only a suggestion.
  const plain = isPlainCase(first) && (second === s || second === second.toUpperCase());
  return { decision: 'join', safe: plain && !isLikelyHyphenatedCompound(f, s) };
}

/** "Coo": a capital followed by lower case, the shape of a name ("Coo-\ngee" is Coogee). */
function isTitleCase(word: string): boolean {
  return isUpper(word[0]) && word.slice(1) === word.slice(1).toLowerCase();
}

/** Lower case, Title case or all capitals. */
function isPlainCase(word: string): boolean {
  return word === word.toLowerCase() || word === word.toUpperCase() || isTitleCase(word);
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

/** One line-end hyphen examined: the fix it needs and where the letters after the break end. */
interface Examined {
  /** The hyphen mark. */
  readonly start: number;
  /** The first letter after the break. */
  readonly end: number;
  readonly replacement: string;
  readonly safe: boolean;
  readonly decision: HyphenDecision;
  /** The word as the fix leaves it. */
  readonly word: string;
  readonly pageBreak: boolean;
  readonly secondEnd: number;
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
  usages: Usages,
): Examined | undefined {
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
    const word = `${text.slice(wordStart(text, markPos - 1), markPos)}${second}`;
    return {
      start: markPos,
      end: secondStart,
      replacement: '',
      safe: true,
      decision: 'keep',
      word,
      pageBreak,
      secondEnd,
    };
  }

  const firstStart = wordStart(text, markPos);
  if (firstStart === markPos || isDigitAt(text, firstStart - 1)) return undefined;
  const first = text.slice(firstStart, markPos);

  const verdict = decideHyphenation(
    first,
    second,
    DISCRETIONARY_MARKS.has(mark),
    usages.of(first, second),
  );
  const continues = second[0] === second[0].toLowerCase() || second === second.toUpperCase();
  const safe = verdict.safe && (!pageBreak || continues);
  const hyphen = mark === '\u2010' ? '\u2010' : '-';
  const replacement = verdict.decision === 'join' ? '' : hyphen;
  const word = verdict.decision === 'join' ? first + second : `${first}${hyphen}${second}`;
  const { decision } = verdict;
  return {
    start: markPos,
    end: secondStart,
    replacement,
    safe,
    decision,
    word,
    pageBreak,
    secondEnd,
  };
}

/** Offset of the first Latin letter of the letter run that ends at `end` (exclusive). */
function wordStart(text: string, end: number): number {
  let start = end;
  while (isLetterAt(text, start - 1)) start--;
  return start;
}

function draft(
  { start, end, replacement, decision, word, pageBreak }: Examined,
  safe: boolean,
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

/** What the document shows of the split words asked about. */
interface Usages {
  of(first: string, second: string): HyphenUsage;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The forms a document writes of its split words, found in one pass over its words once every
 * split word is known: `ask` each first (answering nothing), then `read`, then `of`. Only a word
 * as long as a form asked about is lower-cased and looked up, so a 10 MB text costs a scan, not
 * a set of all its words.
 */
export class UsageIndex implements Usages {
  private readonly asked = new Set<string>();
  private readonly found = new Set<string>();
  /** Lengths of the forms asked about (a form longer than 255 letters is never asked). */
  private readonly lengths = new Uint8Array(256);

  constructor(private readonly text: string) {}

  /** Records the forms of one split word; answers as if the document showed neither. */
  readonly ask: Usages = {
    of: (first, second) => {
      const f = first.toLowerCase();
      const s = second.toLowerCase();
      for (const form of [`${f}-${s}`, f + s]) {
        if (form.length < this.lengths.length) {
          this.asked.add(form);
          this.lengths[form.length] = 1;
        }
      }
      return NO_USAGE;
    },
  };

  /** Finds which of the forms asked about the document writes (hyphenated on one line, or closed). */
  read(): void {
    if (this.asked.size === 0) return;
    const { text, lengths } = this;
    for (let i = 0; i < text.length;) {
      if (!isAsciiLetter(text.charCodeAt(i))) {
        i++;
        continue;
      }
      // A run of letters joined by single hyphens ("Rose-ville") is one form, as written.
      const start = i;
      while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
      let end = i;
      while (
        (text[end] === '-' || text[end] === '\u2010') &&
        isAsciiLetter(text.charCodeAt(end + 1))
      ) {
        end++;
        while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
      }
      this.check(start, end, lengths);
      i = end;
    }
  }

  private check(start: number, end: number, lengths: Uint8Array): void {
    const length = end - start;
    if (length >= lengths.length || lengths[length] === 0) return;
    const form = this.text.slice(start, end).toLowerCase().replaceAll('\u2010', '-');
    if (this.asked.has(form)) this.found.add(form);
  }

  of(first: string, second: string): HyphenUsage {
    const f = first.toLowerCase();
    const s = second.toLowerCase();
    return { hyphenated: this.found.has(`${f}-${s}`), closed: this.found.has(f + s) };
  }
}

/** Examines the line ends of one block and the break after it. */
function examineBlock(
  doc: Document,
  block: Block,
  next: Block | undefined,
  usages: Usages,
  examined: Examined[],
): void {
  const { text } = doc;
  let lineStart = block.start;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    if (newline < 0 || newline >= block.end) break;
    const found = examineBreak(text, lineStart, newline, newline + 1, false, usages);
    if (found) examined.push(found);
    lineStart = newline + 1;
  }
  if (next) {
    const found = examineBreak(text, lineStart, block.end, next.start, true, usages);
    if (found) examined.push(found);
  }
}

/**
 * A line holding nothing but a piece of a word hyphenated at both ends ("inter-⏎na-⏎tional")
 * chains the two breaks: how one is fixed changes the word the other sees, so neither is safe.
 * (Accepting one safe fix would otherwise turn the other's verdict.)
 */
function isChained(examined: readonly Examined[], i: number): boolean {
  const before = examined[i - 1];
  const after = examined[i + 1];
  return (
    (before !== undefined && before.secondEnd === examined[i].start) ||
    (after !== undefined && examined[i].secondEnd === after.start)
  );
}

/** The `hyphenation` detector. Cost: one pass over the line ends of the document. */
export const hyphenation: Detector = {
  kind: 'hyphenation',
  detect(doc) {
    const examined: Examined[] = [];
    const usages = new UsageIndex(doc.text);
    // First the split words are asked about, then the document is read once for their forms.
    const asking: Examined[] = [];
    doc.blocks.forEach((block, i) =>
      examineBlock(doc, block, doc.blocks[i + 1], usages.ask, asking),
    );
    if (asking.length === 0) return [];
    usages.read();
    doc.blocks.forEach((block, i) => examineBlock(doc, block, doc.blocks[i + 1], usages, examined));
    return examined.map((found, i) => draft(found, found.safe && !isChained(examined, i)));
  },
};
