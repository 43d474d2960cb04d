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

/** The words either side of a printed word, lower case; null across punctuation or an edge. */
export interface Neighbours {
  readonly before: string | null;
  readonly after: string | null;
}

/** Forms only "he" stands before ("he was", "he said" is not among them: "be said" is English). */
const FINITE_AFTER_HE: ReadonlySet<string> = new Set([
  'was',
  'is',
  'has',
  'would',
  'could',
  'should',
  'did',
  'does',
  'went',
  'came',
  'knew',
  'saw',
  'says',
]);

/** Words after which a verb's base form follows: "will be", "to be". */
const BEFORE_BE: ReadonlySet<string> = new Set([
  'to',
  'will',
  'would',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'can',
  'could',
  'cannot',
]);

/** Participles and words that follow "be" and never "he" ("be held", "be made", "be able"). */
const AFTER_BE: ReadonlySet<string> = new Set([
  'able',
  'made',
  'done',
  'given',
  'taken',
  'seen',
  'known',
  'shown',
  'held',
  'paid',
  'sold',
  'built',
  'found',
  'kept',
  'left',
  'sent',
  'brought',
  'bought',
  'thrown',
  'written',
  'read',
  'heard',
  'told',
  'put',
  'set',
  'laid',
  'borne',
  'allowed',
  'glad',
  'sorry',
  'present',
  'obtained',
]);

/** Participles that follow "have", "had" and "has" and cannot follow the words misread for them. */
const AFTER_HAVE: ReadonlySet<string> = new Set([
  'been',
  'become',
  'given',
  'gone',
  'taken',
  'done',
  'seen',
  'known',
  'shown',
  'written',
  'spoken',
  'received',
]);

/** Words that open a clause after ", but": "hut" (a noun) is never followed by them there. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'it',
  'he',
  'she',
  'i',
  'we',
  'they',
  'there',
  'this',
  'that',
  'not',
  'also',
  'as',
  'when',
  'if',
  'his',
  'you',
  'no',
  'in',
  'only',
  'to',
]);

/** Words that cannot follow "the": after them "tho" is "though" and "thc" is no certain "the". */
const NOT_AFTER_THE: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'i',
  'we',
  'they',
  'you',
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'and',
  'of',
  'to',
  'the',
]);

/** One grammatical misreading: the printed word, the word meant and the letters confused. */
interface Rule {
  readonly meant: string;
  readonly misread: EnglishReading['misread'];
  readonly applies: (n: Neighbours) => boolean;
  readonly context: EnglishReading['context'];
}

/** Subjects: after them an adjective ("bad") cannot stand, only a verb ("had"). */
const SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'who']);

/** Words that open a clause, after which "he" is the subject and "lie" (a noun) cannot stand. */
const CONJUNCTIONS: ReadonlySet<string> = new Set([
  ',',
  'and',
  'but',
  'when',
  'if',
  'as',
  'who',
  'because',
  'until',
  'since',
  'where',
  'while',
  'whom',
]);

const isParticiple = (word: string) =>
  AFTER_BE.has(word) || (word.length > 4 && word.endsWith('ed'));
/** "will he held", "to he a": "to" is followed by no subject but a verb. */
const beforeParticiple = (n: Neighbours) =>
  n.before !== null &&
  n.after !== null &&
  ((BEFORE_BE.has(n.before) && isParticiple(n.after)) ||
    (n.before === 'to' &&
      !FINITE_AFTER_HE.has(n.after) &&
      !NOT_AFTER_THE.has(n.after) &&
      n.after !== 'had'));
const beforeFinite = (n: Neighbours) => n.after !== null && FINITE_AFTER_HE.has(n.after);
/** "ho had", "ho assured": "ho" is no word of prose, and before a past tense it is "he". */
const beforePast = (n: Neighbours) =>
  n.after !== null && (beforeFinite(n) || n.after === 'had' || isParticiple(n.after));
const beforeBeen = (n: Neighbours) => n.after !== null && AFTER_HAVE.has(n.after);

