/**
 * Finds the misread words of the Latin blocks of a document: each word of letters is read with
 * `readEnglishWord` (cached per word within one scan) and, when a better reading exists, becomes
 * a `misreading` draft that replaces the word, keeping its case.
 *
 * Left alone: words after a number ("5 lbs", "21 st"; not forms of five letters or more read as words as long, "20 shilliugs"), words touching digits, apostrophes ("tho'" for though in verse, "o'er"), hyphens,
 * "@", "/" or "_", words inside abbreviations and addresses ("e.g.", "www.x.org"), words of mixed
 * case ("iPhone"), and capitalized or upper-case words unless the reading is one of the most
 * frequent words (names are capitalized; "Tho"/"THB" at a sentence start are not names).
 */
import { englishBlocks } from './english-language';
import { formDraft, mayBeForm } from './english-forms';
import { titlePointDrafts, countBeforeNames, mayBeTitle, titleDraft } from './english-titles';
import { longSForm, LongSPrints, mayBeLongS, type LongSForm } from './english-long-s';
import {
  IssueNames,
  isVowelFor,
  MIN_COMMON_LISTED_LENGTH,
  MIN_NAME_LENGTH,
  namesOther,
} from './english-names';
import { caseOf, reshape, strayCapitalWord, type Shape } from './english-case';
import type { Block, Document } from '../../document/document';
import type { FindingDraft } from '../../finding';
import {
  CALENDAR_WORDS,
  LISTED_ONLY_COUNT,
  type EnglishFrequencies,
} from '../../lexicon/english-frequency';
import { isFunctionWord, MIN_MEANT_COUNT, readEnglishWord, type EnglishReading } from './english';
import { isCommonConfusion } from './ocr-confusions';
import { confirmByIssueWords, MIN_COUNTED_LENGTH } from './english-vocabulary';
import { markedLetterDrafts } from './english-marks';
import { addressDrafts, newPlaceDrafts } from './english-addresses';
import { hasContextRule, readInContext } from './english-context';
import { PhraseReader, phraseReader, PhraseWords } from './english-phrase';
import type { EnglishBigrams } from '../../lexicon/english-bigrams';
import {
  neighbourSpan,
  opensSentence,
  readsSoAfter,
  settled,
  type ReadLower,
  wordEndingAt,
  wordStartingAt,
  gapAt,
  letterEnd,
  letterStart,
} from './english-neighbours';
import { countPeriod, isOlderEnglish, type PeriodCount } from './english-period';
import { ARTICLES_AND_POSSESSIVES, NOT_AFTER_DETERMINER, NOT_BEFORE_STOP } from './english-grammar';
import { BlockSpacing, joinIndex } from './english-spacing';
import { ContextChains } from './english-chains';
import { IssueProfile } from './english-profile';
import { habitualHoDrafts } from './english-habit';
import { PrintTable, WordCursor } from './english-prints';
import { LetterFilter, letterHash } from './letter-filter';
import { englishWords } from '../../lexicon/english';

/**
 * Characters that make a word part of something else when they touch it (a backtick: code);
 * any letter beyond a–z too ("Griﬃths" holds a ligature, "Müller" an umlaut: the a–z run is
 * half a word).
 */
