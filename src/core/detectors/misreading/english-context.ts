/**
 * The neighbouring words as evidence for the English corrector. A printed word that is itself a
 * frequent word ("he", "be", "bad", "hut") is changed only where its neighbours leave no doubt:
 * "will he held" is "will be held", "be was" is "he was", "bad been" is "had been", ", hut the"
 * is ", but the". These are grammar, not statistics: a modal or "to" is followed by a verb's base
 * form, never by "he" and then a participle; "he" and not "be" stands before a finite verb; "been"
 * follows a form of "have"; "hut" is a noun and a noun does not open a clause after a comma.
 * The same evidence vetoes: "tho he" is "though he", never "the he".
 */
import type { EnglishReading } from './english';
import {
  FINITE_AFTER_HE,
  AFTER_HE,
  BEFORE_BE,
  PARTICIPLES,
  DETERMINERS,
  AFTER_HAVE,
  CLAUSE_OPENERS,
  NOT_AFTER_THE,
  SUBJECTS,
  CLAUSE_STARTS,
  BEFORE_IS,
  OBJECTS,
  AFTER_AS,
  AFTER_TO,
  BEFORE_WOULD,
  AFTER_WOULD,
  FRENCH_BEFORE,
  AFTER_ARID,
  BEFORE_WERE,
  TIMES_AFTER_NEXT,
  AFTER_SOME,
  BEFORE_SOME,
} from './english-grammar';

/**
 * The words either side of a printed word, lower case; null across punctuation or an edge.
 * `before` is "," after a comma or semicolon and "." at the start of a block or a sentence.
 */
export interface Neighbours {
  readonly before: string | null;
  readonly after: string | null;
}

/** "ami", "ana", "nd" between two words: no English word, and "and" joins words. */
const andBetween = ({ before, after }: Neighbours) =>
  before !== null && before !== '.' && after !== null && !FRENCH_BEFORE.has(before);
const AND = {
  meant: 'and',
  context: {
    'zh-CN': '两词之间应是连词“and”',
    en: 'between two words the conjunction "and" stands',
  },
};

/** "hie own", "hia mother": before a word of prose (not "hie thee", "hie to") it is "his". */
const HIS = {
  meant: 'his',
  applies: ({ before, after }: Neighbours) =>
    before !== null && after !== null && after !== 'thee' && after !== 'to' && after !== 'you',
  context: { 'zh-CN': '其后是名词，应是“his”', en: 'a noun follows: "his"' },
};

/** Words after "hi" that it greets ("hi there"), and verbs before the greeting ("say hi to"). */
const GREETED = new Set([
  'there',
  'all',
  'everyone',
  'everybody',
  'again',
  'back',
  'guys',
  'folks',
]);
const GREETING_VERBS = new Set(['say', 'said', 'says', 'saying']);

/** One grammatical misreading: the printed word, the word meant and the letters confused. */
interface Rule {
  readonly meant: string;
  readonly misread: EnglishReading['misread'];
  readonly applies: (n: Neighbours) => boolean;
  readonly context: NonNullable<EnglishReading['context']>;
  /** False when the rule only suggests: "the flag ia the property" is "is", not "in". */
  readonly safe?: boolean;
}

/** A participle: of PARTICIPLES or AFTER_HAVE, or a word of more than four letters in "-ed". */
const isParticiple = (word: string) =>
  PARTICIPLES.has(word) || AFTER_HAVE.has(word) || (word.length > 4 && word.endsWith('ed'));
/** A word that follows "be": a participle, a determiner or a word in "-ing". */
const followsBe = (word: string) =>
  isParticiple(word) || DETERMINERS.has(word) || (word.length > 5 && word.endsWith('ing'));
/** "will he held", "to he a": a modal or "to" is followed by no subject but a verb. */
const beAfterModal = ({ before, after }: Neighbours) =>
  before !== null &&
  after !== null &&
  ((BEFORE_BE.has(before) && followsBe(after)) ||
    (before === 'to' && !AFTER_HE.has(after) && !NOT_AFTER_THE.has(after)));
/**
 * "be was": before a finite verb, after anything but a modal or "to"; "then be said": before
 * "said", "had" … where a clause opens ("may be said", "to be had" keep their modal or "to").
 */
