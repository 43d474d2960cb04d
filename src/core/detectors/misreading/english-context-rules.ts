/**
 * The grammatical misreadings the English corrector reads by their neighbours
 * (`english-context.ts`): for each printed word, the word meant, the letters confused, when the
 * neighbouring words leave no doubt (`english-clues.ts`), and why, in zh-CN and en. Grammar, not
 * statistics, over the closed word classes of `english-grammar.ts`.
 */
import type { EnglishReading } from './english';
import type { Neighbours } from './english-context';
import {
  AFTER_HE,
  DETERMINERS,
  CLAUSE_OPENERS,
  SUBJECTS,
  BEFORE_IS,
  OBJECTS,
  AFTER_AS,
  AFTER_TO,
  AFTER_AT,
  BEFORE_WOULD,
  AFTER_WOULD,
  AFTER_ARID,
  BEFORE_WERE,
  TIMES_AFTER_NEXT,
  AFTER_SOME,
  BEFORE_SOME,
  BEFORE_NOT,
  PREPOSITIONS,
  AFTER_YOU,
  HAVE_FORMS,
  BEFORE_LARGE,
  AFTER_WENT,
  BEFORE_THEN,
  BE_FORMS,
  AFTER_SET,
  AFTER_LET,
  BEFORE_MEN,
  AFTER_GREAT,
  BEFORE_GREAT,
  AFTER_THREE,
  AFTER_WERE,
  BEFORE_BEING,
  BEFORE_PAST,
  BEFORE_FEW,
  BEFORE_HOME,
  BEFORE_BOING,
  SPANISH_AFTER_POR,
  BEFORE_BE,
  NOT_AFTER_HIS,
  MEETINGS,
} from './english-grammar';
import {
  nounAfterPreposition,
  andBetween,
  AND,
  HIS,
  GREETED,
  GREETING_VERBS,
  isParticiple,
  beAfterModal,
  heBeforeFinite,
  heBeforeVerb,
  haveBeforeBeen,
  TO_BE,
  HE_DID,
  PREPOSITION,
  HAVE_BEEN,
  letters,
  theLostE,
  mForIn,
  determinerAfter,
  opensClause,
  afterAuxiliary,
  afterSubjectOrAuxiliary,
} from './english-clues';

/** One grammatical misreading: the printed word, the word meant and the letters confused. */
export interface Rule {
  readonly meant: string;
  readonly misread: EnglishReading['misread'];
  readonly applies: (n: Neighbours) => boolean;
  readonly context: NonNullable<EnglishReading['context']>;
  /** False when the rule only suggests: "the flag ia the property" is "is", not "in". */
  readonly safe?: boolean;
}

/** The present of "be", after which "anti" is the word ("he is anti the war"). */
const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are', 'am']);

/** Why "wore" or "woro" before a participle is "were". */
const PARTICIPLE_FOLLOWS = {
  'zh-CN': '其后是分词或形容词（present、held 等），应是“were”',
  en: 'a participle or "present", "not" follows: "were"',
} as const;

/** A rule reading the printed word as `meant`, its e read as o (Trove's commonest confusion). */
function eForO(meant: string, applies: Rule['applies'], zh: string, en: string): Rule {
  return { meant, misread: letters(['e', 'o']), applies, context: { 'zh-CN': zh, en } };
}

