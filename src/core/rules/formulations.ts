/**
 * Standard formulations: exact occurrences and near misses of many phrases in one pass.
 *
 * One Aho-Corasick automaton holds every whole phrase (exact occurrences) and three anchor
 * pieces of each phrase long enough for near-miss matching: its two halves `[0, m)` and
 * `[m, n)`, and the second half less its first character `[m + 1, n)` (m = ⌊n/2⌋). One edit
 * leaves a piece intact: a missing, extra or replaced character damages at most one half, and
 * a swap across the middle (of characters m − 1 and m) leaves `[m + 1, n)` whole. Each piece
 * hit proposes the phrase at the piece's position (±1 for a missing or extra character before
 * it), and only those few windows are compared. Half a phrase is rarely in a text by chance,
 * so the hits — and the cost beyond the one automaton pass — follow the phrases' real
 * occurrences and near misses, not the number of phrases listed.
 */
import { AhoCorasick } from './aho-corasick';
import { compareWindow, type NearMissKind } from './near-miss';

/** Phrases shorter than this (UTF-16 code units) are matched exactly only, never near. */
export const MIN_NEAR_MISS_LENGTH = 6;
/**
 * A missing or extra character is proposed only for phrases at least this long: shorter ones
 * have too many legitimate neighbours one character away (人类是命运共同体, 中国现代化,
 * 社会主义现代化国家 beside 人类命运共同体, 中国式现代化, 社会主义现代化强国).
 */
export const MIN_INDEL_LENGTH = 10;

/** A near miss of phrase `phrase` (an index into the matcher's phrases) at `[start, end)`. */
export interface NearMiss {
  readonly phrase: number;
  readonly start: number;
  readonly end: number;
  readonly kind: NearMissKind;
}

/** A span of the text, UTF-16 offsets, end exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** An exact occurrence of phrase `phrase`. */
export interface ExactSpan extends TextSpan {
  readonly phrase: number;
}

/** Counts of the work one scan did (for benchmarks and scaling tests). */
export interface FormulationScanStats {
  /** Anchor-piece occurrences found by the automaton. */
  pieceHits: number;
  /** Distinct (phrase, position) windows compared. */
  windowsCompared: number;
}

/** The outcome of one scan. */
export interface FormulationScan {
  /** Exact occurrences of any phrase, sorted by start. */
  readonly exact: readonly ExactSpan[];
  /**
   * Near misses in text order: none inside an exact occurrence of a listed phrase, none
   * overlapping an exact occurrence of its own phrase, none inside another near miss, none
   * across a line break, none that is only a space inside the phrase (a stray space).
   */
  readonly nearMisses: readonly NearMiss[];
}

export class FormulationMatcher {
  readonly phrases: readonly string[];
  private readonly automaton: AhoCorasick;
  /** For automaton pattern p: its owners `[ownerStart[p], ownerStart[p + 1])`. */
  private readonly ownerStart: Int32Array;
  private readonly ownerPhrase: Int32Array;
  /** Offset of the piece inside its phrase; -1 when the pattern is the whole phrase. */
  private readonly ownerOffset: Int32Array;
  /** Length of the longest phrase. */
  private readonly longest: number;

  /** Indexes `phrases` (empty ones are ignored; equal ones each report). */
  constructor(phrases: readonly string[]) {
    this.phrases = phrases;
    this.longest = phrases.reduce((max, p) => Math.max(max, p.length), 0);
    const patternOf = new Map<string, number>();
    const owners: { phrase: number; offset: number }[][] = [];
    const add = (pattern: string, phrase: number, offset: number): void => {
      let id = patternOf.get(pattern);
      if (id === undefined) {
        id = owners.length;
        patternOf.set(pattern, id);
        owners.push([]);
      }
      owners[id].push({ phrase, offset });
    };
    phrases.forEach((phrase, index) => {
      if (phrase.length === 0) return;
      add(phrase, index, -1);
      for (const [from, to] of pieceSpans(phrase.length)) add(phrase.slice(from, to), index, from);
    });
    this.automaton = AhoCorasick.build([...patternOf.keys()]);
    this.ownerStart = new Int32Array(owners.length + 1);
    const total = owners.reduce((sum, list) => sum + list.length, 0);
    this.ownerPhrase = new Int32Array(total);
    this.ownerOffset = new Int32Array(total);
    let k = 0;
    owners.forEach((list, id) => {
      this.ownerStart[id] = k;
      for (const { phrase, offset } of list) {
        this.ownerPhrase[k] = phrase;
        this.ownerOffset[k] = offset;
        k++;
      }
    });
    this.ownerStart[owners.length] = k;
  }

