import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseText, applyFindings, cleanText } from '../../src/core/index';
import { judgeJoin } from '../../src/core/detectors/misreading/english-spacing';
import { judgeRunTogether } from '../../src/core/detectors/misreading/english-run-together';
import { LetterFilter } from '../../src/core/detectors/misreading/letter-filter';
import { loadEnglishFrequencies } from '../../src/main/lexicon/english';

const english = loadEnglishFrequencies();

/** The findings of split and run-together words, by their message. */
function spacings(text: string) {
  return analyseText(text, { english }).findings.filter(
    (f) => f.kind === 'misreading' && /^(Word split|Words run together)/.test(f.message.en),
  );
}

const clean = (text: string) => cleanText(text, { english }).text;

describe('misreading (English): words split by a space', () => {
  it('joins a stray letter to the word it belongs to', () => {
    expect(clean('They met in mid s ummer at the farm.')).toBe(
      'They met in mid summer at the farm.',
    );
    expect(clean('The books were sent by pos t to the office.')).toBe(
      'The books were sent by post to the office.',
    );
    expect(clean("the charge against P.C.'s F armer and the others")).toBe(
      "the charge against P.C.'s Farmer and the others",
    );
  });

  it('says what was joined and why, in zh-CN and en', () => {
    const [finding] = spacings('They met in mid s ummer at the farm.');
    expect(finding!.replacement).toBe('summer');
    expect(finding!.message.en).toContain('"s ummer" for "summer"');
    expect(finding!.message['zh-CN']).toContain('“s ummer”应为“summer”');
    expect(finding!.message['zh-CN']).toContain('拆开');
  });

  it('only suggests a word split where a line-end hyphen would part it (Govern ment)', () => {
    const found = spacings('the Govern ment and the opposi tion were ma de to wait');
    expect(found.map((f) => `${f.replacement} ${f.confidence}`)).toEqual([
      'Government suggest',
      'opposition suggest',
      'made suggest',
    ]);
    expect(found[0]!.message.en).toContain('line-end hyphen');
    expect(clean('the Govern ment and the opposi tion')).toBe(
      'the Govern ment and the opposi tion',
    );
  });

  it('never joins two words used about as often as the word they would make', () => {
    for (const [a, b] of [
      ['a', 'new'],
      ['in', 'to'],
      ['to', 'day'],
      ['to', 'morrow'],
      ['may', 'be'],
      ['any', 'one'],
      ['can', 'not'],
      ['with', 'out'],
      ['her', 'self'],
      ['a', 'gain'],
      ['a', 'round'],
    ]) {
      expect(judgeJoin(a!, b!, english), `${a} ${b}`).toBeNull();
    }
    expect(spacings('a new day came; he went in to see her to day, as may be')).toEqual([]);
    // Two words with a sense of their own ("per cent", "to ward off"), and an older spelling.
    for (const [a, b] of [
      ['per', 'cent'],
      ['to', 'ward'],
      ['not', 'withstanding'],
    ]) {
      expect(judgeJoin(a!, b!, english), `${a} ${b}`).toBeNull();
    }
  });

  it('leaves names, initials in capitals and letters after numbers alone', () => {
    expect(spacings('a portrait by Van Dyke and one by De Witt')).toEqual([]);
    // A drop capital printed apart is only suggested: the gold keeps it so.
    expect(clean('T HE PROVINCIAL BANK. L OST, a ring.')).toBe(
      'T HE PROVINCIAL BANK. L OST, a ring.',
    );
    expect(spacings('post free 1½d on application')).toEqual([]);
    expect(spacings("the re-election of Queen- street's member")).toEqual([]);
  });

  it('only suggests a stray letter beside a frequent word (t wins, g room)', () => {
    expect(spacings('the t wins and the g room').map((f) => f.confidence)).toEqual([
      'suggest',
      'suggest',
    ]);
    expect(clean('the t wins and the g room')).toBe('the t wins and the g room');
  });

  it('only suggests a join whose neighbour would join too (Repre sent atives)', () => {
    const found = spacings('the Repre sent atives met');
    expect(found.every((f) => f.confidence === 'suggest')).toBe(true);
  });

  it('never touches Chinese text', () => {
    expect(spacings('新华社北京电 w inter ofthe 会议')).toEqual([]);
  });
});