const heBeforeFinite = ({ before, after }: Neighbours) =>
  after !== null &&
  before !== null &&
  !BEFORE_BE.has(before) &&
  (FINITE_AFTER_HE.has(after) ||
    ((CLAUSE_STARTS.has(before) || before === 'that') && AFTER_HE.has(after)));
/** "ho had", "ho assured", "bo said": words of no prose of their own, before a verb of "he". */
const heBeforeVerb = ({ before, after }: Neighbours) =>
  after !== null &&
  (AFTER_HE.has(after) || (after.length > 4 && after.endsWith('ed'))) &&
  (before === null || !BEFORE_BE.has(before));
const haveBeforeBeen = ({ after }: Neighbours) => after !== null && AFTER_HAVE.has(after);

const TO_BE = {
  'zh-CN': '情态词或“to”之后、分词之前只能是“be”',
  en: 'after a modal or "to" and before a participle only "be" stands',
};
const HE_DID = {
  'zh-CN': '动词之前、从句开头应是主语“he”',
  en: 'only "he" stands before the verb',
};
const PREPOSITION = {
  'zh-CN': '其后是介词的宾语（the、a、his 等）',
  en: 'a preposition\'s object ("the", "a", "his" …) follows',
};
const HAVE_BEEN = {
  'zh-CN': '分词（been 等）之前应是 have 的形式',
  en: 'a participle such as "been" follows a form of "have"',
};

const letters = (...pairs: [meant: string, seen: string][]) =>
  pairs.map(([meant, seen]) => ({ meant, seen }));

