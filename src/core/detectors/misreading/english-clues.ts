/**
 * The clues the neighbouring words give the English corrector (`english-context-rules.ts`):
 * tests over the words either side of a printed word ("a modal before, a participle after") and
 * the explanations a finding gives for them, in zh-CN and en.
 */
import { isEnglishWord } from '../../lexicon/english';
import type { Neighbours } from './english-context';
import {
  FINITE_AFTER_HE,
  AFTER_HE,
  MORE_AFTER_HE,
  PAST_AFTER_HE,
  BEFORE_BE,
  PARTICIPLES,
  DETERMINERS,
  AFTER_HAVE,
  CLAUSE_STARTS,
  FRENCH_BEFORE,
  NOT_AFTER_THE,
  NOT_AFTER_IN,
  PREPOSITIONS,
  HAVE_FORMS,
  BE_FORMS,
  SUBJECTS,
} from './english-grammar';

/** After a form of "have" or "be": where a participle stands ("had hoard", "has seon"). */
export const afterAuxiliary = ({ before }: Neighbours) =>
  before !== null && (HAVE_FORMS.has(before) || BE_FORMS.has(before));

/** After an auxiliary or a subject: where a past form stands ("he sont", "having loft"). */
export const afterSubjectOrAuxiliary = (n: Neighbours) =>
  afterAuxiliary(n) || (n.before !== null && SUBJECTS.has(n.before));

/** "ami", "ana", "nd" between two words: no English word, and "and" joins words. */
export const andBetween = ({ before, after }: Neighbours) =>
  before !== null && before !== '.' && after !== null && !FRENCH_BEFORE.has(before);
export const AND = {
  meant: 'and',
  context: {
    'zh-CN': '两词之间应是连词“and”',
    en: 'between two words the conjunction "and" stands',
  },
};

/** What follows the older verb "hie" ("hie thee hence", "hie aloft") and never "his". */
const AFTER_HIE = new Set(['thee', 'to', 'you', 'aloft', 'away', 'hence', 'hither', 'thither']);

/** "hie own", "hia mother": before a word of prose (not "hie thee", "hie aloft") it is "his". */
export const HIS = {
  meant: 'his',
  applies: ({ before, after }: Neighbours) =>
    before !== null && after !== null && !AFTER_HIE.has(after),
  context: { 'zh-CN': '其后是名词，应是“his”', en: 'a noun follows: "his"' },
};

/** Words after "hi" that it greets ("hi there"), and verbs before the greeting ("say hi to"). */
export const GREETED = new Set([
  'there',
  'all',
  'everyone',
  'everybody',
  'again',
  'back',
  'guys',
  'folks',
]);
export const GREETING_VERBS = new Set(['say', 'said', 'says', 'saying']);

/** A participle: of PARTICIPLES or AFTER_HAVE, or a word of more than four letters in "-ed". */
export const isParticiple = (word: string) =>
  PARTICIPLES.has(word) || AFTER_HAVE.has(word) || (word.length > 4 && word.endsWith('ed'));
/** A word that follows "be": a participle, a determiner or a word in "-ing". */
export const followsBe = (word: string) =>
  isParticiple(word) || DETERMINERS.has(word) || (word.length > 5 && word.endsWith('ing'));
/** "will he held", "to he a": a modal or "to" is followed by no subject but a verb. */
export const beAfterModal = ({ before, after }: Neighbours) =>
  before !== null &&
  after !== null &&
  ((BEFORE_BE.has(before) && followsBe(after)) ||
    (before === 'to' && !AFTER_HE.has(after) && !NOT_AFTER_THE.has(after)));
/** Adverbs that stand between a modal and its verb ("will then be", "may also be"). */
const MODAL_ADVERBS = new Set([
  'then',
  'also',
  'now',
  'still',
  'only',
  'never',
  'always',
  'soon',
  'thus',
  'therefore',
  'certainly',
  'probably',
  'doubtless',
  'easily',
  'readily',
  'not',
]);

/** True after what opens a clause, "that" included: the subject "he" may stand next. */
export const opensClause = (before: string | null): boolean =>
  before !== null && (CLAUSE_STARTS.has(before) || before === 'that');

/**
 * "be was": before a finite verb, after anything but a modal or "to"; "then be said": before
 * "said", "had" … where a clause opens ("may be said", "to be had" keep their modal or "to").
 * Not after a comma: "It may, I think, be said" closes an aside inside the modal's clause.
 */
