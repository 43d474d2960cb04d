/**
 * The words an English misreading may be read as, as a trie: the corrector walks a printed form
 * letter by letter, trying the confusions at each, and a branch no word continues ends at once.
 * Nodes are integers (0 the root) and each edge one slot of a table under open addressing, so
 * the walk builds no string until it has found a word.
 */

/** What a node's key holds per character: code units below this (ASCII; the words are a–z). */
const SPAN = 128;

export class WordTrie {
  /** Per slot, the edge's key (`node · SPAN + code + 1`), 0 when the slot is empty. */
  private readonly keys: Int32Array;
  /** Per slot, the node the edge leads to. */
  private readonly targets: Int32Array;
  /** Per node, bit k set when a word ends k letters below it (k < 32; bit 0: a word ends here). */
  private readonly ends: Int32Array;
  private readonly mask: number;
  /** 32 less log2 of the slots: a hash's top bits pick the slot. */
  private readonly shift: number;

  constructor(words: Iterable<string>) {
    const list = [...words].filter(
      (word) => word.length > 0 && [...word].every((c) => c.charCodeAt(0) < SPAN),
    );
    const most = list.reduce((n, word) => n + word.length, 1);
    let capacity = 1024;
    while (capacity < most * 2) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.targets = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
    const ends = new Int32Array(most);
    let nodes = 1;
    for (const word of list) {
      let node = 0;
      if (word.length < 32) ends[0]! |= 1 << word.length;
      for (let i = 0; i < word.length; i++) {
        const key = node * SPAN + word.charCodeAt(i) + 1;
        const slot = this.slotOf(key);
        if (this.keys[slot] === 0) {
          this.keys[slot] = key;
          this.targets[slot] = nodes++;
        }
        node = this.targets[slot]!;
        if (word.length - i - 1 < 32) ends[node]! |= 1 << (word.length - i - 1);
      }
    }
    this.ends = ends;
  }

  /** The slot of the edge `key`, or the empty slot where it would go. */
  private slotOf(key: number): number {
    // The product's top bits: its low bits follow the key's, and a key's low bits are its letter.
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (let seen = this.keys[slot]!; seen !== 0 && seen !== key; seen = this.keys[slot]!) {
      slot = (slot + 1) & this.mask;
    }
    return slot;
  }

  /** The node reached from `node` by the code unit `code`, -1 when no word goes on so. */
  child(node: number, code: number): number {
    if (code >= SPAN) return -1;
    const key = node * SPAN + code + 1;
    const slot = this.slotOf(key);
    return this.keys[slot] === key ? this.targets[slot]! : -1;
  }

  /** The node reached from `node` by `text[from, to)`, -1 when no word goes on so. */
  descend(node: number, text: string, from = 0, to = text.length): number {
    for (let i = from; i < to && node >= 0; i++) node = this.child(node, text.charCodeAt(i));
    return node;
  }

  /** True when a word ends `length` letters below `node` (fewer than 32). */
  reaches(node: number, length: number): boolean {
    return node >= 0 && length < 32 && ((this.ends[node]! >>> length) & 1) !== 0;
  }

  /** True when a word ends at `node`. */
  isWord(node: number): boolean {
    return node >= 0 && (this.ends[node]! & 1) !== 0;
  }

  /**
   * True when `node` is followed by `text[from, to)` to a word's end: the lengths of the words
   * below it are asked first, so most forms are refused without a step.
   */
  endsWith(node: number, text: string, from: number, to = text.length): boolean {
    const length = to - from;
    if (node < 0 || length >= 32 || ((this.ends[node]! >>> length) & 1) === 0) return false;
    return this.isWord(this.descend(node, text, from, to));
  }
}
