/**
 * A word misread as another word, read by the words around it: "his enemies wore keeping him"
 * is "were", "who lie warned" is "he", "three mouths" is "months". Both forms are words, so the
 * corrector's word counts leave them; the bigrams of a language model (`EnglishBigrams`) say how
 * much better the phrase reads with the word one confusion of the OCR model away. Proposed when
 * the words either side read it better by `SUGGEST_LEAD` (log10, the confusion's own cost paid),
 * applied when by `SAFE_LEAD`. Only lower-case words of one line's running text, between two
 * words of the same clause or after one; a place another reading took is left to it. Pure.
 */
import type { Block } from '../../document/document';
import type { FindingDraft } from '../../finding';
import type { EnglishBigrams } from '../../lexicon/english-bigrams';
import type { EnglishFrequencies } from '../../lexicon/english-frequency';
import { isNewspaperWord, MIN_MEANT_COUNT, NEVER_MEANT, readingsOf } from './english';
import { neighboursOf, type ReadLower } from './english-neighbours';
import { CONFUSIONS } from './ocr-confusions';

/** A non-word's suggested reading is applied when its phrase reads this much better than a rival's. */
const CONFIRM_LEAD = 3;
const LOWER_FORM = /^[a-z]+$/;
/** The phrase must read this much better (log10) with the word meant to propose it … */
const SUGGEST_LEAD = 1.5;
/**
 * … and this much better to apply it automatically. At 3 (fifteenth session), the State of the
 * Union addresses and Moby-Dick (12 M characters of correct prose, `tests/eval/prose-damage.ts`)
 * lost 7 right words ("the fetters from" → letters, "any mere foolish" → more, "we heeded them",
 * "ere stepping" → are) where the ICDAR newspapers gained 4 right fixes; at 4 they lose 1 ("see
 * yon Albicore", since left: `isNewspaperWord`) and the newspapers gain 3: "the crew wore
 * injured" is only suggested.
 */
const SAFE_LEAD = 4;

/** A word the printed form may be, one confusion away. */
interface Variant {
  readonly word: string;
  readonly id: number;
  readonly meant: string;
  readonly seen: string;
  readonly cost: number;
}

/**
 * What glues a word to marks or digits ("th#", "1s"), or to the rest of a word ("wo-⏎man",
 * "don't"):
 * such a word is no word of a phrase.
 */
const GLUE = /[0-9#@&*/\\|_^~<>=+'’-]/;
const NEVER: ReadonlySet<string> = new Set(NEVER_MEANT);
const NO_VARIANTS: readonly Variant[] = [];
/** The cost of the likeliest confusion of the model. */
const MIN_COST = Math.min(...CONFUSIONS.map((c) => c.cost));

/**
 * The words of one block as the English scan walks them (letters only), in arrays kept from block
 * to block: an issue of a million words makes no object per word.
 */
export class PhraseWords {
  length = 0;
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  /** The word's id in the model, -1 when it has none. */
  id = new Int32Array(1024);
  /** 1 when the word is printed in lower case. */
  small = new Uint8Array(1024);
  /** 1 when only spaces or one line break part it from the word before. */
  joined = new Uint8Array(1024);

  /** Starts a block. */
  reset(): void {
    this.length = 0;
  }

  /** Adds the word at `from`–`to` of the block's `text`, the model's `id` of it. */
  add(text: string, from: number, to: number, id: number, small: boolean): void {
    const k = this.length++;
    if (k === this.from.length) this.grow();
    this.from[k] = from;
    this.to[k] = to;
    this.id[k] = id;
    this.small[k] = small ? 1 : 0;
    this.joined[k] = k > 0 && clauseGap(text, this.to[k - 1]!, from) ? 1 : 0;
  }

  private grow(): void {
    const twice = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    const size = 2 * this.from.length;
    this.from = twice(this.from, new Int32Array(size));
    this.to = twice(this.to, new Int32Array(size));
    this.id = twice(this.id, new Int32Array(size));
    this.small = twice(this.small, new Uint8Array(size));
    this.joined = twice(this.joined, new Uint8Array(size));
  }
}

/** True when `text` from `from` to `to` parts two words of one clause: spaces, or one line break. */
function clauseGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let breaks = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) breaks++;
    else if (code !== 32) return false;
  }
  return breaks <= 1;
}

/** The phrase reader of one model: each form's variants are found once. */
export class PhraseReader {
  private readonly variants: (readonly Variant[] | undefined)[] = [];

