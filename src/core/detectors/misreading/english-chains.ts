/**
 * Words read by their neighbours that stand side by side ("it it hi", "m th house", "tho tho"):
 * the reading of each depends on what the other becomes. A chain of such words is read as one,
 * each word against the others as they will be left, until no reading changes; a clean then
 * leaves every word of the chain as a second clean would read it. A chain whose readings never
 * settle is changed nowhere automatically.
 */
import type { EnglishReading } from './english';
import type { EnglishFrequencies } from '../../lexicon/english-frequency';
import { hasContextRule, readInContext } from './english-context';
import {
  gapAt,
  letterEnd,
  letterStart,
  opensSentence,
  settled,
  type ReadLower,
} from './english-neighbours';

/** One word of a chain: where it is printed, lower case, and its reading alone. */
interface Link {
  readonly from: number;
  readonly to: number;
  readonly lower: string;
  readonly reading: EnglishReading | null;
}

/** The longest chain read as one; a longer run of such words is no prose. */
const MAX_CHAIN = 8;

/** The readings of the words read by their neighbours, chain by chain, for one scan. */
export class ContextChains {
  /** The readings of the words of the chains read so far, by where each word starts. */
  private readonly solved = new Map<number, EnglishReading | null>();

  constructor(
    private readonly read: ReadLower,
    private readonly frequencies: EnglishFrequencies,
  ) {}

  /**
   * The reading among its neighbours of the lower-case word at [from, to) of `text`, whose
   * reading alone is `reading`.
   */
  readAt(
    text: string,
    from: number,
    to: number,
    lower: string,
    reading: EnglishReading | null,
  ): EnglishReading | null {
    if (this.solved.has(from)) return this.solved.get(from)!;
    const chain = this.chainAround(text, { from, to, lower, reading });
    if (chain.length === 1)
      return readInContext(lower, reading, settled(text, from, to, this.read, this.frequencies));
    this.solve(text, chain);
    return this.solved.get(from)!;
  }

  /**
   * The word at [from, to) of `text` as a link: a lower-case word with a rule of context, or one
   * capitalized where it opens a sentence ("Th mooting the": the, meeting).
   */
  private link(text: string, from: number, to: number): Link | null {
    if (to <= from) return null;
    // Tested by its codes before any string is made: most neighbours are no link.
    const head = text.charCodeAt(from);
    const capital = head >= 0x41 && head <= 0x5a;
    if (!capital && !isLowerCode(head)) return null;
    for (let i = from + 1; i < to; i++) if (!isLowerCode(text.charCodeAt(i))) return null;
    if (capital && (to - from < 2 || !opensSentence(text, from))) return null;
    const lower = text.slice(from, to).toLowerCase();
    const reading = this.read(lower);
    return hasContextRule(lower, reading) ? { from, to, lower, reading } : null;
  }

  /** The chain of links that `link` stands in, in order. */
  private chainAround(text: string, link: Link): Link[] {
    const chain = [link];
    for (let first = link; chain.length < MAX_CHAIN;) {
      const start = wordBefore(text, first.from);
      if (start < 0) break;
      const previous = this.link(text, start, first.from - 1);
      if (!previous) break;
      chain.unshift(previous);
      first = previous;
    }
    for (let last = link; chain.length < MAX_CHAIN;) {
      if (!gapAt(text, last.to)) break;
      const start = last.to + 1;
      const next = this.link(text, start, letterEnd(text, start));
      if (!next) break;
      chain.push(next);
      last = next;
    }
    return chain;
  }

  /** Reads the words of `chain` against one another until no reading changes. */
  private solve(text: string, chain: readonly Link[]): void {
    const last = chain.length - 1;
    // Only the ends have neighbours outside the chain: those are read as the clean leaves them.
    const outside = settled(text, chain[0]!.from, chain[0]!.to, this.read, this.frequencies);
    const before = outside.before;
    const after = settled(
      text,
      chain[last]!.from,
      chain[last]!.to,
      this.read,
      this.frequencies,
    ).after;
    const words = chain.map((l) => l.lower);
    const readings: (EnglishReading | null)[] = chain.map((l) => l.reading);
    for (let round = 0; round <= 2 * chain.length; round++) {
      let changed = false;
      chain.forEach((l, i) => {
        readings[i] = readInContext(l.lower, l.reading, {
          before: i > 0 ? words[i - 1]! : before,
          after: i < last ? words[i + 1]! : after,
          previous: i > 1 ? words[i - 2]! : i === 1 ? before : (outside.previous ?? null),
        });
        const word = readings[i]?.safe ? readings[i]!.word : l.lower;
        if (word !== words[i]) {
          words[i] = word;
          changed = true;
        }
      });
      if (!changed) {
        chain.forEach((l, i) => this.solved.set(l.from, readings[i] ?? null));
        return;
      }
    }
    chain.forEach((l, i) => {
      const reading = readings[i] ?? null;
      this.solved.set(l.from, reading && { ...reading, safe: false });
    });
  }
}

/** True for the code of a letter a–z. */
function isLowerCode(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/**
 * Where the word before the word at `from` of `text` starts, when one space or line break parts
 * them, no comma or semicolon ends it and `from` opens no sentence (`neighboursOf`'s word
 * `before`); -1 when there is none.
 */
function wordBefore(text: string, from: number): number {
  if (from < 2 || !gapAt(text, from - 1) || opensSentence(text, from)) return -1;
  const start = letterStart(text, from - 1);
  return start < from - 1 ? start : -1;
}