/** The grammatical misreadings, by printed word, tried in order. */
const RULES: ReadonlyMap<string, readonly Rule[]> = new Map<string, Rule[]>([
  ['he', [{ meant: 'be', misread: letters(['b', 'h']), applies: beAfterModal, context: TO_BE }]],
  [
    'ho',
    [
      {
        meant: 'be',
        misread: letters(['b', 'h'], ['e', 'o']),
        applies: beAfterModal,
        context: TO_BE,
      },
      { meant: 'he', misread: letters(['e', 'o']), applies: heBeforeVerb, context: HE_DID },
    ],
  ],
  ['be', [{ meant: 'he', misread: letters(['h', 'b']), applies: heBeforeFinite, context: HE_DID }]],
  [
    'bo',
    [
      {
        meant: 'he',
        misread: letters(['h', 'b'], ['e', 'o']),
        applies: heBeforeVerb,
        context: HE_DID,
      },
    ],
  ],
  [
    'lie',
    [
      {
        meant: 'he',
        misread: letters(['h', 'li']),
        // "the lie was": only after what opens a clause ("that" too: "said that lie had" is
        // far likelier "he" than a lie) is "lie" the subject "he".
        applies: (n) =>
          n.before !== null &&
          (CLAUSE_STARTS.has(n.before) || n.before === 'that') &&
          n.after !== null &&
          AFTER_HE.has(n.after),
        context: HE_DID,
      },
    ],
  ],
  [
    'bad',
    [
      {
        meant: 'had',
        misread: letters(['h', 'b']),
        // "he bad her go" is "he bade her go" in older prose: only a participle decides.
        applies: (n) =>
          haveBeforeBeen(n) ||
          (n.before !== null &&
            SUBJECTS.has(n.before) &&
            n.after !== null &&
            isParticiple(n.after)),
        context: HAVE_BEEN,
      },
    ],
  ],
  [
    'bas',
    [{ meant: 'has', misread: letters(['h', 'b']), applies: haveBeforeBeen, context: HAVE_BEEN }],
  ],
  [
    'hare',
    [{ meant: 'have', misread: letters(['v', 'r']), applies: haveBeforeBeen, context: HAVE_BEEN }],
  ],
  [
    'nave',
    [{ meant: 'have', misread: letters(['h', 'n']), applies: haveBeforeBeen, context: HAVE_BEEN }],
  ],
  [
    'lias',
    [{ meant: 'has', misread: letters(['h', 'li']), applies: haveBeforeBeen, context: HAVE_BEEN }],
  ],
  [
    'liad',
    [{ meant: 'had', misread: letters(['h', 'li']), applies: haveBeforeBeen, context: HAVE_BEEN }],
  ],
  [
    'wore',
    [
      {
        meant: 'were',
        misread: letters(['e', 'o']),
        applies: (n) => n.before === 'there',
        context: { 'zh-CN': '“there”之后应是“were”', en: '"there" is followed by "were"' },
      },
    ],
  ],
  [
    // "woro" is a misread "wore" by its letters, "were" by its place: after a plural subject.
    'woro',
    [
      {
        meant: 'were',
        misread: letters(['e', 'o'], ['e', 'o']),
        applies: (n) => n.before !== null && BEFORE_WERE.has(n.before),
        context: {
          'zh-CN': '复数主语之后应是“were”',
          en: 'a plural subject is followed by "were"',
        },
      },
    ],
  ],
  [
    'ia',
    [
      {
        meant: 'is',
        misread: letters(['s', 'a']),
        applies: (n) => n.before !== null && BEFORE_IS.has(n.before),
        context: { 'zh-CN': '主语之后应是“is”', en: 'a subject is followed by "is"' },
      },
      {
        meant: 'in',
        misread: letters(['n', 'a']),
        applies: (n) => n.after !== null && OBJECTS.has(n.after),
        context: PREPOSITION,
        safe: false,
      },
    ],
  ],
  [
    'nt',
    [
      {
        meant: 'at',
        misread: letters(['a', 'n']),
        applies: (n) => n.after !== null && OBJECTS.has(n.after),
        context: PREPOSITION,
      },
    ],
  ],
  [
    'lo',
    [
      {
        meant: 'to',
        misread: letters(['t', 'l']),
        applies: (n) => n.after !== null && (OBJECTS.has(n.after) || AFTER_TO.has(n.after)),
        context: PREPOSITION,
      },
    ],
  ],
  [
    'aa',
    [
      {
        meant: 'as',
        misread: letters(['s', 'a']),
        applies: (n) => n.after !== null && AFTER_AS.has(n.after),
        context: { 'zh-CN': '其后的词只接在“as”之后', en: 'the next word follows "as"' },
      },
    ],
  ],
  [
    'wonld',
    [
      {
        meant: 'would',
        misread: letters(['u', 'n']),
        applies: (n) =>
          (n.before !== null && BEFORE_WOULD.has(n.before)) ||
          (n.after !== null && AFTER_WOULD.has(n.after)),
        context: {
          'zh-CN': '主语之后、动词之前应是“would”',
          en: 'a subject or a verb beside it reads "would", not "world"',
        },
      },
    ],
  ],
  ['ami', [{ ...AND, misread: letters(['nd', 'mi']), applies: andBetween }]],
  [
    'arid',
    [
      {
        ...AND,
        misread: letters(['n', 'ri']),
        // "arid" is an adjective: an article, a pronoun or a verb never follows it.
        applies: (n) =>
          n.before !== null &&
          n.after !== null &&
          (DETERMINERS.has(n.after) || AFTER_ARID.has(n.after) || n.after === 'co'),
      },
    ],
  ],
  [
    'ie',
    [
      {
        meant: 'is',
        misread: letters(['s', 'e']),
        // "i.e." keeps its points; "ie" between two words of prose is "is".
        applies: ({ before, after }) => before !== null && before !== '.' && after !== null,
        context: { 'zh-CN': '两词之间应是“is”', en: 'between two words "is" stands' },
      },
    ],
  ],
  [
    'af',
    [
      {
        meant: 'of',
        misread: letters(['o', 'a']),
        applies: ({ before, after }) => before !== null && before !== '.' && after !== null,
        context: PREPOSITION,
      },
    ],
  ],
  ['hie', [{ ...HIS, misread: letters(['s', 'e']) }]],
  [
    // "insured hi furniture", "during hi blindness": the s lost. "hi" greets only at a
    // sentence's start or before those greeted.
    'hi',
    [
      {
        ...HIS,
        misread: letters(['his', 'hi']),
        applies: (n) =>
          HIS.applies(n) &&
          n.before !== '.' &&
          n.before !== ',' &&
          !GREETED.has(n.after!) &&
          // "made up hi any style" is "in": no determiner follows "his".
          !DETERMINERS.has(n.after!) &&
          n.after !== 'any' &&
          n.after !== 'this' &&
          !GREETING_VERBS.has(n.before!),
      },
    ],
  ],
  [
    // "which ha been", "whoever ha found": the s of "has" lost before a participle.
    'ha',
    [
      {
        meant: 'has',
        misread: letters(['has', 'ha']),
        applies: (n) =>
          n.before !== null && n.before !== '.' && n.after !== null && isParticiple(n.after),
        context: HAVE_BEEN,
      },
    ],
  ],
  ['hia', [{ ...HIS, misread: letters(['s', 'a']) }]],
  ['ana', [{ ...AND, misread: letters(['d', 'a']), applies: andBetween }]],
  ['nd', [{ ...AND, misread: letters(['and', 'nd']), applies: andBetween }]],
  [
    'winch',
    [
      {
        meant: 'which',
        misread: letters(['h', 'n']),
        applies: (n) => n.before === ',',
        context: {
          'zh-CN': '逗号之后应是关系词“which”',
          en: 'after a comma the relative "which" stands',
        },
      },
    ],
  ],
  [
    // "it it to be regretted", "It it the fact": the second "it" is "is".
    'it',
    [
      {
        meant: 'is',
        misread: letters(['s', 't']),
        // "preceded it it gives" lost a stop: only before what follows "is" (a determiner,
        // "to", "not", a participle) is the second "it" the verb.
        applies: (n) =>
          n.before === 'it' &&
          n.after !== null &&
          (DETERMINERS.has(n.after) ||
            n.after === 'to' ||
            n.after === 'not' ||
            isParticiple(n.after)),
        context: { 'zh-CN': '“it”之后应是“is”', en: '"it" is followed by "is"' },
      },
    ],
  ],
  [
    // "neat week", "neat year's delivery": before a word of time "next".
    'neat',
    [
      {
        meant: 'next',
        misread: letters(['x', 'a']),
        applies: (n) => n.after !== null && TIMES_AFTER_NEXT.has(n.after),
        context: {
          'zh-CN': '时间词之前应是“next”',
          en: 'a word of time follows: "next"',
        },
      },
    ],
  ],
  [
    // "after the lapse of tome time", "with tome new buildings": no article, so no noun.
    'tome',
    [
      {
        meant: 'some',
        misread: letters(['s', 't']),
        applies: (n) =>
          n.before !== null &&
          BEFORE_SOME.has(n.before) &&
          n.after !== null &&
          AFTER_SOME.has(n.after),
        context: {
          'zh-CN': '介词之后无冠词，应是“some”',
          en: 'after a preposition with no article: "some"',
        },
      },
    ],
  ],
  [
    'hut',
    [
      {
        meant: 'but',
        misread: letters(['b', 'h']),
        applies: (n) => n.before === ',' && n.after !== null && CLAUSE_OPENERS.has(n.after),
        context: {
          'zh-CN': '逗号之后、从句开头之前应是连词“but”',
          en: 'after a comma and before a clause the conjunction "but" stands',
        },
      },
    ],
  ],
]);

/** True when the context of a printed word may change its reading: look at its neighbours. */
export function hasContextRule(seen: string, reading: EnglishReading | null): boolean {
  return RULES.has(seen) || reading?.word === 'the';
}

/**
 * The reading of `seen` (lower case) among its neighbours: a grammatical misreading's word when
 * its rule applies (safe unless the rule says: the grammar allows no other reading), the context-free reading
 * when nothing vetoes it, a suggestion only or nothing when the next word cannot follow "the"
 * ("tho he" is "though he").
 */
export function readInContext(
  seen: string,
  reading: EnglishReading | null,
  n: Neighbours,
): EnglishReading | null {
  for (const rule of RULES.get(seen) ?? []) {
    if (!rule.applies(n)) continue;
    return {
      word: rule.meant,
      misread: rule.misread,
      nonWord: false,
      gain: 0,
      safe: rule.safe ?? true,
      context: rule.context,
    };
  }
  if (reading?.word === 'the' && n.after !== null && NOT_AFTER_THE.has(n.after)) {
    return seen === 'tho' ? null : { ...reading, safe: false };
  }
  return reading;
}
