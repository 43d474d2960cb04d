/**
 * An open-addressing hash table from 32-bit keys to non-negative 32-bit values, in typed arrays:
 * the LSH index's bucket heads. Keys must already be well-mixed hashes (band keys are): their
 * low bits choose the slot directly. Several times faster than a `Map` with hundreds of thousands of
 * integer keys, and it allocates nothing per entry.
 */
const EMPTY = -1;

export class IntTable {
  private keys: Int32Array;
  /** The value of each slot, or EMPTY. */
  private values: Int32Array;
  private used = 0;

  constructor(capacity = 1024) {
    const size = 1 << Math.max(4, Math.ceil(Math.log2(2 * capacity)));
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size).fill(EMPTY);
  }

  /** Number of keys stored. */
  get size(): number {
    return this.used;
  }

  /** The value stored under `key`, or -1 when there is none. */
  get(key: number): number {
    const mask = this.values.length - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const value = this.values[slot];
      if (value === EMPTY || this.keys[slot] === key) return value;
    }
  }

  /** Stores `value` (≥ 0) under `key`, replacing any previous value. */
  set(key: number, value: number): void {
    if (2 * (this.used + 1) > this.values.length) this.grow();
    const mask = this.values.length - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      if (this.values[slot] === EMPTY) {
        this.keys[slot] = key;
        this.values[slot] = value;
        this.used++;
        return;
      }
      if (this.keys[slot] === key) {
        this.values[slot] = value;
        return;
      }
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(2 * keys.length);
    this.values = new Int32Array(2 * values.length).fill(EMPTY);
    this.used = 0;
    for (let slot = 0; slot < values.length; slot++) {
      if (values[slot] !== EMPTY) this.set(keys[slot], values[slot]);
    }
  }
}