const GLUE = /[0-9'’‘\-‐@/_\\&`]|(?![A-Za-z])\p{L}/u;

const HYPHENS = /[-‐¬\u00ad]/;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

/**
 * A printed form this long after a number, read as a word this long, is no unit's abbreviation
 * ("lbs", "cwt", "dwts") but a word counted ("20 shilliugs"): it is read.
 */
const LONG_AFTER_NUMBER = 5;

/**
 * True when the word at [from, to) of `text` is glued to something that is not prose. After a
 * number it is a unit or an ordinal ("5 lbs", "21 st"), unless `meant`, the word it reads as, is
 * one of `READ_AFTER_NUMBER` or both are `LONG_AFTER_NUMBER` letters or more.
 */
function glued(text: string, from: number, to: number, meant = ''): boolean {
  return (
    touching(text, from, to) ||
    (afterNumber(text, from) &&
      !READ_AFTER_NUMBER.has(meant) &&
      !(to - from >= LONG_AFTER_NUMBER && meant.length >= LONG_AFTER_NUMBER))
  );
}

/** `glued` but for what follows a number. */
function touching(text: string, from: number, to: number): boolean {
  const before = text[from - 1];
  const after = text[to];
  if ((before && GLUE.test(before)) || (after && GLUE.test(after))) return true;
  // A word quoted alone ("foo", “Esq”) is cited, not used: a name or a term, left as printed.
  if ((before === '"' && after === '"') || (before === '“' && after === '”')) return true;
  if ((before === '.' || before === ':') && isLetterOrDigit(text[from - 2])) return true;
  // The second half of a hyphenated word ("ens-⏎ure", "neigh- bours").
  let back = from - 1;
  while (back >= 0 && (text[back] === ' ' || text[back] === '\n')) back--;
  if (back < from - 1 && HYPHENS.test(text[back] ?? '') && isLetterOrDigit(text[back - 1])) {
    return true;
  }
  return (after === '.' || after === ':') && isLetterOrDigit(text[to + 1]);
}

/** True when the word at `from` follows a number and a space ("5 lbs", "21 st", "1892 tbe"). */
function afterNumber(text: string, from: number): boolean {
  let i = from - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i < from - 1 && i >= 0 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39;
}

/**
 * After a number a word is a unit or an ordinal ("5 lbs", "21 st", "3 mo"), not prose, unless
 * it reads as one of these words, which no unit is misread as: "in 1892 tbe Home Rule majority",
 * "fined £5 aud costs", "£489 iu 1839", "5 por cent".
 */
const READ_AFTER_NUMBER = new Set(['the', 'and', 'of', 'in', 'was', 'is', 'per']);

/**
 * True when the word at [from, to) is half of a word the line or the engine cut with a space
 * ("nomina tion", "Decem ber", "ob tain"): joined to its neighbour across one space or line
 * break it makes a word of the word list. Such a piece is no misreading (the layout detectors
 * join it), and reading it as a word of its own ("tion" → "lion") would be damage. `least`: how
 * often a word joined to a pronoun must be used, for a reading grammar decided ("lot us" is "let
 * us", no cut "lotus").
 */
function splitPiece(
  text: string,
  from: number,
  to: number,
  seen: string,
  frequencies: EnglishFrequencies,
  least = 0,
): boolean {
  const lower = seen.toLowerCase();
  // A neighbour read as a sum ("nol ls 6d": 1s) is no piece of a word.
  const piece = (word: string, at: number) =>
    word !== '' && !(mayBeForm(word) && formDraft(text, at, word) !== null);
  // The article is a word of its own: "living aa a pit boy" holds no cut "aaa", a scream of
  // the subtitles; only a frequent word ("ide a": idea) is made of a piece and "a".
  const joins = (word: string, joined: string) => {
    const count = frequencies.count(joined);
    if (word === 'a') return count >= MIN_MEANT_COUNT;
    return PRONOUNS.has(word) && least > 0 ? count >= least : count > 0;
  };
  // The filter of every word rules out most joins before any string is made of them.
  const words = knownWords(frequencies);
  if (gapAt(text, from - 1)) {
    const at = letterStart(text, from - 1);
    if (at < from - 1 && words.mayHoldSpans(text, at, from - 1, from, to)) {
      const before = text.slice(at, from - 1);
      if (piece(before, at) && joins(before.toLowerCase(), before.toLowerCase() + lower)) {
        return true;
      }
    }
  }
  if (gapAt(text, to)) {
    const end = letterEnd(text, to + 1);
    if (end > to + 1 && words.mayHoldSpans(text, from, to, to + 1, end)) {
      const after = text.slice(to + 1, end);
      if (piece(after, to + 1) && joins(after.toLowerCase(), lower + after.toLowerCase())) {
        return true;
      }
    }
  }
  return false;
}

/**
 * log2 of the bits of the filter of every word `EnglishFrequencies.count` knows (SUBTLEX and the
 * word list, some 300,000 words): 4 Mi bits, 512 KiB, about 7% false positives.
 */
const KNOWN_FILTER_BITS = 22;
const knownFilters = new WeakMap<EnglishFrequencies, LetterFilter>();

/** A {@link LetterFilter} of every word `frequencies` counts more than 0, made once. */
function knownWords(frequencies: EnglishFrequencies): LetterFilter {
  let filter = knownFilters.get(frequencies);
  if (filter === undefined) {
    filter = new LetterFilter(2 ** KNOWN_FILTER_BITS);
    for (const word of frequencies.wordsUsedAtLeast(Number.MIN_VALUE)) filter.add(word);
    for (const word of englishWords()) filter.add(word);
    knownFilters.set(frequencies, filter);
  }
  return filter;
}

/**
 * A word the neighbours read by a rule of grammar is half of a cut word with the pronoun beside
 * it only when the two make a word used this often: "lot us" is "let us", not a cut "lotus" (90).
 * Other neighbours still cut it: "that be thought" holds a cut "bethought", no "he thought".
 */
const RULE_JOIN_COUNT = 1_000;
/** The pronouns of `RULE_JOIN_COUNT`. */
const PRONOUNS: ReadonlySet<string> = new Set(['us', 'him', 'them', 'me', 'it', 'you', 'her']);

/** The particles of names of places and people: "Port au Prince", "Pont du Gard". */
const NAME_PARTICLES = new Set(['au', 'aux', 'du', 'de', 'des', 'la', 'le', 'van', 'von', 'der']);

/**
 * True when the printed word is a form of its own where it stands: a particle between the two
 * capitalized words of a name ("Port au Prince" is no "Port an Prince"), or the verb after
 * "thou", whose -est and -st forms no list holds ("thou madest me").
 */
function ownForm(lower: string, text: string, from: number, to: number): boolean {
  // Asked of every reading: no string is made unless the word is a particle.
  if (text[from - 1] === ' ' && endsWithWord(text, from - 1, 'thou')) return true;
  if (!NAME_PARTICLES.has(lower) || text[to] !== ' ') return false;
  const before = text[from - 1] === ' ' ? wordEndingAt(text, from - 1) : '';
  const after = wordStartingAt(text, to + 1);
  return /^[A-Z]/.test(before) && /^[A-Z]/.test(after);
}

/** True when the word ending at `end` of `text` is `word` (lower case), in any case. */
function endsWithWord(text: string, end: number, word: string): boolean {
  const start = letterStart(text, end);
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    if ((text.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * True when `meant` cannot stand where it would: right after an article or a possessive ("the
 * tor above" is no "the for above", "The arc lamps" no "The are lamps", "the bo tree" no "the be
 * tree"), nor "are" after "a" and one word ("a wide arc"). The printed word is then a word of
 * its own, or a misreading of something else.
 */
function afterDeterminer(meant: string, text: string, from: number, read: ReadLower): boolean {
  if (!NOT_AFTER_DETERMINER.has(meant) || !gapAt(text, from - 1)) return false;
  const before = wordEndingAt(text, from - 1);
  if (ARTICLES_AND_POSSESSIVES.has(before.toLowerCase())) return true;
  // "a wide arc", "a long arc": no "are" follows "a" and one word ("a portion of", "a rise is"
  // do), save a quantity's ("a few are").
  const at = from - 1 - before.length;
  if (meant !== 'are' || !/^[a-z]{2,}$/.test(before) || !gapAt(text, at - 1)) return false;
  // The word between as the clean leaves it: "a fow arc" is "a few are".
  const between = read(before);
  if (QUANTITIES.has(between?.safe ? between.word : before)) return false;
  const article = wordEndingAt(text, at - 1).toLowerCase();
  return article === 'a' || article === 'an';
}

/** Words after "a" that make a quantity, after which a plural verb may stand ("a few are"). */
const QUANTITIES = new Set([
  'few',
  'lot',
  'number',
  'couple',
  'dozen',
  'majority',
  'good',
  'great',
]);

/**
 * A capitalized non-word this long is a name to judge even before a point: abbreviations are
 * shorter ("Lond.", "Bros.", "Sergt."). In the ICDAR OCR, 7 letters added 4 safe fixes, each the
 * name meant (Secretury, Newcaatle, Middiesbrough: one the gold kept misprinted); 6 letters added
 * "Herner." → Horner.
 */
const MIN_DOTTED_NAME_LENGTH = 7;
/**
 * A capitalized non-word of this many letters or more may be read as a word that is no name. In
 * the ICDAR 2017 OCR, five letters (not six) added 3 such fixes, all right (Mouey, Tahle,
 * Honrs); four letters added "Poer" → Poor, a name.
 */
const LONG_CAPITAL_LENGTH = 5;
/**
 * … and one in capitals among capitals this many: a heading's names are in capitals too, and
 * at five letters "HENEY" in "Mr CHARLES HENEY JAMES" became HONEY.
 */
const LONG_UPPER_LENGTH = 6;
/**
 * A sentence's first word, or a capital I for an l, may be read as a word used this often (per 51
 * million: "when", "large", "late").
 */
const OPENING_WORD_COUNT = 2_000;

/** True when a word next to [from, to), across one space, is in capitals too (a heading). */
function inCapitals(text: string, from: number, to: number): boolean {
  const capitals = (word: string) => word.length >= 2 && word === word.toUpperCase();
  return (
    (text[from - 1] === ' ' && capitals(wordEndingAt(text, from - 1))) ||
    (text[to] === ' ' && capitals(wordStartingAt(text, to + 1)))
  );
}

/**
 * The messages made so far, by shape, by reading and by the printed form: a form misread on
 * every page ("tho" → the) shares one message, made once. Keyed by the print itself, whose hash
 * the engine keeps, not by a string made per place.
 */
const messages: Record<Shape, WeakMap<EnglishReading, Map<string, FindingDraft['message']>>> = {
  lower: new WeakMap(),
  capital: new WeakMap(),
  upper: new WeakMap(),
};

function describe(seen: string, reading: EnglishReading, shape: Shape): FindingDraft['message'] {
  const byReading = messages[shape];
  let byForm = byReading.get(reading);
  if (byForm === undefined) {
    byForm = new Map();
    byReading.set(reading, byForm);
  }
  let message = byForm.get(seen);
  if (message === undefined) {
    message = describeOnce(seen, reading, shape);
    byForm.set(seen, message);
  }
  return message;
}

function describeOnce(
  seen: string,
  reading: EnglishReading,
  shape: Shape,
): FindingDraft['message'] {
  const meant = reshape(reading.word, shape);
  const letters = reading.misread.map((m) => `${m.meant} → ${m.seen}`).join(', ');
  const lettersZh = reading.misread.map((m) => `“${m.meant}”认作“${m.seen}”`).join('，');
  if (reading.context) {
    return {
      'zh-CN': `疑为误识：“${seen}”应为“${meant}”（${lettersZh}）；${reading.context['zh-CN']}。`,
      en: `Misread word: "${seen}" for "${meant}" (${letters} misread); ${reading.context.en}.`,
    };
  }
  const why = reading.nonWord
    ? { zh: `“${seen}”不是英文词`, en: `"${seen}" is no English word` }
    : { zh: `“${seen}”是罕用词`, en: `"${seen}" is a rare word` };
  const profile = reading.byIssueProfile
    ? { zh: '；本期的识别常犯此类误识', en: '; this issue is misread so on many lines' }
    : { zh: '', en: '' };
  return {
    'zh-CN': `疑为误识：“${seen}”应为“${meant}”（${lettersZh}）；${why.zh}，“${meant}”是常用词${profile.zh}。`,
    en: `Misread word: "${seen}" for "${meant}" (${letters} misread); ${why.en}, "${meant}" a frequent one${profile.en}.`,
  };
}

/** A lower-case word holding one capital U where "ll" belongs ("weU", "shaU", "stiU"). */
const DOUBLE_L_AS_U = /^[A-Za-z][a-z]*U[a-z]*$/;
/** The word "ll" gives must be used at least this often (per 51 million) to be proposed. */
const MIN_DOUBLE_L_COUNT = 1_000;

/**
 * "weU" for "well": a capital U inside a lower-case word is how older type's "ll" comes out of
 * the engine; no English word is written so. Applied automatically when the word it gives is
 * frequent and the printed letters, read in lower case, are no frequent word.
 */
function doubleLDraft(
  seen: string,
  frequencies: EnglishFrequencies,
): Omit<FindingDraft, 'start' | 'end'> | null {
  if (!DOUBLE_L_AS_U.test(seen) || seen.slice(1).indexOf('U') !== seen.lastIndexOf('U') - 1) {
    return null;
  }
  const meant = seen.replace(/U(?=[a-z]*$)/, 'll');
  const count = frequencies.count(meant.toLowerCase());
  if (count < MIN_DOUBLE_L_COUNT || frequencies.count(seen.toLowerCase()) * 100 > count) {
    return null;
  }
  const reading: EnglishReading = {
    word: meant.toLowerCase(),
    misread: [{ meant: 'll', seen: 'U' }],
    nonWord: true,
    gain: Math.log10(count),
    safe: true,
  };
  const shape: Shape = meant[0] === meant[0]!.toUpperCase() ? 'capital' : 'lower';
  return {
    kind: 'misreading',
    replacement: meant,
    confidence: 'safe',
    message: describe(seen, reading, shape),
  };
}

/**
 * "woDder" for "wonder": a capital inside a lower-case non-word read as the letter it misreads
 * (`strayCapitalWord`), applied automatically.
 */
function strayCapitalDraft(
  seen: string,
  frequencies: EnglishFrequencies,
): Omit<FindingDraft, 'start' | 'end'> | null {
  const word = strayCapitalWord(seen, frequencies);
  if (word === null) return null;
  const at = seen.search(/[A-Z]/);
  const reading: EnglishReading = {
    word,
    misread: [{ meant: word[at]!, seen: seen[at]! }],
    nonWord: true,
    gain: Math.log10(frequencies.count(word)),
    safe: true,
  };
  return {
    kind: 'misreading',
    replacement: word,
    confidence: 'safe',
    message: describe(seen, reading, 'lower'),
  };
}

/**
 * What one scan keeps across blocks: the readings by word, how a word parts when run together,
 * the words read, the words only older English uses, and the drafts made safe by a printed
 * non-word alone.
 */
interface ScanState {
  /** The readings of forms printed in capitals, by lower-case form. */
  readonly capitals: Map<string, EnglishReading | null>;
  /** The reading of a lower-case form (`ReadLower`). */
  readonly read: ReadLower;
  /** The same forms' entries, read once per print by the scan. */
  readonly forms: FormReader;
  readonly spacing: BlockSpacing;
  readonly period: PeriodCount;
  readonly modernOnly: FindingDraft[];
  readonly anyLetter: FindingDraft[];
  /** How often each capitalized form stands before a name in the issue, counted on first need. */
  titleUses?: ReadonlyMap<string, number>;
  /** The issue's capitalized forms, and the non-words among them no other reading took. */
  readonly names: IssueNames;
  /** The readings of words read by their neighbours, side by side ones read as one. */
  readonly chains: ContextChains;
  /** The confusions of the safe fixes made (`IssueProfile`). */
  readonly profile: IssueProfile;
  /** In the second reading, the confusions the issue makes by habit (`IssueProfile.habit`). */
  habit?: (c: { readonly meant: string; readonly seen: string }) => boolean;
  /** The forms of the block being scanned that SUBTLEX never saw (`FormEntry.unseen`), each once. */
  unseen: string[];
  /** How many blocks the scan has begun: the serial of the one being scanned. */
  blocks: number;
  /** The issue's prints, each with its form's entry (`cachedReader`), and the walk over words. */
  readonly prints: PrintTable<Print>;
  readonly cursor: WordCursor;
  /** The forms that read as words with their f's as long s (`english-long-s.ts`). */
  readonly longS: LongSPrints;
  /**
   * With the English bigrams, in the first reading: the words of the block being scanned
   * (`PhraseWords`), and the readings of words by their neighbours (`english-phrase.ts`).
   */
  phrases?: { readonly reader: PhraseReader; readonly words: PhraseWords; drafts: FindingDraft[] };
}

/**
 * "lt is understood", "ln the meantime": a capital I the engine read as an l. Where the word opens
 * a sentence, the word meant takes its capital back ("It", "In"), or the fix would leave the
 * character it set out to mend. The other way round, a capital I read for another letter inside
 * a sentence, after a lower-case word ("and Iho Council"), gives the word meant in lower case.
 */
function capitalI(seen: string, word: string, blockText: string, at: number): Shape | null {
  if (seen[0] === 'l' && word[0] === 'i' && opensSentence(blockText, at)) return 'capital';
  // "lie said", "liis": the H opening a sentence, read as "li", takes its capital back ("He", not
  // "he"). Other first letters misread there (aeverul, oarriage) are as often lower case in the
  // ICDAR gold: a sentence's start is not always where a stop suggests.
  if (seen.startsWith('li') && word[0] === 'h' && opensSentence(blockText, at)) return 'capital';
  // "and Iho Council": the engine's capital I for a t, after a lower-case word, is no capital.
  if (
    /^I[a-z]+$/.test(seen) &&
    word[0] !== 'i' &&
    /(?:^|[^A-Za-z])[a-z]+[,;]? $/.test(blockText.slice(Math.max(0, at - 30), at))
  ) {
    return 'lower';
  }
  return null;
}

/**
 * True when a word printed in capitals opens with an O where the word read opens with a C
 * ("OOUNCIL", "OHURCH"): the round capitals, read so at a word's start too.
 */
function roundInitial(shape: Shape, lower: string, word: string): boolean {
  return shape === 'upper' && lower[0] === 'o' && word[0] === 'c';
}

/**
 * True when the capitalized word at `index` of `blockText` is a name of the list of names
 * ("Andersen", "Elias"), and so no misread word ("Anderson", "Eliss"), unless it opens a sentence,
 * where a capital says nothing of a name ("Carly in the day" is "Early").
 */
function listedName(
  shape: Shape,
  lower: string,
  blockText: string,
  index: number,
  frequencies: EnglishFrequencies,
): boolean {
  return shape !== 'lower' && frequencies.nameCount(lower) > 0 && !opensSentence(blockText, index);
}

/**
 * True when `reading` is one confusion the issue makes by habit (the second reading's) from a
 * word used at least `MIN_MEANT_COUNT` times, one SUBTLEX has only capitalized too ("president",
 * "western", a name: "Robort", "Georgo" where e is read as o on every line).
 */
function habitualWord(
  reading: EnglishReading,
  state: ScanState,
  frequencies: EnglishFrequencies,
): boolean {
  return (
    state.habit !== undefined &&
    reading.misread.length === 1 &&
    state.habit(reading.misread[0]!) &&
    frequencies.count(reading.word) >= MIN_MEANT_COUNT
  );
}

/**
 * "it lt the": a word whose safe reading ("it") is one its neighbours read ("it" after "it" is
 * "is") is read among them as what it becomes, so that one clean does what two would.
 */
function readAsBecomes(
  text: string,
  from: number,
  to: number,
  reading: EnglishReading,
  state: ScanState,
): EnglishReading {
  const next = state.read(reading.word);
  if (!hasContextRule(reading.word, next)) return reading;
  const inContext = state.chains.readAt(text, from, to, reading.word, next);
  if (!inContext?.safe || inContext.word === reading.word) return reading;
  return { ...inContext, misread: [...reading.misread, ...inContext.misread] };
}

/**
 * True when `lower` is `word` but for its last letter, a vowel printed for a vowel: how names
 * end, not how words are misread ("Donato" is no misread "donate", "Severo" no "severe"). Measured
 * 7 December 2026 (fourteenth session) on 20,623 names of the faker package's locales, each in a
 * sentence: 21 read as words before, 14 now; in the ICDAR OCR no fix lost.
 */
function vowelAtEnd(lower: string, word: string): boolean {
  const n = lower.length;
  return (
    n === word.length &&
    lower.slice(0, n - 1) === word.slice(0, n - 1) &&
    isVowelFor({ meant: word[n - 1]!, seen: lower[n - 1]! })
  );
}

/** The misreading drafts of one Latin block. */
function scanBlock(
  text: string,
  block: Block,
  state: ScanState,
  frequencies: EnglishFrequencies,
): FindingDraft[] {
  const { capitals, read, period, spacing } = state;
  const drafts: FindingDraft[] = [];
  // Capitalized non-words: names to judge against the whole issue if nothing else reads them.
  const unread: { seen: string; from: number; to: number }[] = [];
  // Safe drafts read by their neighbours, with the span of those neighbours.
  const byContext: { draft: FindingDraft; from: number; to: number }[] = [];
  // Every word of the block, single letters too: for the words split by a space or run together.
  spacing.reset();
  state.unseen = [];
  const serial = ++state.blocks;
  const words = state.cursor.over(block.text);
  const phrases = state.phrases;
  phrases?.words.reset();
  while (words.next()) {
    const print = state.prints.at(words);
    const { seen, lower, form, shape } = print;
    const index = words.from;
    if (phrases) {
      if (form.model === UNASKED) form.model = phrases.reader.idOf(lower);
      phrases.words.add(block.text, index, words.to, form.model, shape === 'lower');
    }
    const from = block.start + index;
    const to = from + seen.length;
    spacing.add(seen, lower, from, shape, print.letters);
    if (seen.length >= MIN_COUNTED_LENGTH) form.uses++;
    const nonWord = form.nonWord;
    // Each form once a block, as the cache holds it: an issue of a million paragraphs keeps no
    // string per print.
    if (form.unseen && form.noted !== serial) {
      form.noted = serial;
      state.unseen.push(form.lower);
    }
    if (print.skipped) continue;
    if (print.mayBeForm) {
      const draft = formDraft(block.text, index, seen);
      if (draft) {
        drafts.push({ ...draft, start: from, end: to });
        continue;
      }
    }
    if (print.mayBeTitle) {
      state.titleUses ??= countBeforeNames(text);
      const draft = titleDraft(block.text, index, seen, state.titleUses, frequencies);
      if (draft) {
        drafts.push({ ...draft, start: from, end: to });
        continue;
      }
    }
    if (shape === 'capital' && seen.length >= MIN_NAME_LENGTH) {
      state.names.count(seen);
      // "Lond.", "Bros.": a form with its point may be an abbreviation, not a misread name;
      // not one of seven letters or more ("Newcaatle.").
      if (
        nonWord &&
        (text[to] !== '.' || seen.length >= MIN_DOTTED_NAME_LENGTH) &&
        !glued(text, from, to) &&
        !listedName(shape, lower, block.text, index, frequencies)
      ) {
        unread.push({ seen, from, to });
      }
    }
    if (!shape) {
      if (print.mixed === undefined) {
        print.mixed = doubleLDraft(seen, frequencies) ?? strayCapitalDraft(seen, frequencies);
      }
      const draft = print.mixed;
      if (draft && !glued(text, from, to)) drafts.push({ ...draft, start: from, end: to });
      continue;
    }
    countPeriod(period, lower);
    // The first reading only: the second's would be the same.
    if (print.mayBeLongS && !state.habit) {
      if (print.longS === undefined) print.longS = longSForm(lower, frequencies);
      if (print.longS !== null) state.longS.note(print.longS, seen, shape, from, to);
    }
    let reading: EnglishReading | null | undefined;
    if (shape === 'upper') {
      reading = capitals.get(lower);
      if (reading === undefined) {
        reading = readEnglishWord(lower, frequencies, true);
        capitals.set(lower, reading);
      }
    } else {
      reading = state.forms.read(lower, form);
    }
    if (
      hasContextRule(lower, reading) &&
      (shape === 'lower' || (shape === 'capital' && opensSentence(block.text, index)))
    ) {
      reading =
        shape === 'lower'
          ? state.chains.readAt(text, from, to, lower, reading)
          : readInContext(lower, reading, settled(text, from, to, read, frequencies));
    } else if (shape === 'lower' && reading?.safe) {
      reading = readAsBecomes(text, from, to, reading, state);
    }
    // "ofthe": a non-word with no reading of its own may be two words run together.
    if (!reading && shape === 'lower' && seen.length > 1) spacing.markRunTogether();
    if (
      !reading ||
      afterDeterminer(reading.word, text, from, read) ||
      ownForm(lower, text, from, to) ||
      listedName(shape, lower, block.text, index, frequencies)
    ) {
      continue;
    }
    // "Radlcal", "NOTICK": a capitalized non-word this long (or one in capitals among capitals),
    // one common confusion from a word
    // past its first letter, and not a name's, is no name ("Hutton", "Humber" and "Johnsen" are
    // names, "Mattens" an old word).
    const longCapital =
      (shape === 'capital' || (shape === 'upper' && inCapitals(text, from, to))) &&
      reading.nonWord &&
      seen.length >= (shape === 'upper' ? LONG_UPPER_LENGTH : LONG_CAPITAL_LENGTH) &&
      reading.misread.length === 1 &&
      (reading.word[0] === lower[0] || roundInitial(shape, lower, reading.word)) &&
      // A word SUBTLEX only has capitalized is a name: "Johnsen" is no misread "Johnson";
      // unless the issue makes this confusion by habit ("Prosident", "Robort" where e is read
      // as o on every line; "Johnsen" has an e for an o, the other way round).
      ((frequencies.rank(reading.word) < Infinity &&
        // A name is no rare word: "Brighton" is no misread "brighten".
        frequencies.count(reading.word) >= MIN_MEANT_COUNT &&
        // "Donato", "Severo": a vowel for a vowel at the end makes a name, not a misread word.
        (shape !== 'capital' || !vowelAtEnd(lower, reading.word))) ||
        habitualWord(reading, state, frequencies) ||
        // "Tliomas", "Smitli", "Jolinson": a name through a confusion names do not make among
        // themselves (`namesOther`: "Johnsen" is a vowel away).
        (shape === 'capital' &&
          seen.length >= MIN_COMMON_LISTED_LENGTH &&
          frequencies.count(reading.word) >= MIN_MEANT_COUNT &&
          namesOther(reading.misread[0]!, lower.lastIndexOf(reading.misread[0]!.seen), lower))) &&
      // A day or a month is read through any confusion: "Tueaday" is no name.
      (isCommonConfusion(reading.misread[0]!, shape === 'upper') ||
        CALENDAR_WORDS.has(reading.word));
    // "Whon he came", "Wero they": a sentence's first word, capitalized only for that, a
    // non-word one common confusion from a frequent word.
    const openingWord =
      shape === 'capital' &&
      reading.nonWord &&
      reading.misread.length === 1 &&
      isCommonConfusion(reading.misread[0]!) &&
      frequencies.count(reading.word) >= OPENING_WORD_COUNT &&
      opensSentence(block.text, index);
    // "a Iarge crowd", "Iate in the day": a capital I for the l a lower-case word begins with,
    // inside a sentence or opening one.
    const capitalL =
      shape === 'capital' &&
      reading.nonWord &&
      seen[0] === 'I' &&
      reading.word === `l${lower.slice(1)}` &&
      frequencies.count(reading.word) >= OPENING_WORD_COUNT &&
      (opensSentence(block.text, index) ||
        capitalI(seen, reading.word, block.text, index) === 'lower');
    if (
      shape !== 'lower' &&
      !longCapital &&
      !openingWord &&
      !capitalL &&
      (!isFunctionWord(reading.word, frequencies) ||
        block.text[index + seen.length] === '.' ||
        // "a CEO rewards", "the OAS, working", "Washington, DC, but": capitals among words that
        // are not are an acronym, not a heading's misread word.
        (shape === 'upper' && !inCapitals(text, from, to)) ||
        // "from Rio de Janeiro", "Bellenden Ker, Esq.": inside a sentence a capital opens a name
        // or a title ("in Tho Argus"), not a function word other than "the".
        (shape === 'capital' && reading.word !== 'the' && !opensSentence(block.text, index)))
    ) {
      continue;
    }
    if (
      glued(text, from, to, reading.word) ||
      splitPiece(text, from, to, seen, frequencies, reading.context ? RULE_JOIN_COUNT : 0)
    ) {
      continue;
    }
    const draft: FindingDraft = {
      kind: 'misreading',
      start: from,
      end: to,
      replacement: reshape(reading.word, capitalI(seen, reading.word, block.text, index) ?? shape),
      // A capitalized word inside a sentence may be a name ("Bellenden Ker"), an upper-case one
      // an abbreviation ("WO"): only suggested. "Tho" is no name ("in Tho Argus"), nor "THB"
      // among the capitals of a heading ("THB CHIMES OF PARIS").
      confidence:
        reading.safe &&
        // "Score te. Cooper": "to" ends no sentence; the form is an abbreviation's or a name's.
        !(text[to] === '.' && NOT_BEFORE_STOP.has(reading.word)) &&
        (shape === 'lower' ||
          (!reading.safeAsModernLowerCase &&
            ((shape === 'capital' &&
              (longCapital ||
                openingWord ||
                capitalL ||
                reading.word === 'the' ||
                opensSentence(block.text, index))) ||
              (shape === 'upper' && (longCapital || inCapitals(text, from, to))))))
          ? 'safe'
          : 'suggest',
      message: describe(seen, reading, shape),
    };
    if (draft.confidence === 'safe') state.profile.add(reading.misread);
    if (draft.confidence === 'safe' && reading.safeAsModernLowerCase) state.modernOnly.push(draft);
    if (reading.anyLetter) state.anyLetter.push(draft);
    if (draft.confidence === 'safe' && reading.context) {
      byContext.push({ draft, ...neighbourSpan(text, from, to) });
    }
    drafts.push(draft);
  }
  if (phrases) phrases.reader.blockDrafts(block, phrases.words, phrases.drafts);
  const splits = spacing.drafts(
    text,
    (from, to) => glued(text, from, to),
    (from, to, seen) => splitPiece(text, from, to, seen, frequencies),
  );
  if (unread.length > 0) {
    // The spans other readings took, in order: the unread words (in order too) walk them once.
    const spans = [...drafts, ...splits].sort((a, b) => a.start - b.start);
    let k = 0;
    let reach = -1;
    for (const { seen, from, to } of unread) {
      while (k < spans.length && spans[k]!.start < to) reach = Math.max(reach, spans[k++]!.end);
      if (reach <= from) state.names.consider(seen, from, to);
    }
  }
  if (splits.length === 0) return drafts;
  // "bo isopen": a word read by its neighbours is read again among them as the safe joins and
  // partings leave them, and only suggested when it reads otherwise there: the next clean would
  // read it against those words ("be is open" → "he is open"; "w armer bo had" → "warmer he had"
  // holds).
  const moved = new Set<FindingDraft>();
  for (const { draft, from, to } of byContext) {
    const inside = splits.filter((s) => s.confidence === 'safe' && s.start < to && s.end > from);
    if (inside.length > 0 && !readsSoAfter(text, draft, from, to, inside, read)) {
      moved.add(draft);
    }
  }
  const all = drafts.map((d) => (moved.has(d) ? { ...d, confidence: 'suggest' as const } : d));
  // The joins go in among the word's drafts: a capped list keeps the first in document order.
  for (const draft of splits) all.push(draft);
  return all.sort((a, b) => a.start - b.start);
}

const NO_DRAFTS: readonly FindingDraft[] = [];
/** `FormEntry.model` before the bigrams were asked. */
const UNASKED = -2;
const NO_FORMS: readonly string[] = [];

/** A form's entry in a scan's cache: whether no list counts it, and its reading once asked. */
interface FormEntry {
  /** The form, lower case, as the cache holds it. */
  readonly lower: string;
  readonly nonWord: boolean;
  /** No word SUBTLEX saw: a non-word, or a word of the word list only ("thon", "camo"). */
  readonly unseen: boolean;
  reading: EnglishReading | null | undefined;
  /** The serial of the last block whose forms noted this one (`ScanState.unseen`), 0: none. */
  noted: number;
  /** How often the scan met the form, counted when it is this long (`MIN_COUNTED_LENGTH`). */
  uses: number;
  /** The form's id in the English bigrams (-1: none), `UNASKED` until asked. */
  model: number;
}

/** A word as the issue prints it (case kept): its form's entry and what its letters alone say. */
interface Print {
  readonly seen: string;
  readonly lower: string;
  readonly form: FormEntry;
  readonly shape: Shape | null;
  /** The `letterHash` of its letters, for the spacing's filter of joins. */
  readonly letters: number;
  /** A single letter is read only by a rule of its neighbours ("excited m favour"). */
  readonly skipped: boolean;
  readonly mayBeForm: boolean;
  readonly mayBeTitle: boolean;
  /** A word of mixed case: its draft (`doubleLDraft`, `strayCapitalDraft`) once asked. */
  mixed?: Omit<FindingDraft, 'start' | 'end'> | null;
  /** An f before its last letter, not in capitals (`mayBeLongS`) … */
  readonly mayBeLongS: boolean;
  /** … and what it reads as with the long s, once asked. */
  longS?: LongSForm | null;
}

/** The entries of a scan's forms (lower case): one lookup a print gives both. */
interface FormReader {
  entry(lower: string): FormEntry;
  /** The reading of `lower`, whose entry is `form`, read on first need. */
  read(lower: string, form: FormEntry): EnglishReading | null;
  /** How often the scans met `lower` (`FormEntry.uses`). */
  uses(lower: string): number;
}

/** A scan's reading of lower-case forms, cached, and the words it learnt from forms it cannot read. */
function cachedReader(
  frequencies: EnglishFrequencies,
  readWord: (lower: string) => EnglishReading | null,
): ScanReader {
  const spacing = new BlockSpacing(joinIndex(frequencies));
  const cache = new Map<string, FormEntry>();
  const forms: FormReader = {
    entry(lower) {
      let form = cache.get(lower);
      if (form === undefined) {
        const count = frequencies.count(lower);
        form = {
          lower,
          nonWord: count === 0,
          unseen: count <= LISTED_ONLY_COUNT,
          reading: undefined,
          noted: 0,
          uses: 0,
          model: UNASKED,
        };
        cache.set(lower, form);
      }
      return form;
    },
    read(lower, form) {
      if (form.reading === undefined) {
        form.reading = readWord(lower);
        if (!form.reading) spacing.learn(lower);
      }
      return form.reading;
    },
    uses: (lower) => cache.get(lower)?.uses ?? 0,
  };
  const read: ReadLower = (lower) => forms.read(lower, forms.entry(lower));
  const prints = new PrintTable<Print>((seen) => {
    const lower = seen.toLowerCase();
    const shape = caseOf(seen);
    return {
      seen,
      lower,
      form: forms.entry(lower),
      shape,
      letters: letterHash(seen),
      skipped: seen.length < 2 && !hasContextRule(seen, null),
      mayBeForm: mayBeForm(seen),
      mayBeTitle: mayBeTitle(seen),
      mayBeLongS: mayBeLongS(lower, shape),
    };
  });
  return { read, forms, spacing, prints };
}

/**
 * The first reading of forms, kept across analyses of one table: a reading of a form alone is a
 * function of its letters and the table, and the app analyses the same issue again after every
 * edit. Past {@link MAX_SHARED_READINGS} forms (OCR debris is endless) the readings start again.
 */
const sharedReadings = new WeakMap<EnglishFrequencies, Map<string, EnglishReading | null>>();
const MAX_SHARED_READINGS = 200_000;

/** `readEnglishWord` for `frequencies`, through the readings kept (`sharedReadings`). */
function sharedReader(frequencies: EnglishFrequencies): (lower: string) => EnglishReading | null {
  let known = sharedReadings.get(frequencies);
  if (known === undefined) {
    known = new Map();
    sharedReadings.set(frequencies, known);
  }
  const readings = known;
  return (lower) => {
    let reading = readings.get(lower);
    if (reading === undefined) {
      reading = readEnglishWord(lower, frequencies);
      if (readings.size >= MAX_SHARED_READINGS) readings.clear();
      readings.set(lower, reading);
    }
    return reading;
  };
}

/** A scan's reading of forms and prints (`cachedReader`). */
interface ScanReader {
  readonly read: ReadLower;
  readonly forms: FormReader;
  readonly spacing: BlockSpacing;
  readonly prints: PrintTable<Print>;
}

/** What one scan found: the drafts of each block, and those judged over the whole issue. */
interface ScanResult {
  readonly byBlock: (readonly FindingDraft[])[];
  /** The forms of each block that SUBTLEX never saw (`FormEntry.unseen`, lower case). */
  readonly unseen: (readonly string[])[];
  /** Names read against the issue's other prints of them (`IssueNames`). */
  readonly names: FindingDraft[];
  /** The capitalized forms counted, to read against the list of names once the habit is known. */
  readonly issueNames: IssueNames;
  /** The drafts safe in modern English only, and whether the issue reads as older English. */
  readonly modernOnly: FindingDraft[];
  /** The drafts read through any letter (`EnglishReading.anyLetter`): none in older English. */
  readonly anyLetter: FindingDraft[];
  readonly older: boolean;
  /** How often each capitalized form stands before a name, if the scan counted it. */
  readonly titleUses?: ReadonlyMap<string, number>;
  /** The long-s prints read, when the issue is printed with the long s. */
  readonly longS: FindingDraft[];
  /** The words read by their neighbours (`english-phrase.ts`), in document order. */
  readonly phrases: readonly FindingDraft[];
}

function newState(
  { read, forms, spacing, prints }: ScanReader,
  profile: IssueProfile,
  frequencies: EnglishFrequencies,
): ScanState {
  return {
    capitals: new Map(),
    read,
    forms,
    spacing,
    period: { words: 0, older: 0 },
    modernOnly: [],
    anyLetter: [],
    names: new IssueNames(),
    chains: new ContextChains(read, frequencies),
    profile,
    unseen: [],
    blocks: 0,
    prints,
    cursor: new WordCursor(),
    longS: new LongSPrints(),
  };
}

/**
 * Scans the English `blocks` of `doc`, read with `reader`; safe fixes go to `profile`; with
 * `bigrams` the words are read by their neighbours too.
 */
function scanIssue(
  doc: Document,
  blocks: readonly Block[],
  frequencies: EnglishFrequencies,
  reader: ScanReader,
  profile: IssueProfile,
  bigrams: EnglishBigrams | undefined,
): ScanResult {
  const state = newState(reader, profile, frequencies);
  if (bigrams) {
    state.phrases = {
      reader: phraseReader(bigrams, frequencies),
      words: new PhraseWords(),
      drafts: [],
    };
  }
  // Most blocks have no draft: one shared empty list keeps a million of them cheap.
  const unseen: (readonly string[])[] = [];
  const byBlock = blocks.map((block) => {
    const drafts = scanBlock(doc.text, block, state, frequencies);
    unseen.push(state.unseen.length > 0 ? state.unseen : NO_FORMS);
    return drafts.length > 0 ? drafts : NO_DRAFTS;
  });
  return {
    byBlock,
    unseen,
    names: state.names.drafts(),
    issueNames: state.names,
    modernOnly: state.modernOnly,
    anyLetter: state.anyLetter,
    older: isOlderEnglish(state.period),
    longS: state.longS.drafts(state.period.words),
    phrases: state.phrases?.drafts ?? NO_DRAFTS,
    ...(state.titleUses ? { titleUses: state.titleUses } : {}),
  };
}

/** The drafts of `spans` that overlap none of `drafts` (both in document order). */
function withoutOverlaps(
  spans: readonly FindingDraft[],
  drafts: readonly FindingDraft[],
): FindingDraft[] {
  const kept: FindingDraft[] = [];
  let k = 0;
  let reach = -1;
  for (const span of spans) {
    while (k < drafts.length && drafts[k]!.start < span.end) {
      reach = Math.max(reach, drafts[k++]!.end);
    }
    if (reach <= span.start) kept.push(span);
  }
  return kept;
}

/**
 * The misread English words of `doc` (Latin blocks that read as English only). An issue whose
 * safe fixes show a confusion far more often than the model has it (`IssueProfile`) is read
 * again with the issue's own costs: its non-words, in the blocks where one reads otherwise so.
 * The names and the period stay those of the first reading, made over the whole issue.
 */
/** `names` with the names of the list read in the places no name of the issue took. */
function withListed(names: FindingDraft[], listed: readonly FindingDraft[]): FindingDraft[] {
  return listed.length === 0 ? names : [...names, ...listed].sort((a, b) => a.start - b.start);
}

export function englishMisreadings(
  doc: Document,
  frequencies: EnglishFrequencies,
  bigrams?: EnglishBigrams,
): FindingDraft[] {
  const first = cachedReader(frequencies, sharedReader(frequencies));
  const isEnglish = englishBlocks(doc, first.read, first.prints);
  const blocks = doc.blocks.filter((block) => block.script === 'latin' && isEnglish(block));
  const profile = new IssueProfile();
  for (const block of blocks) profile.countLetters(block.text);
  const scan = scanIssue(doc, blocks, frequencies, first, profile, bigrams);
  const byBlock = scan.byBlock;
  let modernOnly = scan.modernOnly;
  let anyLetter = scan.anyLetter;
  let names = scan.names;
  const costOf = profile.costs();
  const habit = profile.habit();
  if (costOf) {
    const again = cachedReader(frequencies, (lower) => {
      // A word SUBTLEX saw reads as the model read it (the first scan's entry knows which); one
      // only the word list has ("thon", "camo", "ovening") is read as if no list had it: where the
      // engine prints o for e on every line it is the engine's, not the lists' rarity.
      const entry = first.forms.entry(lower);
      if (!entry.unseen) return first.read(lower);
      const listed = !entry.nonWord;
      const found = readEnglishWord(lower, frequencies, false, costOf, listed);
      // … but only through the confusions of the habit: "plovers" is no misread "players".
      const reading = listed && found && !found.misread.every(habit) ? first.read(lower) : found;
      const before = first.read(lower);
      // A reading the profile made says so in its message.
      return reading && (reading.word !== before?.word || reading.safe !== before?.safe)
        ? { ...reading, byIssueProfile: true }
        : reading;
    });
    // A block is read again when one of its forms no list counts reads otherwise, or may be a
    // capitalized word the issue's habit reads (`habitualWord`).
    const state = newState(again, new IssueProfile(), frequencies);
    state.habit = habit;
    if (scan.titleUses) state.titleUses = scan.titleUses;
    const differs = (lower: string) => {
      const reading = again.read(lower);
      return (
        reading !== null &&
        (reading.byIssueProfile === true || habitualWord(reading, state, frequencies))
      );
    };
    const redone: FindingDraft[] = [];
    blocks.forEach((block, k) => {
      if (!scan.unseen[k]!.some(differs)) return;
      const drafts = scanBlock(doc.text, block, state, frequencies);
      byBlock[k] = drafts;
      // A loop, not push(...): one block of a long issue may hold 100,000 drafts.
      for (const draft of drafts) redone.push(draft);
    });
    modernOnly = [...modernOnly, ...state.modernOnly];
    anyLetter = [...anyLetter, ...state.anyLetter];
    // "Melbourno" where e is read as o on every line: a name of the list, by the habit.
    names = withListed(names, scan.issueNames.listedDrafts(frequencies, habit));
    // A name the second reading reads as a word is that word.
    names = withoutOverlaps(names, redone);
  } else {
    // "Melbourue": a name of the list, through a common confusion.
    names = withListed(names, scan.issueNames.listedDrafts(frequencies));
  }
  let drafts = byBlock.flat();
  // Forms the scan reads no word of: letters glued to marks, street words to their names.
  const marked = blocks
    .flatMap((block) => [
      ...markedLetterDrafts(block, frequencies),
      ...addressDrafts(block, frequencies),
      ...newPlaceDrafts(block),
      ...titlePointDrafts(block),
    ])
    .sort((a, b) => a.start - b.start);
  if (names.length > 0) {
    for (const draft of names) drafts.push(draft);
    drafts.sort((a, b) => a.start - b.start);
  }
  if (marked.length > 0) {
    // "hous#": the scan's suggestion for the letters glued to a mark gives way to the marked
    // form's reading; a safe fix of the scan (a join holding the form) does not.
    const safe = drafts.filter((d) => d.confidence === 'safe');
    const kept = withoutOverlaps(marked, safe);
    const suggested = withoutOverlaps(
      drafts.filter((d) => d.confidence !== 'safe'),
      kept,
    );
    drafts = [...safe, ...suggested, ...kept].sort((a, b) => a.start - b.start);
  }
  if (habit({ meant: 'e', seen: 'o' })) {
    // "ho" for "he", where no other reading stands (`english-habit.ts`).
    const hos = habitualHoDrafts(doc.text, blocks);
    if (hos.length > 0) {
      drafts = [...drafts, ...withoutOverlaps(hos, drafts)].sort((a, b) => a.start - b.start);
    }
  }
  if (scan.older && anyLetter.length > 0) {
    // "kitchin", "marryed": older English spelled so, and no confusion of the model reads it.
    const spelled = new Set(anyLetter);
    drafts = drafts.filter((d) => !spelled.has(d));
  }
  if (scan.longS.length > 0) {
    // "fuch", "fhall": in an issue printed with the long s its reading goes before any other.
    drafts = [...withoutOverlaps(drafts, scan.longS), ...scan.longS].sort(
      (a, b) => a.start - b.start,
    );
  }
  // Last, over every other fix: the issue's words are counted as those leave them.
  drafts = confirmByIssueWords(doc.text, first.forms.uses, drafts, first.read, frequencies);
  if (bigrams) {
    // "his enemies wore keeping": a word misread as another, where no other reading stands. The
    // model is of today's English: in older English its readings are only proposed.
    if (!scan.older)
      drafts = phraseReader(bigrams, frequencies).confirm(doc.text, drafts, first.read);
    const phrases = scan.phrases.map((d): FindingDraft =>
      scan.older ? { ...d, confidence: 'suggest' } : d,
    );
    if (phrases.length > 0) {
      drafts = [...drafts, ...withoutOverlaps(phrases, drafts)].sort((a, b) => a.start - b.start);
    }
  }
  if (modernOnly.length === 0 || !scan.older) return drafts;
  // "readie", "farre": in older English a form no list knows may be spelled so on purpose.
  const older = new Set(modernOnly);
  return drafts.map((d) => (older.has(d) ? { ...d, confidence: 'suggest' } : d));
}
