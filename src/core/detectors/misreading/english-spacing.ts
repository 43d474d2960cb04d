/**
 * English words the OCR engine split with a stray space ("Govern ment", "s ummer", "ma de") or
 * ran together with the next word ("ofthe", "tothe", "isnot"). Both are `misreading` findings
 * that only remove or insert one space, so the app groups them into series like the others
 * ("Govern ment → Government, 12 places").
 *
 * Two pieces are one word when joined they make a word and a piece is broken or far rarer than
 * that word: a non-word ("ernment"), a single letter that is no word ("d", "t"), or a piece used
 * ten times less ("ment" 11 times in 51 million, "government" 3,327). Two words used about as
 * often as the joined form stay apart: "in to" (into), "to day" (today), "a new" (anew), "may
 * be" (maybe); so do names, whose second piece is capitalized ("Van Dyke"). A clean applies
 * only a stray letter ("s ummer", "pos t"); a split into longer pieces is a line-end hyphen the
 * engine lost, which the gold of real newspapers keeps ("pro‐ ceed"): only suggested.
 *
 * A run-together word is parted only when it is no word (not in the 275,000-word list, or a typo
 * SUBTLEX barely saw: "tobe"), and it parts into two words of which one is among the commonest
 * (the, of, to, and, in …) and the other is used often: "ofthe" → "of the". A word of the word
 * list ("into", "cannot", "together", "nothing") is never parted. Pure.
 */
import type { FindingDraft } from '../../finding';
import type { EnglishFrequencies } from '../../lexicon/english-frequency';
import { NEVER_MEANT } from './english';
import { reshape, type Shape } from './english-case';
import { joinedHash, LetterFilter } from './letter-filter';
import {
  judgeRunTogether,
  MIN_RUN_TOGETHER_LENGTH,
  runTogetherDraft,
  type RunTogether,
} from './english-run-together';

/** The joined form must be used at least this often (per 51 million) to be applied. */
const SAFE_JOINED_COUNT = 100;
/** … and to be suggested when no piece is broken but one is rare beside it. */
const SUGGEST_JOINED_COUNT = 100;
/**
 * A joined form used less than this (per 51 million) is never proposed: "december" counts 38,
 * a tenth of its capitalized uses; rarer forms are names or words the issue hardly needs.
 */
const MIN_JOINED_COUNT = 10;
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
 * ceed"), and each of those added an edit there (set true, the clean made 212 such joins and
 * the newspapers' CER 136 edits worse), so they are only suggested; a stray letter ("s ummer",
 * "pos t") is applied.
 */
export const SYLLABLE_SPLITS_SAFE = false;

/** True when both pieces (their lengths) are longer than a letter: where a hyphen would part. */
function isSyllableSplit(a: number, b: number): boolean {
  return a > 1 && b > 1;
}
/**
 * Spellings kept apart: older ones ("to day", "to morrow", "to night", "not withstanding") and
 * two words with a sense of their own ("per cent", which British and older print spell so and
 * the ICDAR gold keeps; "to ward off"). Measured 7 December 2026 (seventeenth session): the
 * State of the Union addresses and Moby-Dick had 49 such suggestions, the ICDAR newspapers 4
 * (each "per cent", which their gold keeps).
 */
const KEPT_APART: ReadonlyMap<string, string> = new Map([
  ['today', 'to'],
  ['tomorrow', 'to'],
  ['tonight', 'to'],
  ['percent', 'per'],
  ['notwithstanding', 'not'],
  ['toward', 'to'],
]);

const isUpper = (s: string) => s === s.toUpperCase();

/**
 * How two pieces join, or null when they cannot be one word: both lower case, a capitalized
 * (or single capital) first piece and a lower-case second, or both in capitals with at least
 * one of them longer than a letter.
 */
function joinedShape(
  ka: Shape | null,
  kb: Shape | null,
  aLength: number,
  bLength: number,
): Shape | null {
  if (kb === 'capital' || kb === null) return null;
  if (kb === 'lower') {
    if (ka === 'lower') return 'lower';
    return ka === 'capital' || (ka === 'upper' && aLength === 1) ? 'capital' : null;
  }
  return ka === 'upper' && aLength + bLength > 2 ? 'upper' : null;
}

/** How sure a join of two pieces is; null when the pieces stay apart. */
export function judgeJoin(
  a: string,
  b: string,
  frequencies: EnglishFrequencies,
): 'safe' | 'suggest' | null {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  const counts = {
    a: frequencies.count(la),
    b: frequencies.count(lb),
    joined: frequencies.count(la + lb),
  };
  return judgeCounted(a, b, la, lb, counts);
}

