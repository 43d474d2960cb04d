/**
 * English words the OCR engine split with a stray space ("Govern ment", "w inter", "ma de") or
 * ran together with the next word ("ofthe", "tothe", "isnot"). Both are `misreading` findings
 * that only remove or insert one space, so the app groups them into series like the others
 * ("Govern ment → Government, 12 places").
 *
 * Two pieces are one word when joined they make a word and a piece is broken or far rarer than
 * that word: a non-word ("ernment"), a single letter that is no word ("d", "t"), or a piece used
 * ten times less ("ment" 11 times in 51 million, "government" 3,327). Two words used about as
 * often as the joined form stay apart: "in to" (into), "to day" (today), "a new" (anew), "may
 * be" (maybe); so do names, whose second piece is capitalized ("Van Dyke"). A clean applies
 * only a stray letter ("w inter", "pos t"); a split into longer pieces is a line-end hyphen the
 * engine lost, which the gold of real newspapers keeps ("pro‐ ceed"): only suggested.
 *
 * A run-together word is parted only when it is no word (not in the 275,000-word list, or a typo
 * SUBTLEX barely saw: "tobe"), and it parts into two words of which one is among the commonest
 * (the, of, to, and, in …) and the other is used often: "ofthe" → "of the". A word of the word
 * list ("into", "cannot", "together", "nothing") is never parted. Pure.
 */
import type { FindingDraft } from '../../finding';
import { isEnglishWord } from '../../lexicon/english';
import type { EnglishFrequencies } from '../../lexicon/english-frequency';

/** A word of a block as the English scan read it: letters a–z only, offsets into the text. */
export interface ScannedWord {
  readonly from: number;
  readonly to: number;
}

/** The joined form must be used at least this often (per 51 million) to be applied. */
const SAFE_JOINED_COUNT = 100;
/** … and to be suggested when no piece is broken but one is rare beside it. */
const SUGGEST_JOINED_COUNT = 100;
/** A piece used this many times less than the joined form is a fragment of it (applied). */
const SAFE_WEAK_RATIO = 100;
/** … this many times less: suggested only ("ma de": "de" 2,161, "made" 28,626). */
const SUGGEST_WEAK_RATIO = 10;
/** The single letters that are words; any other letter alone is a fragment. */
const LETTER_WORDS = new Set(['a', 'i']);
/** A joined form this short is only suggested: "a n", "r e", "t ad" are as often other debris. */
const SAFE_MIN_JOINED_LENGTH = 4;
/** A piece beside a single letter used this often (per 51 million) is a word of its own. */
const LETTER_BESIDE_WORD_COUNT = 100;
/**
 * Whether a word split into two pieces of two letters or more ("govern ment", "pro ceed",
 * "numer ous") is joined by a clean. Such a split is nearly always a line-end hyphen the engine
 * lost: in the ICDAR 2017 newspapers most such joins met a gold that keeps the hyphen ("pro‐
 * ceed"), and each of those added an edit there, so they are only suggested; a stray letter
 * ("w inter", "pos t") is applied. `npm run eval` shows what the other choice would measure.
 */
export const SYLLABLE_SPLITS_SAFE = false;

/** True when both pieces (their lengths) are longer than a letter: where a hyphen would part. */
function isSyllableSplit(a: number, b: number): boolean {
  return a > 1 && b > 1;
}
/** Older spellings kept apart: "to day", "to morrow", "to night". */
const OLDER_SPELLINGS = new Set(['today', 'tomorrow', 'tonight']);

/** The piece of a split read as no word of its own: a non-word or a letter that is no word. */
function broken(piece: string, frequencies: EnglishFrequencies): boolean {
  if (piece.length === 1) return !LETTER_WORDS.has(piece);
  return frequencies.count(piece) === 0;
}

type Shape = 'lower' | 'capital' | 'upper';

const isUpper = (s: string) => s === s.toUpperCase();
const isLower = (s: string) => s === s.toLowerCase();

/**
 * How two pieces join, or null when they cannot be one word: both lower case, a capitalized
 * (or single capital) first piece and a lower-case second, or both in capitals with at least
 * one of them longer than a letter.
 */
function joinedShape(a: string, b: string): Shape | null {
  if (isLower(a) && isLower(b)) return 'lower';
  if (isUpper(a[0]!) && isLower(a.slice(1)) && isLower(b)) return 'capital';
  if (isUpper(a) && isUpper(b) && a.length + b.length > 2) return 'upper';
  return null;
}

