/**
 * An Aho-Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in
 * one left-to-right pass, so a search costs O(text + occurrences) whatever the number of
 * patterns (10 or 10,000). Building costs O(total pattern length · log alphabet).
 *
 * After building, transitions live in typed arrays: the root's in a dense table of 65,536
 * slots (most steps of a search over text with few matches start there), every other state's in
 * a sorted slice searched by bisection (trie states over CJK text mostly have one child).
 */

/** One occurrence: pattern `pattern` covers `[start, end)` of the text (UTF-16 offsets). */
export interface AcMatch {
  readonly pattern: number;
  readonly start: number;
  readonly end: number;
}

const ROOT = 0;
const NONE = -1;

export class AhoCorasick {
  /** Number of patterns the automaton was built from (including empty ones, never matched). */
  readonly patternCount: number;
  /** Length of each pattern, by index. */
  private readonly lengths: Int32Array;
  /** Root transitions, by code unit; NONE where the root has no child. */
  private readonly rootNext: Int32Array;
  /** Non-root transitions: state s's edges are `[edgeStart[s], edgeStart[s + 1])`. */
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Patterns ending exactly at state s: `outList[outStart[s] .. outStart[s + 1])`. */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  /** The nearest proper suffix state (on the failure chain) that has outputs, or NONE. */
  private readonly dictLink: Int32Array;

  private constructor(
    patternCount: number,
    lengths: Int32Array,
    rootNext: Int32Array,
    edgeStart: Int32Array,
    edgeChar: Uint16Array,
    edgeTarget: Int32Array,
    fail: Int32Array,
    outStart: Int32Array,
    outList: Int32Array,
    dictLink: Int32Array,
  ) {
    this.patternCount = patternCount;
    this.lengths = lengths;
    this.rootNext = rootNext;
    this.edgeStart = edgeStart;
    this.edgeChar = edgeChar;
    this.edgeTarget = edgeTarget;
    this.fail = fail;
    this.outStart = outStart;
    this.outList = outList;
    this.dictLink = dictLink;
  }

  /** Number of trie states (a measure of the automaton's size). */
  get stateCount(): number {
    return this.fail.length;
  }

  /**
   * Builds the automaton. Pattern `i` is reported as `pattern: i`; equal patterns are each
   * reported; empty patterns are never reported.
   */
  static build(patterns: readonly string[]): AhoCorasick {
    const children: Map<number, number>[] = [new Map()];
    const ownOut: number[][] = [[]];
    const lengths = new Int32Array(patterns.length);
    patterns.forEach((pattern, index) => {
      lengths[index] = pattern.length;
      if (pattern.length === 0) return;
      let state = ROOT;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        let next = children[state].get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ownOut.push([]);
          children[state].set(c, next);
        }
        state = next;
      }
      ownOut[state].push(index);
    });

    const count = children.length;
    const edgeStart = new Int32Array(count + 1);
    let edges = 0;
    for (let s = 0; s < count; s++) {
      edgeStart[s] = edges;
      if (s !== ROOT) edges += children[s].size;
    }
    edgeStart[count] = edges;
    const edgeChar = new Uint16Array(edges);
    const edgeTarget = new Int32Array(edges);
    const rootNext = new Int32Array(65536).fill(NONE);
    for (let s = 0; s < count; s++) {
      const sorted = [...children[s]].sort((a, b) => a[0] - b[0]);
      if (s === ROOT) {
        for (const [c, t] of sorted) rootNext[c] = t;
        continue;
      }
      sorted.forEach(([c, t], k) => {
        edgeChar[edgeStart[s] + k] = c;
        edgeTarget[edgeStart[s] + k] = t;
      });
    }

    // Breadth-first: a state's failure link is the longest proper suffix that is also a state.
    const fail = new Int32Array(count);
    const dictLink = new Int32Array(count).fill(NONE);
    const queue = new Int32Array(count);
    let head = 0;
    let tail = 0;
    for (const t of children[ROOT].values()) queue[tail++] = t;
    while (head < tail) {
      const s = queue[head++];
      for (const [c, t] of children[s]) {
        let f = fail[s];
        let target = step(f, c);
        while (target === NONE && f !== ROOT) {
          f = fail[f];
          target = step(f, c);
        }
        fail[t] = target === NONE ? ROOT : target;
        const suffix = fail[t];
        dictLink[t] = ownOut[suffix].length > 0 ? suffix : dictLink[suffix];
        queue[tail++] = t;
      }
    }
    function step(s: number, c: number): number {
      if (s === ROOT) return rootNext[c];
      return children[s].get(c) ?? NONE;
    }

    const outStart = new Int32Array(count + 1);
    let outs = 0;
    for (let s = 0; s < count; s++) {
      outStart[s] = outs;
      outs += ownOut[s].length;
    }
    outStart[count] = outs;
    const outList = new Int32Array(outs);
    for (let s = 0; s < count; s++) outList.set(ownOut[s], outStart[s]);

    return new AhoCorasick(
      patterns.length,
      lengths,
      rootNext,
      edgeStart,
      edgeChar,
      edgeTarget,
      fail,
      outStart,
      outList,
      dictLink,
    );
  }

  /**
   * Calls `onMatch(pattern, start, end)` for every occurrence lying inside `[from, to)` of
   * `text`, in order of `end`, and for equal ends from the longest pattern to the shortest.
   */
  forEachMatch(
    text: string,
    onMatch: (pattern: number, start: number, end: number) => void,
    from = 0,
    to = text.length,
  ): void {
    const { rootNext, edgeStart, edgeChar, edgeTarget, fail, outStart, outList, dictLink } = this;
    const lengths = this.lengths;
    let state = ROOT;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      for (;;) {
        let next: number;
        if (state === ROOT) next = rootNext[c];
        else {
          // Bisection over the state's sorted edges.
          let lo = edgeStart[state];
          let hi = edgeStart[state + 1] - 1;
          next = NONE;
          while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const m = edgeChar[mid];
            if (m === c) {
              next = edgeTarget[mid];
              break;
            }
            if (m < c) lo = mid + 1;
            else hi = mid - 1;
          }
        }
        if (next !== NONE) {
          state = next;
          break;
        }
        if (state === ROOT) break;
        state = fail[state];
      }
      const end = i + 1;
      for (let s = outStart[state] < outStart[state + 1] ? state : dictLink[state]; s !== NONE;) {
        for (let k = outStart[s]; k < outStart[s + 1]; k++) {
          const p = outList[k];
          onMatch(p, end - lengths[p], end);
        }
        s = dictLink[s];
      }
    }
  }

  /** Every occurrence in `text`, as `forEachMatch` orders them. */
  findAll(text: string): AcMatch[] {
    const out: AcMatch[] = [];
    this.forEachMatch(text, (pattern, start, end) => out.push({ pattern, start, end }));
    return out;
  }
}