/** `judgeJoin` on counts looked up already: the pieces' and the joined form's. */
function judgeCounted(
  a: string,
  b: string,
  la: string,
  lb: string,
  counts: { readonly a: number; readonly b: number; readonly joined: number },
): 'safe' | 'suggest' | null {
  const { joined } = counts;
  if (joined < MIN_JOINED_COUNT) return null;
  if (KEPT_APART.get(la + lb) === la) return null;
  const broke =
    (la.length === 1 ? !LETTER_WORDS.has(la) : counts.a === 0) ||
    (lb.length === 1 ? !LETTER_WORDS.has(lb) : counts.b === 0);
  const weak = (ratio: number) => counts.a * ratio <= joined || counts.b * ratio <= joined;
  // A single capital before capitals is an initial printed apart ("T HE", "L OST") or debris
  // ("SIR E"): the gold keeps such initials apart, so they are only suggested.
  const initial = (a.length === 1 || b.length === 1) && isUpper(a) && isUpper(b);
  // "t wins", "g room", "price s": a stray letter beside a word is as often debris of another.
  const letterBesideWord =
    (la.length === 1 && counts.b >= LETTER_BESIDE_WORD_COUNT) ||
    (lb.length === 1 && counts.a >= LETTER_BESIDE_WORD_COUNT);
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
  // "a gain", "a round": beside the words "a" and "i" only a fragment is joined.
  const letterWord = LETTER_WORDS.has(la) || LETTER_WORDS.has(lb);
  if (broke || (joined >= SUGGEST_JOINED_COUNT && !letterWord && weak(SUGGEST_WEAK_RATIO))) {
    return 'suggest';
  }
  return null;
}

/**
 * What the scans keep to judge joins fast: the words used often enough to be the join of two
 * words that are no fragments, the highest count of a word by length and letters, and the count
 * of each piece seen (kept across analyses of one table, up to {@link MAX_CACHED_COUNTS}: the app
 * analyses the same issue again after every edit). Most neighbouring words ("of the", "the
 * market") are ruled out by these without building the joined form.
 */
export interface JoinIndex {
  readonly frequencies: EnglishFrequencies;
  readonly frequent: ReadonlySet<string>;
  /** By length, first letter and last letter (`boundIndex`): the highest count of such a word. */
  readonly maxBy: Float64Array;
  readonly counts: Map<string, number>;
  /** A {@link LetterFilter} of the frequent words. */
  readonly frequentFilter: LetterFilter;
  /** How each lower-case non-word seen parts when run together. */
  readonly runTogether: Map<string, RunTogether | null>;
}

/** Bits of the filter of frequent words (32,000 of them): under 2% of other forms pass it. */
const FREQUENT_FILTER_BITS = 1 << 21;
/** Bits of a scan's filter of run-together words (a few hundred in an issue). */
const RUN_TOGETHER_FILTER_BITS = 1 << 16;

const joinIndexes = new WeakMap<EnglishFrequencies, JoinIndex>();

/** The counts kept at most; past this many forms (OCR debris is endless) they start again. */
const MAX_CACHED_COUNTS = 200_000;

/** Joined forms longer than this share one bound per first and last letter. */
const MAX_BOUND_LENGTH = 24;

/** Where the bound of words of `length` from letter code `first` to `last` (any case) is kept. */
function boundIndex(length: number, first: number, last: number): number {
  return (
    (Math.min(length, MAX_BOUND_LENGTH) * 26 + ((first | 0x20) - 97)) * 26 + ((last | 0x20) - 97)
  );
}

/** The join index of a table, built once per table. */
export function joinIndex(frequencies: EnglishFrequencies): JoinIndex {
  let shared = joinIndexes.get(frequencies);
  if (!shared) {
    const frequent = new Set(frequencies.wordsUsedAtLeast(MIN_JOINED_COUNT));
    for (const word of NEVER_MEANT) frequent.delete(word);
    const maxBy = new Float64Array((MAX_BOUND_LENGTH + 1) * 26 * 26);
    for (const word of frequent) {
      if (!/^[a-z]+$/.test(word)) continue;
      const at = boundIndex(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1));
      maxBy[at] = Math.max(maxBy[at]!, frequencies.count(word));
    }
    const frequentFilter = new LetterFilter(FREQUENT_FILTER_BITS);
    for (const word of frequent) frequentFilter.add(word);
    shared = {
      frequencies,
      frequent,
      maxBy,
      counts: new Map(),
      frequentFilter,
      runTogether: new Map(),
    };
    joinIndexes.set(frequencies, shared);
  }
  return shared;
}