function reshape(word: string, shape: Shape): string {
  if (shape === 'upper') return word.toUpperCase();
  if (shape === 'capital') return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** How sure a join of two pieces is; null when the pieces stay apart. */
export function judgeJoin(
  a: string,
  b: string,
  frequencies: EnglishFrequencies,
): 'safe' | 'suggest' | null {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (OLDER_SPELLINGS.has(la + lb) && la === 'to') return null;
  const joined = frequencies.count(la + lb);
  if (joined === 0) return null;
  const broke = broken(la, frequencies) || broken(lb, frequencies);
  const weak = (ratio: number) =>
    frequencies.count(la) * ratio <= joined || frequencies.count(lb) * ratio <= joined;
  // A single capital before capitals is an initial printed apart ("T HE", "L OST") or debris
  // ("SIR E"): the gold keeps such initials apart, so they are only suggested.
  const initial = (a.length === 1 || b.length === 1) && isUpper(a) && isUpper(b);
  // "t wins", "g room", "price s": a stray letter beside a word is as often debris of another.
  const letterBesideWord =
    (la.length === 1 && frequencies.count(lb) >= LETTER_BESIDE_WORD_COUNT) ||
    (lb.length === 1 && frequencies.count(la) >= LETTER_BESIDE_WORD_COUNT);
  if (
    joined >= SAFE_JOINED_COUNT &&
    (broke || weak(SAFE_WEAK_RATIO)) &&
    !initial &&
    !letterBesideWord &&
    (SYLLABLE_SPLITS_SAFE || !isSyllableSplit(la.length, lb.length)) &&
    la.length + lb.length >= SAFE_MIN_JOINED_LENGTH
  ) {
    return 'safe';
  }
  if (broke || (joined >= SUGGEST_JOINED_COUNT && weak(SUGGEST_WEAK_RATIO))) return 'suggest';
  return null;
}

/** True when the one character between two words is a space or a line break. */
function oneGap(text: string, a: ScannedWord, b: ScannedWord): boolean {
  return b.from === a.to + 1 && (text[a.to] === ' ' || text[a.to] === '\n');
}

/** The join of words[i] and words[i + 1] as it would be judged, or null. */
function joinAt(
  text: string,
  words: readonly ScannedWord[],
  i: number,
  frequencies: EnglishFrequencies,
): { shape: Shape; confidence: 'safe' | 'suggest' } | null {
  const a = words[i];
  const b = words[i + 1];
  if (!a || !b || !oneGap(text, a, b)) return null;
  // After a number a letter is a unit ("1½d on application"), not a piece of a word.
  if (a.from > 0 && /\p{N}/u.test(text[a.from - 1]!)) return null;
  const sa = text.slice(a.from, a.to);
  const sb = text.slice(b.from, b.to);
  const shape = joinedShape(sa, sb);
  if (!shape) return null;
  const confidence = judgeJoin(sa, sb, frequencies);
  return confidence ? { shape, confidence } : null;
}

/**
 * The split words of one block: every pair of neighbouring `words` (in order, as the scan read
 * them) parted by one space or line break whose join is judged. A join is applied only when it
 * stands alone: when the word before or after would join too ("Repre sent atives"), fixing one
 * would make the next, so each is only suggested. `glued(from, to)` is the scan's test of a
 * word touching digits, apostrophes or hyphens, asked of the two pieces.
 */
export function splitWordDrafts(
  text: string,
  words: readonly ScannedWord[],
  frequencies: EnglishFrequencies,
  glued: (from: number, to: number) => boolean,
): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const join = joinAt(text, words, i, frequencies);
    if (!join) continue;
    const a = words[i]!;
    const b = words[i + 1]!;
    if (glued(a.from, a.to) || glued(b.from, b.to)) continue;
    const chained =
      joinAt(text, words, i - 1, frequencies) !== null ||
      joinAt(text, words, i + 1, frequencies) !== null;
    const seen = text.slice(a.from, b.to);
    const meant = reshape(seen.replace(/[ \n]/, '').toLowerCase(), join.shape);
    const confidence = join.confidence === 'safe' && !chained ? 'safe' : 'suggest';
    const hyphenLost = confidence === 'suggest' && isSyllableSplit(a.to - a.from, b.to - b.from);
    drafts.push({
      kind: 'misreading',
      start: a.from,
      end: b.to,
      replacement: meant,
      confidence,
      message: joinMessage(seen, meant, hyphenLost),
    });
    i++;
  }
  return drafts;
}

/**
 * The words one piece of a run-together word must be: the commonest words of written English,
 * closed classes only (SUBTLEX ranks by speech: "good", "know" and "now" are not among them).
 */
const FUNCTION_PIECES = new Set(
  (
    'the of to and in a is be his her at on by for with that it as was not he or from are ' +
    'has had have this their which were will been but an we they you i all so no if my our its'
  ).split(' '),
);
/** The other piece must be used at least this often (per 51 million) to be applied … */
const SAFE_PIECE_COUNT = 1_000;
/** … and this often to be suggested. */
const SUGGEST_PIECE_COUNT = 100;
/** A run-together word shorter than this is left alone ("ofa", "tho") … */
const MIN_RUN_TOGETHER_LENGTH = 4;
/** … and one shorter than this is only suggested ("tobe", "itus"). */
const SAFE_RUN_TOGETHER_LENGTH = 5;