  constructor(
    private readonly bigrams: EnglishBigrams,
    private readonly frequencies: EnglishFrequencies,
  ) {}

  /** True when this reader reads with `frequencies`. */
  readsWith(frequencies: EnglishFrequencies): boolean {
    return this.frequencies === frequencies;
  }

  /**
   * The words one confusion from the model's word `id` that the model and the
   * corrector both know well; none for a form the corrector counts no word. Found once per word
   * of the model, so the cache is as large as the model at most.
   */
  private variantsOf(id: number): readonly Variant[] {
    let found = this.variants[id];
    if (found !== undefined) return found;
    const lower = this.bigrams.word(id);
    // A non-word is the corrector's to read; "yon", "inst." are read by no phrase.
    found =
      this.frequencies.count(lower) === 0 || isNewspaperWord(lower)
        ? NO_VARIANTS
        : this.findVariants(lower);
    this.variants[id] = found;
    return found;
  }

  private findVariants(lower: string): readonly Variant[] {
    const list: Variant[] = [];
    // Only a word at least as common as the printed one (by the model's own counts) is read in its
    // place: the engine's misreadings turn common words into rarer ones ("were" into "wore", "he"
    // into "lie"), and "of" is no misread "ot", "to" no "te". On the ICDAR OCR the same right
    // readings as with no such floor, one wrong fewer, and half the pass's cost.
    const floor = this.bigrams.log10Word(this.bigrams.id(lower));
    for (const { meant, seen, cost } of CONFUSIONS) {
      for (let at = lower.indexOf(seen); at >= 0; at = lower.indexOf(seen, at + 1)) {
        const word = lower.slice(0, at) + meant + lower.slice(at + seen.length);
        if (word === lower || NEVER.has(word)) continue;
        if (this.frequencies.count(word) < MIN_MEANT_COUNT) continue;
        const id = this.bigrams.id(word);
        if (id < 0 || this.bigrams.log10Word(id) < floor) continue;
        if (!list.some((v) => v.word === word)) list.push({ word, id, meant, seen, cost });
      }
    }
    return list.length > 0 ? list : NO_VARIANTS;
  }

  /**
   * `drafts` (of `text`) with the suggested readings of lower-case non-words made safe where the
   * words around them choose the reading over every rival the confusions allow by
   * `CONFIRM_LEAD`.
   */
  confirm(text: string, drafts: readonly FindingDraft[], read: ReadLower): FindingDraft[] {
    return drafts.map((draft) => {
      if (draft.kind !== 'misreading' || draft.confidence !== 'suggest') return draft;
      const seen = text.slice(draft.start, draft.end);
      if (!LOWER_FORM.test(seen)) return draft;
      const reading = read(seen);
      if (
        !reading?.nonWord ||
        reading.word !== draft.replacement ||
        reading.context ||
        reading.anyLetter
      ) {
        return draft;
      }
      const meant = this.bigrams.id(reading.word);
      if (meant < 0) return draft;
      const n = neighboursOf(text, draft.start, draft.end);
      const previous = n.before === null ? -1 : this.bigrams.id(n.before);
      const next = n.after === null ? -1 : this.bigrams.id(n.after);
      if (previous < 0 && next < 0) return draft;
      const score = this.reads(previous, meant, next);
      let rival = -Infinity;
      for (const word of readingsOf(seen, this.frequencies)) {
        if (word === reading.word) continue;
        const id = this.bigrams.id(word);
        if (id < 0) return draft;
        rival = Math.max(rival, this.reads(previous, id, next));
      }
      // No rival to choose over: nothing for the neighbours to decide.
      if (rival === -Infinity || score - rival < CONFIRM_LEAD) return draft;
      const phrase = [previous >= 0 ? n.before : null, '…', next >= 0 ? n.after : null]
        .filter((w) => w !== null)
        .join(' ');
      return {
        ...draft,
        confidence: 'safe',
        message: {
          'zh-CN': `${draft.message['zh-CN']}前后的词（${phrase}）在英语中与“${reading.word}”相连远比与其他读法常见。`,
          en: `${draft.message.en} The words around it (${phrase}) go with "${reading.word}" far more often than with any other reading.`,
        },
      };
    });
  }

  /** log10 P of the word `id` after `previous` and of `next` after it (-1: no such neighbour). */
  private reads(previous: number, id: number, next: number): number {
    const { bigrams } = this;
    return bigrams.follows(previous, id) + (next >= 0 ? bigrams.follows(id, next) : 0);
  }