describe('misreading (English): words run together', () => {
  it('puts the space back between a function word and a frequent word', () => {
    expect(clean('It is one ofthe finest, and tothe end ofthe year.')).toBe(
      'It is one of the finest, and to the end of the year.',
    );
    expect(clean('the laboratory isopen to pupils and thecountry is calm')).toBe(
      'the laboratory isopen to pupils and the country is calm',
    );
    expect(
      spacings('the laboratory isopen').map((f) => `${f.replacement} ${f.confidence}`),
    ).toEqual(['is open suggest']);
    // Whoever reads the form first (here "bo", by its neighbours), it is still parted.
    expect(spacings('we went bo ofthe house').map((f) => f.replacement)).toEqual(['of the']);
  });

  it('only suggests a form that also parts as a letter and a word (areturn: a return)', () => {
    const text = 'He bought areturn ticket and went on atour of the city with aretired officer.';
    expect(clean(text)).toBe(text);
    for (const word of ['areturn', 'atour', 'aretired', 'areview', 'iscream']) {
      expect(judgeRunTogether(word, english)?.confidence ?? null, word).not.toBe('safe');
    }
  });

  it('leaves code and long letter runs alone (`isempty`, a rule line of l)', () => {
    expect(spacings('the `isempty` method and `haskey` too')).toEqual([]);
    expect(judgeRunTogether('l'.repeat(3_000), english)).toBeNull();
  });

  it('parts the run-together words of Trove-like newspaper OCR', () => {
    expect(clean('The Minister ofthe day said inthe House andthe Senate ofhis plans.')).toBe(
      'The Minister of the day said in the House and the Senate of his plans.',
    );
    expect(spacings('he was tobe there').map((f) => `${f.replacement} ${f.confidence}`)).toEqual([
      'to be suggest',
    ]);
  });

  it('says what was parted and why, in zh-CN and en', () => {
    const [finding] = spacings('one ofthe finest');
    expect(finding!.replacement).toBe('of the');
    expect(finding!.confidence).toBe('safe');
    expect(finding!.message.en).toContain('"ofthe" for "of the"');
    expect(finding!.message['zh-CN']).toContain('“ofthe”应为“of the”');
  });

  it('never parts a word of the word list, an older spelling or a name', () => {
    for (const word of ['into', 'cannot', 'together', 'nothing', 'within', 'upon', 'onto']) {
      expect(judgeRunTogether(word, english), word).toBeNull();
    }
    // Older printing: "soone", "withall" add a letter to a word.
    expect(judgeRunTogether('soone', english)).toBeNull();
    expect(judgeRunTogether('withall', english)).toBeNull();
    expect(judgeRunTogether('heere', english)).toBeNull();
    expect(spacings('Mr. Goodwin went to Brighton and Lucknow')).toEqual([]);
  });

  it('only suggests short or doubtful ones (tobe, largeit)', () => {
    expect(judgeRunTogether('tobe', english)?.confidence).toBe('suggest');
    expect(judgeRunTogether('largeit', english)?.confidence).toBe('suggest');
    expect(judgeRunTogether('ofthe', english)).toEqual({ at: 2, confidence: 'safe' });
    // A preposition before a word, or a function word after one, makes compounds as often:
    // "inline", "online", "login"; and "ondon", "fortable" are pieces of London, comfortable.
    for (const word of ['inline', 'online', 'login', 'ondon', 'fortable']) {
      expect(judgeRunTogether(word, english)?.confidence ?? null, word).not.toBe('safe');
    }
  });

  it('leaves a piece of a split word to the join ("infor mation")', () => {
    expect(spacings('asking for infor mation about it').map((f) => f.replacement)).toEqual([
      'information',
    ]);
  });
});

/** Words for random text: split words, run-together words, names, function words. */
const WORDS = [
  'the',
  'of',
  'to',
  'and',
  'a',
  'in',
  'new',
  'day',
  'may',
  'be',
  'Government',
  'Govern',
  'ment',
  'w',
  'inter',
  'pos',
  't',
  'ofthe',
  'tothe',
  'isopen',
  'bo',
  'areturn',
  'tor',
  'ho',
  'had',
  'will',
  'Van',
  'Dyke',
  'F',
  'armer',
  'T',
  'HE',
  'ma',
  'de',
  'into',
  'Repre',
  'sent',
  'atives',
  'i',
  'n',
  'tobe',
  'g',
  'room',
];

describe('the letter filter of the spacing scan', () => {
  it('holds every word added, in any case, as one word or as two pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 50 }), (words) => {
        const filter = new LetterFilter(1 << 12);
        for (const word of words) filter.add(word);
        for (const word of words) {
          expect(filter.mayHold(word)).toBe(true);
          expect(filter.mayHold(word.toUpperCase())).toBe(true);
          const at = Math.floor(word.length / 2);
          expect(filter.mayHold(word.slice(0, at), word.slice(at))).toBe(true);
        }
      }),
    );
  });
});

describe('misreading (English): spacing fixes as a clean applies them', () => {
  it('only remove or insert a space, and one pass of safe fixes leaves no safe misreading', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ' ', ' ', '\n', ', ', '. ')),
          { minLength: 1, maxLength: 40 },
        ),
        (parts) => {
          const text = `${parts.map(([w, gap]) => w + gap).join('')}end of the story.`;
          for (const f of spacings(text)) {
            const seen = text.slice(f.start, f.end);
            expect(Math.abs(seen.length - f.replacement.length)).toBe(1);
            expect(seen.replace(/[ \n]/, '')).toBe(f.replacement.replace(' ', ''));
          }
          // Every safe misreading applied once, as one pass of a clean: the text that leaves
          // holds no safe misreading of any sort (a fix never turns another's reading).
          const safe = analyseText(text, { english }).findings.filter(
            (f) => f.kind === 'misreading' && f.confidence === 'safe',
          );
          const once = applyFindings(text, safe).text;
          const safeAfter = analyseText(once, { english }).findings.filter(
            (f) => f.kind === 'misreading' && f.confidence === 'safe',
          );
          expect(safeAfter.map((f) => f.message.en)).toEqual([]);
        },
      ),
      {
        numRuns: 200,
        examples: [
          [
            [
              ['bo', ' '],
              ['isopen', ' '],
            ],
          ],
          // "bo" beside a safe join was only suggested, then safe on the next pass.
          [
            [
              ['w', ' '],
              ['armer', ' '],
              ['bo', ' '],
              ['had', ' '],
              ['the', ' '],
            ],
          ],
        ],
      },
    );
  });
});