/** The count of the printed word i of a block (any case), cached for the scan and the block. */
function pieceCount(words: BlockWords, i: number, index: JoinIndex): number {
  let count = words.counts[i]!;
  if (count >= 0) return count;
  const lower = words.lowers[i]!;
  count = index.counts.get(lower) ?? -1;
  if (count < 0) {
    count = index.frequencies.count(lower);
    if (index.counts.size >= MAX_CACHED_COUNTS) index.counts.clear();
    index.counts.set(lower, count);
  }
  words.counts[i] = count;
  return count;
}

/**
 * The judgement of the words i and i + 1 by `judgeJoin`, made from few look-ups: most pairs are
 * ruled out when neither piece is broken and the rarer is used too often for any word of their
 * joined length and letters to be ten times more frequent, or the joined form is not used often.
 */
function judgeAt(words: BlockWords, i: number, index: JoinIndex): 'safe' | 'suggest' | null {
  const a = words.pieces[i]!;
  const b = words.pieces[i + 1]!;
  // The joined form must be a frequent word: most pairs end here, with no look-up.
  const joinedLetters = joinedHash(words.hashes[i]!, words.hashes[i + 1]!, b.length);
  if (!index.frequentFilter.mayHoldHash(joinedLetters)) return null;
  const ca = pieceCount(words, i, index);
  const cb = pieceCount(words, i + 1, index);
  const la = words.lowers[i]!;
  const lb = words.lowers[i + 1]!;
  const brokenA = a.length === 1 ? !LETTER_WORDS.has(la) : ca === 0;
  const brokenB = b.length === 1 ? !LETTER_WORDS.has(lb) : cb === 0;
  if (!brokenA && !brokenB) {
    const bound =
      index.maxBy[boundIndex(a.length + b.length, a.charCodeAt(0), b.charCodeAt(b.length - 1))]!;
    if (Math.min(ca, cb) * SUGGEST_WEAK_RATIO > bound) return null;
  }
  if (!index.frequent.has(la + lb)) return null;
  const joined = index.frequencies.count(la + lb);
  return judgeCounted(a, b, la, lb, { a: ca, b: cb, joined });
}

const SPACE = 0x20;
const LINE_BREAK = 0x0a;

/** The word split at `i` of a block's words: `pieces[i]` and `pieces[i + 1]` and their starts. */
interface BlockWords {
  /** How many words the block has (the arrays may hold more, left from a longer block). */
  readonly size: number;
  readonly pieces: readonly string[];
  readonly lowers: readonly string[];
  readonly starts: readonly number[];
  /** Each piece's case (`caseOf`) and the `letterHash` of its letters. */
  readonly shapes: readonly (Shape | null)[];
  readonly hashes: readonly number[];
  /** The count of each piece once looked up, -1 before. */
  readonly counts: Float64Array;
}

/** The join of the words i and i + 1 as it would be judged, or null. */
function joinAt(
  text: string,
  words: BlockWords,
  i: number,
  index: JoinIndex,
): { shape: Shape; confidence: 'safe' | 'suggest' } | null {
  if (i < 0 || i + 1 >= words.size) return null;
  const sa = words.pieces[i]!;
  const sb = words.pieces[i + 1]!;
  const from = words.starts[i]!;
  const gap = from + sa.length;
  // One space or line break between the pieces, nothing else.
  if (words.starts[i + 1] !== gap + 1) return null;
  const between = text.charCodeAt(gap);
  if (between !== SPACE && between !== LINE_BREAK) return null;
  const shape = joinedShape(words.shapes[i]!, words.shapes[i + 1]!, sa.length, sb.length);
  if (!shape) return null;
  const confidence = judgeAt(words, i, index);
  // After a number a letter is a unit ("1½d on application"), not a piece of a word.
  if (!confidence || (from > 0 && /\p{N}/u.test(text[from - 1]!))) return null;
  return { shape, confidence };
}

/**
 * The words of one block as the English scan reads them, and the spacing drafts they hold: the
 * split words (every pair of neighbouring words parted by one space or line break whose join is
 * judged) and the run-together words (the non-words the scan found no reading for). One object
 * serves a whole scan; its buffers are reused block after block.
 *
 * A join is applied only when it stands alone: when the word before or after would join too
 * ("Repre sent atives"), fixing one would make the next, so each is only suggested.
 */
