/**
 * English words the OCR engine ran together ("ofthe", "tothe", "isnot"): a non-word that parts
 * into one of the commonest words and a word used often gets its space back. Judged once per
 * form by the spacing scan (`english-spacing.ts`). Pure.
 */
import type { FindingDraft } from '../../finding';
import { isEnglishWord } from '../../lexicon/english';
import type { EnglishFrequencies } from '../../lexicon/english-frequency';

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
/**
 * The function words that never begin a compound: a form that starts with one of them and goes
 * on with a frequent word is applied ("thecountry", "ofcourse"); one that starts with "in", "on",
 * "up", "for" or ends with a function word is a compound as often ("inline", "online",
 * "fortable" of a cut comfortable, "login", "plugin"): only suggested, unless both pieces are
 * function words ("isnot", "tobe").
 */
const SAFE_FIRST_PIECES = new Set('the of and his her their its our my'.split(' '));
/** The other piece must be used at least this often (per 51 million) to be applied … */
const SAFE_PIECE_COUNT = 1_000;
/** … and this often to be suggested. */
const SUGGEST_PIECE_COUNT = 100;
/** A function piece is this long at most ("which"): the parts are tried near the ends only. */
const LONGEST_PIECE = 5;
/** A run-together word longer than this is no two words (a rule line, "iiiii…"): left alone. */
const MAX_RUN_TOGETHER_LENGTH = 24;
/** A run-together word shorter than this is left alone ("ofa", "tho") … */
export const MIN_RUN_TOGETHER_LENGTH = 4;
/** … and one shorter than this is only suggested ("tobe", "itus"). */
const SAFE_RUN_TOGETHER_LENGTH = 5;

/** SUBTLEX saw a form fewer times than this and the word list lacks it: a typo ("tobe"). */
const TYPO_COUNT = 5;

/** True when `word` is a word: in the word list, or used in SUBTLEX more than a typo is. */
function isWord(word: string, frequencies: EnglishFrequencies): boolean {
  return isEnglishWord(word) || frequencies.count(word) >= TYPO_COUNT;
}

/** True when one letter of a doubled pair taken out leaves a word: "heere", "sonne", "shoppe". */
function undoublesToWord(seen: string, frequencies: EnglishFrequencies): boolean {
  for (let i = 1; i < seen.length; i++) {
    if (seen[i] === seen[i - 1] && isWord(seen.slice(0, i) + seen.slice(i + 1), frequencies)) {
      return true;
    }
  }
  return false;
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
 * never parted ("into", "cannot", "nothing"), nor an older spelling, which adds or doubles a
 * letter of a word ("soone", "withall", "heere"); one that parts two ways is only suggested, as
 * is one with a single letter ("astimulant").
 */
export function judgeRunTogether(
  seen: string,
  frequencies: EnglishFrequencies,
): RunTogether | null {
  if (seen.length < MIN_RUN_TOGETHER_LENGTH || seen.length > MAX_RUN_TOGETHER_LENGTH) return null;
  if (isWord(seen, frequencies)) return null;
  if (isWord(seen.slice(0, -1), frequencies) || undoublesToWord(seen, frequencies)) return null;
  // The parts into two words of two letters or more, and those with a single letter ("a", "i").
  let best: { at: number; score: number; safe: boolean } | null = null;
  let ways = 0;
  let letter: { at: number; score: number } | null = null;
  for (let at = 1; at < seen.length; at++) {
    // One piece is a function word, five letters at most: skip the middle of a long form.
    if (at > LONGEST_PIECE && at < seen.length - LONGEST_PIECE) at = seen.length - LONGEST_PIECE;
    const left = seen.slice(0, at);
    const right = seen.slice(at);
    const fl = FUNCTION_PIECES.has(left);
    const fr = FUNCTION_PIECES.has(right);
    if (!fl && !fr) continue;
    const cl = frequencies.count(left);
    const cr = frequencies.count(right);
    if (cl < SUGGEST_PIECE_COUNT || cr < SUGGEST_PIECE_COUNT) continue;
    if ((left.length === 1 && !fl) || (right.length === 1 && !fr)) continue;
    // "myst": a short piece that is no function word is an abbreviation ("st", "mr") or debris.
    if ((!fl && left.length < 3) || (!fr && right.length < 3)) continue;
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
      ((fl && fr) || (SAFE_FIRST_PIECES.has(left) && cr >= SAFE_PIECE_COUNT));
    if (!best || score > best.score) best = { at, score, safe };
  }
  // "areturn" parts as "are turn" and as "a return": a form that parts two ways, a single
  // letter being one of them, is only suggested.
  if (best) {
    return { at: best.at, confidence: ways === 1 && !letter && best.safe ? 'safe' : 'suggest' };
  }
  return letter ? { at: letter.at, confidence: 'suggest' } : null;
}

/** The run-together draft of the word at [from, to) of `text`, printed `seen`. */
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