  /** The model's id of a lower-case form, -1 when it has none. */
  idOf(lower: string): number {
    return this.bigrams.id(lower);
  }

  /** True when the words at `a` and `b` of `text`, joined, are one word: a word split by a space. */
  private split(text: string, a: number, b: number, words: PhraseWords): boolean {
    const joined = (
      text.slice(words.from[a]!, words.to[a]!) + text.slice(words.from[b]!, words.to[b]!)
    ).toLowerCase();
    return this.frequencies.count(joined) >= MIN_MEANT_COUNT;
  }

  /** Adds to `drafts` the readings of the lower-case `words` of `block` by their neighbours. */
  blockDrafts(block: Block, words: PhraseWords, drafts: FindingDraft[]): void {
    const { id, joined } = words;
    for (let k = 0; k < words.length; k++) {
      const printed = id[k]!;
      if (printed < 0 || words.small[k] === 0 || words.to[k]! - words.from[k]! < 2) continue;
      const variants = this.variantsOf(printed);
      if (variants.length === 0) continue;
      const before = joined[k] === 1 ? k - 1 : -1;
      const after = k + 1 < words.length && joined[k + 1] === 1 ? k + 1 : -1;
      const previous = before >= 0 ? id[before]! : -1;
      const next = after >= 0 ? id[after]! : -1;
      if (previous < 0 && next < 0) continue;
      const asPrinted = this.reads(previous, printed, next);
      // No word reads better after `previous` and before `next` than the model's bounds: a
      // phrase that reads the printed word this well leaves no variant the lead.
      const most = this.bigrams.mostAfter(previous) + this.bigrams.mostBefore(next);
      if (most - asPrinted - MIN_COST < SUGGEST_LEAD) continue;
      let best: Variant | null = null;
      let lead = -Infinity;
      for (const variant of variants) {
        const gain = this.reads(previous, variant.id, next) - asPrinted - variant.cost;
        if (gain > lead) {
          lead = gain;
          best = variant;
        }
      }
      const from = words.from[k]!;
      const to = words.to[k]!;
      if (!best || lead < SUGGEST_LEAD || glued(block.text, from, to)) continue;
      // "what be came of it", "de cide": a word split in two is no misread word.
      if (before >= 0 && this.split(block.text, before, k, words)) continue;
      if (after >= 0 && this.split(block.text, k, after, words)) continue;
      const around = [
        before >= 0 ? block.text.slice(words.from[before]!, words.to[before]!) : '',
        after >= 0 ? block.text.slice(words.from[after]!, words.to[after]!) : '',
      ];
      drafts.push({
        kind: 'misreading',
        start: block.start + from,
        end: block.start + to,
        replacement: best.word,
        confidence: lead >= SAFE_LEAD ? 'safe' : 'suggest',
        message: describe(block.text.slice(from, to), best, around),
      });
    }
  }
}

const readers = new WeakMap<EnglishBigrams, PhraseReader>();

/**
 * The phrase reader of `bigrams` and `frequencies`, kept while the model lives: the app analyses
 * the same issue again after every edit, and each form's variants stay what they were.
 */
export function phraseReader(
  bigrams: EnglishBigrams,
  frequencies: EnglishFrequencies,
): PhraseReader {
  let reader = readers.get(bigrams);
  if (reader === undefined || !reader.readsWith(frequencies)) {
    reader = new PhraseReader(bigrams, frequencies);
    readers.set(bigrams, reader);
  }
  return reader;
}

/** True when the word at `from`–`to` of `text` touches a digit or a mark. */
function glued(text: string, from: number, to: number): boolean {
  return GLUE.test(text[from - 1] ?? '') || GLUE.test(text[to] ?? '');
}

function describe(
  seen: string,
  variant: Variant,
  [before, after]: readonly string[],
): FindingDraft['message'] {
  const phrase = [before, '…', after].filter((w) => w !== '').join(' ');
  return {
    'zh-CN': `疑为误识：“${seen}”应为“${variant.word}”（“${variant.meant}”认作“${variant.seen}”）；两者都是英文词，但前后的词（${phrase}）在英语中与“${variant.word}”相连远比与“${seen}”常见。`,
    en: `Misread word: "${seen}" for "${variant.word}" (${variant.meant} → ${variant.seen} misread); both are words, but the words around it (${phrase}) go with "${variant.word}" far more often than with "${seen}".`,
  };
}