export const heBeforeFinite = ({ before, after, previous }: Neighbours) =>
  after !== null &&
  before !== null &&
  !BEFORE_BE.has(before) &&
  // "what it will not be is": after "not" the verb stays.
  before !== 'not' &&
  // "millions will then be added": an adverb between keeps the modal's verb.
  !(previous && BEFORE_BE.has(previous) && MODAL_ADVERBS.has(before)) &&
  (FINITE_AFTER_HE.has(after) || (opensClause(before) && before !== ',' && AFTER_HE.has(after)));
/**
 * "ho had", "ho assured", "bo said": words of no prose of their own, before a verb of "he". A
 * form in -ed may be a participle: after a noun it is "be" ("that the report bo adopted"), so
 * it takes "he" only where a clause opens.
 */
export const heBeforeVerb = ({ before, after }: Neighbours) =>
  after !== null &&
  (AFTER_HE.has(after) ||
    MORE_AFTER_HE.has(after) ||
    (((after.length > 4 && after.endsWith('ed')) || PAST_AFTER_HE.has(after)) &&
      (before === null || opensClause(before) || MORE_CLAUSE_STARTS.has(before)))) &&
  (before === null || !BEFORE_BE.has(before));

/**
 * Words after which a clause opens too, for "ho" and "bo" only (no word of prose themselves):
 * "which ho received", "now ho cooked". Not for the rules of words of prose ("the papers which
 * lie on the table").
 */
const MORE_CLAUSE_STARTS: ReadonlySet<string> = new Set(
  'which what whom why how after before till unless whether than once now'.split(' '),
);
export const haveBeforeBeen = ({ after }: Neighbours) => after !== null && AFTER_HAVE.has(after);

export const TO_BE = {
  'zh-CN': '情态词或“to”之后、分词之前只能是“be”',
  en: 'after a modal or "to" and before a participle only "be" stands',
};
export const HE_DID = {
  'zh-CN': '动词之前、从句开头应是主语“he”',
  en: 'only "he" stands before the verb',
};
export const PREPOSITION = {
  'zh-CN': '其后是介词的宾语（the、a、his 等）',
  en: 'a preposition\'s object ("the", "a", "his" …) follows',
};
export const HAVE_BEEN = {
  'zh-CN': '分词（been 等）之前应是 have 的形式',
  en: 'a participle such as "been" follows a form of "have"',
};

export const letters = (...pairs: [meant: string, seen: string][]) =>
  pairs.map(([meant, seen]) => ({ meant, seen }));

/**
 * "to th circumstances", ". Th Directors": "th" before a word, after a word or a sentence's
 * start, completing neither word ("wi th", "four th", "th ese" are words cut apart), is "the"
 * with its e lost. The ICDAR newspapers' ground truth has no "th" standing alone; their OCR has
 * it for "the" 27 times out of 27.
 */
export const theLostE = ({ before, after }: Neighbours) =>
  before !== null &&
  after !== null &&
  after.length > 1 &&
  !NOT_AFTER_THE.has(after) &&
  (before === ',' || before === '.' || !isEnglishWord(before + 'th')) &&
  !isEnglishWord('th' + after);

/**
 * "excited m favour", "balance m hands", "polling m the": a lone "m" after a word or a comma
 * and before a word that may follow "in" is "in" (9 times out of 9 in the ICDAR newspapers' OCR,
 * never "m" in their ground truth). After a figure ("5 m") or a stop it is a unit or an initial;
 * "m and n", "m is the mass" are the letter; "m ighbours" is a word cut apart.
 */
export const mForIn = ({ before, after }: Neighbours) =>
  before !== null &&
  before !== '.' &&
  (before === ',' || isEnglishWord(before)) &&
  after !== null &&
  !NOT_AFTER_IN.has(after) &&
  (after === 'a' || isEnglishWord(after));

/**
 * A determiner's place ("with ih labour", "of ita own"): after a word of `before` and before a
 * word that may follow "the".
 */
export const determinerAfter =
  (before: ReadonlySet<string>) =>
  (n: Neighbours): boolean =>
    n.before !== null && before.has(n.before) && n.after !== null && !NOT_AFTER_THE.has(n.after);

/**
 * A noun's place after a preposition: after a preposition and before a word that is no article
 * or determiner ("in hit History", "in tile County"; "to tile the floor" keeps its verb).
 */
export const nounAfterPreposition = (n: Neighbours): boolean =>
  n.before !== null && PREPOSITIONS.has(n.before) && n.after !== null && !DETERMINERS.has(n.after);