  /** Finds exact occurrences and near misses of every phrase in `text`. */
  scan(text: string, stats?: FormulationScanStats): FormulationScan {
    const exact: ExactSpan[] = [];
    const candidates: { phrase: number; start: number }[] = [];
    const seen = new Set<number>();
    const stride = text.length + 2;
    this.automaton.forEachMatch(text, (pattern, start, end) => {
      for (let k = this.ownerStart[pattern]; k < this.ownerStart[pattern + 1]; k++) {
        const phrase = this.ownerPhrase[k];
        const offset = this.ownerOffset[k];
        if (offset < 0) {
          exact.push({ start, end, phrase });
          continue;
        }
        if (stats) stats.pieceHits++;
        const guess = start - offset;
        const key = phrase * stride + guess + 1;
        if (guess < -1 || seen.has(key)) continue;
        seen.add(key);
        candidates.push({ phrase, start: guess });
      }
    });
    exact.sort((a, b) => a.start - b.start || a.end - b.end);

    const found = new Map<string, NearMiss>();
    for (const { phrase, start } of candidates) {
      if (stats) stats.windowsCompared++;
      const miss = this.nearMissAt(text, phrase, start);
      if (!miss || containsLineBreak(text, miss.start, miss.end)) continue;
      // A space inside the phrase is a stray space (its own detector's finding), not a slip.
      if (text.slice(miss.start, miss.end).replace(/[ \t\u3000]/g, '') === this.phrases[phrase]) {
        continue;
      }
      if (this.excusedByExact(exact, miss)) continue;
      const key = `${miss.start}:${miss.end}`;
      const other = found.get(key);
      if (!other || miss.phrase < other.phrase) found.set(key, miss);
    }
    const sorted = [...found.values()].sort(
      (a, b) => a.start - b.start || b.end - a.end || a.phrase - b.phrase,
    );
    // A near miss inside a longer one (全面建成小康社会 inside 决胜全面建成小康社会) is the same
    // defect: keep the outer one.
    const nearMisses: NearMiss[] = [];
    let reach = -1;
    for (const miss of sorted) {
      if (miss.end <= reach) continue;
      nearMisses.push(miss);
      reach = miss.end;
    }
    return { exact, nearMisses };
  }

  /**
   * True when an exact occurrence makes `miss` no near miss: the window lies inside an exact
   * occurrence of any listed phrase (a legitimate variant or a longer phrase that is listed
   * itself), or overlaps an exact occurrence of its own phrase.
   */
  private excusedByExact(exact: readonly ExactSpan[], miss: NearMiss): boolean {
    let lo = 0;
    let hi = exact.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (exact[mid].start < miss.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && exact[i].start + this.longest > miss.start; i--) {
      const span = exact[i];
      if (span.end <= miss.start) continue;
      if (span.start <= miss.start && miss.end <= span.end) return true;
      if (span.phrase === miss.phrase) return true;
    }
    return false;
  }

  /**
   * The near miss of phrase `index` whose window starts at `guess`, `guess − 1` or `guess + 1`
   * (same length first, then one shorter, then one longer), or null. An exact occurrence in
   * that neighbourhood means there is no near miss.
   */
  private nearMissAt(text: string, index: number, guess: number): NearMiss | null {
    const phrase = this.phrases[index];
    const n = phrase.length;
    for (const start of [guess, guess - 1, guess + 1]) {
      if (text.startsWith(phrase, start)) return null;
    }
    const lengths = n >= MIN_INDEL_LENGTH ? [n, n - 1, n + 1] : [n];
    for (const length of lengths) {
      for (const start of [guess, guess - 1, guess + 1]) {
        const kind = compareWindow(text, start, length, phrase);
        if (kind !== null && kind !== 'exact') {
          return { phrase: index, start, end: start + length, kind };
        }
      }
    }
    return null;
  }
}

/** The anchor pieces `[from, to)` of a phrase of `n` code units; none for phrases too short. */
function pieceSpans(n: number): [number, number][] {
  if (n < MIN_NEAR_MISS_LENGTH) return [];
  const m = Math.floor(n / 2);
  return [
    [0, m],
    [m, n],
    [m + 1, n],
  ];
}

function containsLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}