const TO_BE = {
  'zh-CN': '情态词或“to”之后、分词之前只能是“be”',
  en: 'after a modal or "to" and before a participle only "be" stands',
};
const HE_DID = { 'zh-CN': '限定动词之前只能是“he”', en: 'only "he" stands before a finite verb' };
const HAVE_BEEN = {
  'zh-CN': '分词（been 等）之前应是 have 的形式',
  en: 'a participle such as "been" follows a form of "have"',
};

/** The grammatical misreadings, by printed word. */
const RULES: ReadonlyMap<string, readonly Rule[]> = new Map<string, Rule[]>([
  [
    'he',
    [
      {
        meant: 'be',
        misread: [{ meant: 'b', seen: 'h' }],
        applies: beforeParticiple,
        context: TO_BE,
      },
    ],
  ],
  [
    'ho',
    [
      {
        meant: 'be',
        misread: [{ meant: 'b', seen: 'h' }],
        applies: beforeParticiple,
        context: TO_BE,
      },
      { meant: 'he', misread: [{ meant: 'e', seen: 'o' }], applies: beforePast, context: HE_DID },
    ],
  ],
  [
    'be',
    [
      {
        meant: 'he',
        misread: [{ meant: 'h', seen: 'b' }],
        applies: (n) => beforeFinite(n) && n.before !== null && !BEFORE_BE.has(n.before),
        context: HE_DID,
      },
    ],
  ],
  [
    'bo',
    [
      {
        meant: 'he',
        misread: [
          { meant: 'h', seen: 'b' },
          { meant: 'e', seen: 'o' },
        ],
        applies: beforeFinite,
        context: HE_DID,
      },
    ],
  ],
  [
    'bad',
    [
      {
        meant: 'had',
        misread: [{ meant: 'h', seen: 'b' }],
        // "he bad her go" is "he bade her go" in older prose: only a participle decides.
        applies: (n) =>
          beforeBeen(n) ||
          (n.before !== null &&
            SUBJECTS.has(n.before) &&
            n.after !== null &&
            isParticiple(n.after)),
        context: HAVE_BEEN,
      },
    ],
  ],
  [
    'lie',
    [
      {
        meant: 'he',
        misread: [{ meant: 'h', seen: 'li' }],
        applies: (n) =>
          n.before !== null &&
          CONJUNCTIONS.has(n.before) &&
          n.after !== null &&
          (FINITE_AFTER_HE.has(n.after) || n.after === 'had'),
        context: HE_DID,
      },
    ],
  ],
  [
    'bas',
    [
      {
        meant: 'has',
        misread: [{ meant: 'h', seen: 'b' }],
        applies: beforeBeen,
        context: HAVE_BEEN,
      },
    ],
  ],
  [
    'hare',
    [
      {
        meant: 'have',
        misread: [{ meant: 'v', seen: 'r' }],
        applies: beforeBeen,
        context: HAVE_BEEN,
      },
    ],
  ],
  [
    'nave',
    [
      {
        meant: 'have',
        misread: [{ meant: 'h', seen: 'n' }],
        applies: beforeBeen,
        context: HAVE_BEEN,
      },
    ],
  ],
  [
    'lias',
    [
      {
        meant: 'has',
        misread: [{ meant: 'h', seen: 'li' }],
        applies: beforeBeen,
        context: HAVE_BEEN,
      },
    ],
  ],
  [
    'liad',
    [
      {
        meant: 'had',
        misread: [{ meant: 'h', seen: 'li' }],
        applies: beforeBeen,
        context: HAVE_BEEN,
      },
    ],
  ],
  [
    'hut',
    [
      {
        meant: 'but',
        misread: [{ meant: 'b', seen: 'h' }],
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
 * its rule applies (always safe: the grammar allows no other reading), the context-free reading
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
      safe: true,
      context: rule.context,
    };
  }
  if (reading?.word === 'the' && n.after !== null && NOT_AFTER_THE.has(n.after)) {
    return seen === 'tho' ? null : { ...reading, safe: false };
  }
  return reading;
}