/** The grammatical misreadings, by printed word, tried in order. */
export const RULES: ReadonlyMap<string, readonly Rule[]> = new Map<string, Rule[]>([
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
        applies: (n) => opensClause(n.before) && n.after !== null && AFTER_HE.has(n.after),
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
      eForO(
        'were',
        // "the men wore present", "they wore not": no object of "wear" follows.
        (n) => n.after !== null && AFTER_WERE.has(n.after),
        PARTICIPLE_FOLLOWS['zh-CN'],
        PARTICIPLE_FOLLOWS.en,
      ),
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
      {
        // "the horses woro injured", "they woro not": no object of "wear" follows.
        meant: 'were',
        misread: letters(['e', 'o'], ['e', 'o']),
        applies: (n) => n.after !== null && AFTER_WERE.has(n.after),
        context: PARTICIPLE_FOLLOWS,
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
        applies: (n) => n.after !== null && (OBJECTS.has(n.after) || AFTER_AT.has(n.after)),
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
          // "made up hi any style", "stands hi our way" are "in": no determiner follows "his".
          !DETERMINERS.has(n.after!) &&
          !NOT_AFTER_HIS.has(n.after!) &&
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
  ['nud', [{ ...AND, misread: letters(['a', 'n'], ['n', 'u']), applies: andBetween }]],
  [
    // "the hold are arranged, anti specially ventilated", "£5, anti the sale": Trove's "and"
    // with its d read as ti. After a comma, or before a word that opens a clause ("anti the"),
    // never a prefix cut off ("anti war" stays) nor after "be" ("was anti the war").
    'anti',
    [
      {
        ...AND,
        misread: letters(['d', 'ti']),
        applies: (n) =>
          andBetween(n) &&
          !BE_FORMS.has(n.before!) &&
          !PRESENT_BE.has(n.before!) &&
          (n.before === ',' || (n.after !== null && CLAUSE_OPENERS.has(n.after))),
      },
    ],
  ],
  [
    // "it is nol the case", "could nol be": after a verb of the auxiliaries, "not".
    'nol',
    [
      {
        meant: 'not',
        misread: letters(['t', 'l']),
        applies: (n) => n.before !== null && BEFORE_NOT.has(n.before),
        context: { 'zh-CN': '助动词之后应是“not”', en: 'an auxiliary verb comes before: "not"' },
      },
    ],
  ],
  [
    // "dispense with ih labour", "Professor of ih French": after a preposition "in" cannot
    // stand; the engine lost the t of "the" and read its e as h.
    'ih',
    [
      {
        meant: 'the',
        misread: letters(['the', 'ih']),
        applies: determinerAfter(PREPOSITIONS),
        context: {
          'zh-CN': '介词之后不接“in”，应是冠词“the”',
          en: 'no "in" after a preposition: the article "the"',
        },
      },
    ],
  ],
  [
    // "of ita own", "in ita place": after a preposition, before a word, the possessive "its".
    'ita',
    [
      {
        meant: 'its',
        misread: letters(['s', 'a']),
        applies: determinerAfter(BEFORE_SOME),
        context: {
          'zh-CN': '介词之后、名词之前应是“its”',
          en: 'after a preposition and before a noun: "its"',
        },
      },
    ],
  ],
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
    // "in hit other occupations", "iu hit History": after a preposition (not "to": "to hit"),
    // before a word that is no article, the possessive "his".
    'hit',
    [
      {
        meant: 'his',
        misread: letters(['s', 't']),
        applies: (n) => n.before !== 'to' && nounAfterPreposition(n),
        context: {
          'zh-CN': '介词之后、名词之前应是“his”',
          en: 'after a preposition and before a noun: "his"',
        },
      },
    ],
  ],
  [
    // "to tile Chancellor", "in tile County": after a preposition, before a word that is no
    // article ("to tile the floor" keeps its verb), the article "the", its h read as "il".
    'tile',
    [
      {
        meant: 'the',
        misread: letters(['h', 'il']),
        applies: nounAfterPreposition,
        context: {
          'zh-CN': '介词之后、名词之前应是冠词“the”',
          en: 'after a preposition and before a noun: the article "the"',
        },
      },
    ],
  ],
  [
    // "a mooting of the Council", "the annual mooting": after a determiner or an adjective of
    // meetings the noun "meeting" ("mooting the idea" keeps its verb).
    'mooting',
    [
      {
        meant: 'meeting',
        misread: letters(['e', 'o'], ['e', 'o']),
        applies: (n) => n.before !== null && (DETERMINERS.has(n.before) || MEETINGS.has(n.before)),
        context: {
          'zh-CN': '限定词之后应是名词“meeting”',
          en: 'a determiner comes before: the noun "meeting"',
        },
      },
    ],
  ],
  [
    // "has boon granted": after a form of "have" the participle "been", not the noun.
    'boon',
    [
      {
        meant: 'been',
        misread: letters(['e', 'o'], ['e', 'o']),
        applies: (n) => n.before !== null && HAVE_FORMS.has(n.before),
        context: {
          'zh-CN': '“have”的各形式之后应是分词“been”',
          en: 'a form of "have" comes before: the participle "been"',
        },
      },
    ],
  ],
  [
    // "the Bill was road a second time": after "was", before "a", "the" or the clause's end, the
    // participle "read" ("was road safety" keeps its noun).
    'road',
    [
      eForO(
        'read',
        (n) =>
          n.before !== null &&
          BE_FORMS.has(n.before) &&
          (n.after === null || n.after === 'a' || n.after === 'the' || n.after === 'and'),
        '“was”等之后应是分词“read”',
        'after "was" and the like: the participle "read"',
      ),
    ],
  ],
  [
    // "having loft on the 3rd", "he loft the room", "nothing was loft": the verb "left".
    'loft',
    [
      eForO(
        'left',
        afterSubjectOrAuxiliary,
        '主语或助动词之后应是动词“left”',
        'after a subject or an auxiliary: the verb "left"',
      ),
    ],
  ],
  [
    // "a largo number", "very largo": the musical term takes none of these words before it.
    'largo',
    [
      eForO(
        'large',
        (n) => n.before !== null && BEFORE_LARGE.has(n.before) && n.after !== null,
        '冠词或程度词之后应是形容词“large”',
        'after an article or "very": the adjective "large"',
      ),
    ],
  ],
  [
    // "he wont to the station": "was wont to" keeps its "was", "they wont go" is won't.
    'wont',
    [
      eForO(
        'went',
        (n) =>
          n.before !== null &&
          (SUBJECTS.has(n.before) || n.before === 'i') &&
          n.after !== null &&
          AFTER_WENT.has(n.after),
        '主语之后、介词或副词之前应是“went”',
        'after a subject and before "to", "home" …: "went"',
      ),
    ],
  ],
  [
    // "he had hoard", "it was hoard": after "have" or "be" only the participle "heard".
    'hoard',
    [
      eForO(
        'heard',
        afterAuxiliary,
        '“have”“be”的各形式之后应是分词“heard”',
        'after a form of "have" or "be": the participle "heard"',
      ),
    ],
  ],
  [
    // "they sot out", "he sot off": the verb "set" before its particle.
    'sot',
    [
      eForO(
        'set',
        (n) => n.after !== null && AFTER_SET.has(n.after) && !(n.before && OBJECTS.has(n.before)),
        '“out”“off”等小品词之前应是动词“set”',
        'before "out", "off" and the like: the verb "set"',
      ),
    ],
  ],
  [
    // "lot us go", "lot him speak": the verb "let" before its object.
    'lot',
    [
      eForO(
        'let',
        (n) => n.after !== null && AFTER_LET.has(n.after) && !(n.before && OBJECTS.has(n.before)),
        '宾语“us”“him”等之前应是动词“let”',
        'before "us", "him" and the like: the verb "let"',
      ),
    ],
  ],
  [
    // "of boing", "was boing": the gerund "being", not the sound.
    'boing',
    [
      eForO(
        'being',
        // The sound only after "a loud", "went" and the like; anywhere else, before a word,
        // the gerund ("the defence boing severely tried").
        (n) =>
          (n.before !== null && BEFORE_BEING.has(n.before)) ||
          (n.after !== null && !(n.before !== null && BEFORE_BOING.has(n.before))),
        '介词或“was”等之后应是“being”',
        'after a preposition or "was": "being"',
      ),
    ],
  ],
  [
    // "he sont", "was sont": the verb "sent".
    'sont',
    [
      eForO(
        'sent',
        afterSubjectOrAuxiliary,
        '主语或助动词之后应是动词“sent”',
        'after a subject or an auxiliary: the verb "sent"',
      ),
    ],
  ],
  [
    // "he camo", "there camo": the verb "came".
    'camo',
    [
      eForO(
        'came',
        (n) => n.before !== null && BEFORE_PAST.has(n.before),
        '主语之后应是动词“came”',
        'after a subject: the verb "came"',
      ),
    ],
  ],
  [
    // "the meeting was hold": after "be" only the participle "held" ("had hold of" stays).
    'hold',
    [
      eForO(
        'held',
        (n) => n.before !== null && BE_FORMS.has(n.before),
        '“was”“be”等之后应是分词“held”',
        'after "was", "be" and the like: the participle "held"',
      ),
    ],
  ],
  [
    // "to mako", "will mako": the verb "make", not the shark.
    'mako',
    [
      eForO(
        'make',
        (n) => n.before !== null && BEFORE_BE.has(n.before),
        '情态词或“to”之后应是动词“make”',
        'after a modal or "to": the verb "make"',
      ),
    ],
  ],
  [
    // "a fow days": "few".
    'fow',
    [
      eForO(
        'few',
        (n) => n.before !== null && BEFORE_FEW.has(n.before),
        '“a”“very”等之后应是“few”',
        'after "a", "very" and the like: "few"',
      ),
    ],
  ],
  [
    // "to loave": the verb "leave".
    'loave',
    [
      eForO(
        'leave',
        (n) => n.before !== null && BEFORE_BE.has(n.before),
        '情态词或“to”之后应是动词“leave”',
        'after a modal or "to": the verb "leave"',
      ),
    ],
  ],
  [
    // "has seon", "was seon": the participle "seen".
    'seon',
    [
      eForO(
        'seen',
        afterAuxiliary,
        '“have”“be”的各形式之后应是分词“seen”',
        'after a form of "have" or "be": the participle "seen"',
      ),
    ],
  ],
  [
    // "loss than": the comparative "less".
    'loss',
    [
      eForO(
        'less',
        (n) => n.after === 'than',
        '“than”之前应是比较级“less”',
        'before "than": the comparative "less"',
      ),
    ],
  ],
  [
    // "bettor than": the comparative "better", not a gambler.
    'bettor',
    [
      eForO(
        'better',
        (n) => n.after === 'than',
        '“than”之前应是比较级“better”',
        'before "than": the comparative "better"',
      ),
    ],
  ],
  [
    // "at homo", "went homo": "home".
    'homo',
    [
      eForO(
        'home',
        (n) => n.before !== null && BEFORE_HOME.has(n.before),
        '“at”“went”等之后应是“home”',
        'after "at", "went" and the like: "home"',
      ),
    ],
  ],
  [
    // "ton years", "ton thousand": the number "ten", not the weight.
    'ton',
    [
      eForO(
        'ten',
        (n) => n.after !== null && AFTER_THREE.has(n.after),
        '复数名词之前应是数词“ten”',
        'before a plural: the number "ten"',
      ),
    ],
  ],
  [
    // "10 por cent", "£5 por annum": "per" before the unit of a rate.
    'por',
    [
      eForO(
        'per',
        // No English word "por": before anything but Spanish ("por favor") it is "per"
        // ("33s. por quarter", "6d. por bottle").
        (n) => n.after !== null && !SPANISH_AFTER_POR.has(n.after),
        '“cent”“annum”等之前应是“per”',
        'before "cent", "annum" and the like: "per"',
      ),
    ],
  ],
  [
    // "a groat deal", "very groat": the adjective "great", not the old coin.
    'groat',
    [
      eForO(
        'great',
        (n) =>
          (n.after !== null && AFTER_GREAT.has(n.after)) ||
          (n.before !== null && BEFORE_GREAT.has(n.before)),
        '“deal”“many”等之前或“very”之后应是形容词“great”',
        'before "deal", "many" … or after "very": the adjective "great"',
      ),
    ],
  ],
  [
    // "throe years", "two or throe": the number "three", not a pang.
    'throe',
    [
      eForO(
        'three',
        (n) =>
          (n.after !== null && AFTER_THREE.has(n.after)) ||
          (n.before === 'or' && n.previous === 'two'),
        '复数名词或“two or”之后应是数词“three”',
        'before a plural or after "two or": the number "three"',
      ),
    ],
  ],
  [
    // "the mon were paid", "two mon": the plural "men" after a determiner or a number.
    'mon',
    [
      eForO(
        'men',
        (n) => n.before !== null && BEFORE_MEN.has(n.before),
        '限定词或数词之后应是复数“men”',
        'after a determiner or a number: the plural "men"',
      ),
    ],
  ],
  [
    // "and thon", "the meeting thon adjourned": the time word "then".
    'thon',
    [
      eForO(
        'then',
        (n) =>
          n.after !== null &&
          n.before !== null &&
          (BEFORE_THEN.has(n.before) || (n.after.length > 4 && n.after.endsWith('ed'))),
        '此处应是时间副词“then”',
        'the adverb of time "then" stands here',
      ),
    ],
  ],
  [
    // "thank yon for", "yon will see": the older "yon" stands before a noun ("yon hill"), never
    // before these; nor does "you" end "hither and yon".
    'yon',
    [
      {
        meant: 'you',
        misread: letters(['u', 'n']),
        applies: (n) =>
          n.after === null ? n.before !== null && n.before !== 'and' : AFTER_YOU.has(n.after),
        context: {
          'zh-CN': '其后是动词或虚词，应是“you”（古语“yon”后接名词）',
          en: 'a verb or a function word follows: "you" (the older "yon" precedes a noun)',
        },
      },
    ],
  ],
  [
    // "fell oft the horse", "oft the coast": the older "oft" (often) precedes a verb, "off" an
    // article.
    'oft',
    [
      {
        meant: 'off',
        misread: letters(['f', 't']),
        applies: (n) => n.after !== null && DETERMINERS.has(n.after),
        context: {
          'zh-CN': '其后是冠词，应是“off”（古语“oft”后接动词）',
          en: 'an article follows: "off" (the older "oft" precedes a verb)',
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
    // "excited m favour of", "a building m Holloway Head": in is read as m, the i lost.
    'm',
    [
      {
        meant: 'in',
        misread: letters(['in', 'm']),
        applies: mForIn,
        context: {
          'zh-CN': '两词之间孤立的“m”是“in”',
          en: 'a lone "m" between two words is "in"',
        },
      },
    ],
  ],
  [
    // "looking to th circumstances", "of th Directors": the e of "the" lost between two words.
    'th',
    [
      {
        meant: 'the',
        misread: letters(['the', 'th']),
        applies: theLostE,
        context: {
          'zh-CN': '两词之间孤立的“th”是丢了 e 的“the”',
          en: 'a lone "th" between two words is "the" with its e lost',
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