export class BlockSpacing {
  /** How many of the arrays' entries are the block's words. */
  private size = 0;
  private readonly pieces: string[] = [];
  private readonly lowers: string[] = [];
  private readonly starts: number[] = [];
  private readonly shapes: (Shape | null)[] = [];
  private readonly hashes: number[] = [];
  private counts = new Float64Array(256);
  /** Indexes of the words that may be two words run together. */
  private readonly candidates: number[] = [];
  /** The words of the scan learnt to be run together (`learn`). */
  private readonly runTogether = new LetterFilter(RUN_TOGETHER_FILTER_BITS);

  constructor(private readonly index: JoinIndex) {}

  /** Starts a block. */
  reset(): void {
    // The arrays keep their room from block to block (a length set to 0 would let it go, and
    // every block would grow it again): `size` says how much of them is this block's.
    this.size = 0;
    this.candidates.length = 0;
  }

  /**
   * The next word of the block: as printed, in lower case, where it starts, its case (`caseOf`)
   * and the `letterHash` of its letters (the scan knows both of each distinct print).
   */
  add(seen: string, lower: string, from: number, shape: Shape | null, hash: number): void {
    const i = this.size++;
    this.pieces[i] = seen;
    this.lowers[i] = lower;
    this.starts[i] = from;
    this.shapes[i] = shape;
    this.hashes[i] = hash;
  }

  /**
   * A lower-case word the scan reads for the first time and finds no reading for: judged once
   * whether it is two words run together, and remembered in a filter if so.
   */
  learn(lower: string): void {
    if (lower.length >= MIN_RUN_TOGETHER_LENGTH && runTogetherOf(lower, this.index)) {
      this.runTogether.add(lower);
    }
  }

  /**
   * The word added last is a lower-case word with no reading: it may be run together. The
   * filter of the words learnt so tells most words apart without a look-up.
   */
  markRunTogether(): void {
    const last = this.size - 1;
    if (
      this.pieces[last]!.length >= MIN_RUN_TOGETHER_LENGTH &&
      this.runTogether.mayHold(this.lowers[last]!)
    ) {
      this.candidates.push(last);
    }
  }

  /**
   * The spacing drafts of the block. `glued(from, to)` is the scan's test of a word touching
   * digits, apostrophes or hyphens; `splitPiece(from, to, seen)` its test of a word that is half
   * of a word split by a space (such a word is joined, not parted).
   */
  drafts(
    text: string,
    glued: (from: number, to: number) => boolean,
    splitPiece: (from: number, to: number, seen: string) => boolean,
  ): FindingDraft[] {
    const { pieces, starts, index, size } = this;
    if (this.counts.length < size) this.counts = new Float64Array(size * 2);
    this.counts.fill(-1, 0, size);
    const words: BlockWords = {
      size,
      pieces,
      lowers: this.lowers,
      starts,
      shapes: this.shapes,
      hashes: this.hashes,
      counts: this.counts,
    };
    const drafts: FindingDraft[] = [];
    for (const i of this.candidates) {
      const seen = pieces[i]!;
      const parts = runTogetherOf(this.lowers[i]!, index);
      const from = starts[i]!;
      const to = from + seen.length;
      if (parts && !glued(from, to) && !splitPiece(from, to, seen)) {
        drafts.push(runTogetherDraft(seen, from, to, parts));
      }
    }
    for (let i = 0; i + 1 < size; i++) {
      const join = joinAt(text, words, i, index);
      if (!join) continue;
      const start = starts[i]!;
      const end = starts[i + 1]! + pieces[i + 1]!.length;
      if (glued(start, start + pieces[i]!.length) || glued(starts[i + 1]!, end)) continue;
      const chained =
        joinAt(text, words, i - 1, index) !== null || joinAt(text, words, i + 1, index) !== null;
      const seen = text.slice(start, end);
      const meant = reshape(seen.replace(/[ \n]/, '').toLowerCase(), join.shape);
      const confidence = join.confidence === 'safe' && !chained ? 'safe' : 'suggest';
      const hyphenLost =
        confidence === 'suggest' && isSyllableSplit(pieces[i]!.length, pieces[i + 1]!.length);
      drafts.push({
        kind: 'misreading',
        start,
        end,
        replacement: meant,
        confidence,
        message: joinMessage(seen, meant, hyphenLost),
      });
      i++;
    }
    return drafts;
  }
}

/** How `lower` parts when run together, cached with the table's join index. */
function runTogetherOf(lower: string, index: JoinIndex): RunTogether | null {
  let parts = index.runTogether.get(lower);
  if (parts === undefined) {
    parts = judgeRunTogether(lower, index.frequencies);
    if (index.runTogether.size >= MAX_CACHED_COUNTS) index.runTogether.clear();
    index.runTogether.set(lower, parts);
  }
  return parts;
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
