/**
 * The words of letters (a–z, A–Z) of a text, walked by character codes, and the distinct prints
 * among them interned: a print is found by its letters' codes, so a scan of a million words makes
 * no string, no lower-case copy and no map lookup of a new string per word. On the bench's 10 MB
 * English issue the regular expression, `toLowerCase` and the map of lower-case forms took about
 * a fifth of the English scan's time, and their garbage a part of the collector's.
 * Pure.
 */

/** True for the code of a letter a–z or A–Z. */
export function isLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/**
 * A walk over the words of letters of one text: `next()` moves to the next word, whose span is
 * `[from, to)` and whose letters hash to `hash`. One cursor serves text after text (`over`).
 */
export class WordCursor {
  text = '';
  from = 0;
  to = 0;
  hash = 0;

  /** Starts the walk over `text`. */
  over(text: string): this {
    this.text = text;
    this.from = 0;
    this.to = 0;
    return this;
  }

  /** Moves to the next word; false at the end of the text. */
  next(): boolean {
    const { text } = this;
    const length = text.length;
    let i = this.to;
    while (i < length && !isLetter(text.charCodeAt(i))) i++;
    if (i >= length) {
      this.from = this.to = length;
      return false;
    }
    this.from = i;
    let hash = 0x811c9dc5;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if (!isLetter(code)) break;
      hash = Math.imul(hash ^ code, 0x01000193);
    }
    this.to = i;
    this.hash = hash;
    return true;
  }
}

/** The first table's slots; it doubles when half full. */
const FIRST_SLOTS = 1 << 12;

/**
 * The distinct prints of a text, each made once by `make` from its letters (case kept) and found
 * again by the codes of a later print: open addressing over the cursor's hashes.
 */
export class PrintTable<T> {
  private readonly values: T[] = [];
  private readonly prints: string[] = [];
  private slots = new Int32Array(FIRST_SLOTS).fill(-1);
  private hashes = new Int32Array(FIRST_SLOTS);

  constructor(private readonly make: (seen: string) => T) {}

  /** The value of the word the cursor stands on, made on its first print. */
  at(cursor: WordCursor): T {
    const { text, from, to, hash } = cursor;
    const length = to - from;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]!;
      if (k < 0) return this.add(slot, text.slice(from, to), hash);
      if (this.hashes[slot] !== hash) continue;
      const print = this.prints[k]!;
      if (print.length !== length) continue;
      let i = 0;
      while (i < length && print.charCodeAt(i) === text.charCodeAt(from + i)) i++;
      if (i === length) return this.values[k]!;
    }
  }

  private add(slot: number, seen: string, hash: number): T {
    const value = this.make(seen);
    this.slots[slot] = this.values.length;
    this.hashes[slot] = hash;
    this.values.push(value);
    this.prints.push(seen);
    if (2 * this.values.length > this.slots.length) this.grow();
    return value;
  }

  private grow(): void {
    const [slots, hashes] = [this.slots, this.hashes];
    this.slots = new Int32Array(2 * slots.length).fill(-1);
    this.hashes = new Int32Array(2 * slots.length);
    const mask = this.slots.length - 1;
    for (let old = 0; old < slots.length; old++) {
      if (slots[old]! < 0) continue;
      let slot = hashes[old]! & mask;
      while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = slots[old]!;
      this.hashes[slot] = hashes[old]!;
    }
  }
}