/** SUBTLEX saw a form fewer times than this and the word list lacks it: a typo ("tobe"). */
const TYPO_COUNT = 5;

/** True when `word` is a word: in the word list, or used in SUBTLEX more than a typo is. */
function isWord(word: string, frequencies: EnglishFrequencies): boolean {
  return isEnglishWord(word) || frequencies.count(word) >= TYPO_COUNT;
}

/** Where a run-together word parts, and how sure that is. */
export interface RunTogether {
  /** The length of the first word. */
  readonly at: number;
  readonly confidence: 'safe' | 'suggest';
}

/**
 * How the lower-case non-word `seen` parts into two words, or null: one of the commonest words
 * and one used often ("ofthe", "tothe", "isnot", "thecountry"). A form the word list knows is
 * never parted ("into", "cannot", "nothing"), nor an older spelling, which adds a letter to a
 * word ("soone", "withall"); one that parts two ways is only suggested, as is one with a
 * single letter ("astimulant").
 */
export function judgeRunTogether(
  seen: string,
  frequencies: EnglishFrequencies,
): RunTogether | null {
  if (seen.length < MIN_RUN_TOGETHER_LENGTH || isWord(seen, frequencies)) return null;
  if (isWord(seen.slice(0, -1), frequencies)) return null;
  // The parts into two words of two letters or more, and those with a single letter ("a", "i").
  let best: { at: number; score: number; safe: boolean } | null = null;
  let ways = 0;
  let letter: { at: number; score: number } | null = null;
  for (let at = 1; at < seen.length; at++) {
    const left = seen.slice(0, at);
    const right = seen.slice(at);
    const fl = FUNCTION_PIECES.has(left);
    const fr = FUNCTION_PIECES.has(right);
    if (!fl && !fr) continue;
    const cl = frequencies.count(left);
    const cr = frequencies.count(right);
    if (cl < SUGGEST_PIECE_COUNT || cr < SUGGEST_PIECE_COUNT) continue;
    if ((left.length === 1 && !fl) || (right.length === 1 && !fr)) continue;
    const score = Math.log10(cl) + Math.log10(cr);
    if (left.length === 1 || right.length === 1) {
      if (!letter || score > letter.score) letter = { at, score };
      continue;
    }
    ways++;
    // A piece SUBTLEX has only capitalized is a name ("on don" in "ondon" for London);
    // "largeit", "viewor", "itus": a short ending read as a word is as often a misread suffix.
    const safe =
      seen.length >= SAFE_RUN_TOGETHER_LENGTH &&
      (fl || right.length > 2) &&
      frequencies.rank(left) < Infinity &&
      frequencies.rank(right) < Infinity &&
      ((fl && fr) || (fl ? cr : cl) >= SAFE_PIECE_COUNT);
    if (!best || score > best.score) best = { at, score, safe };
  }
  if (best) return { at: best.at, confidence: ways === 1 && best.safe ? 'safe' : 'suggest' };
  return letter ? { at: letter.at, confidence: 'suggest' } : null;
}

/** The run-together draft of the word at [from, to) of `text`, printed `seen`, or null. */
export function runTogetherDraft(
  seen: string,
  from: number,
  to: number,
  parts: RunTogether,
): FindingDraft {
  const meant = `${seen.slice(0, parts.at)} ${seen.slice(parts.at)}`;
  return {
    kind: 'misreading',
    start: from,
    end: to,
    replacement: meant,
    confidence: parts.confidence,
    message: {
      'zh-CN': `疑为误识：“${seen}”应为“${meant}”（两词之间漏了空格）；“${seen}”不是英文词，拆开是两个常用词。`,
      en: `Words run together: "${seen}" for "${meant}" (a space lost); "${seen}" is no English word, parted it is two frequent ones.`,
    },
  };
}

function joinMessage(seen: string, meant: string, hyphenLost: boolean): FindingDraft['message'] {
  const shown = seen.replace('\n', '⏎');
  const check = hyphenLost
    ? {
        zh: '；多半是行末连字符丢失，原文可能写作带连字符的形式，请核对',
        en: '; most likely a line-end hyphen was lost, and the page may keep it: please check',
      }
    : { zh: '', en: '' };
  return {
    'zh-CN': `疑为误识：“${shown}”应为“${meant}”（一个词被空格拆开）；拆开的部分不成词或是罕用的残片，合起来“${meant}”是常用词${check.zh}。`,
    en: `Word split by a space: "${shown}" for "${meant}"; a piece is no word or a rare fragment, joined it is the frequent word "${meant}"${check.en}.`,
  };
}
