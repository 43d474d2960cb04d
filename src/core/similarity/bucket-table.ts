/**
 * An open-addressing hash table from 32-bit keys to non-negative 32-bit values, in one typed
 * array: the LSH index's bucket heads. Keys must already be well-mixed hashes (band keys are):
 * their low bits choose the slot directly. Several times faster than a `Map` with hundreds of
 * thousands of integer keys, and it allocates nothing per entry. Each slot's key and value sit
 * side by side, so a lookup in a table too large for the cache misses it once, not twice.
 */
const EMPTY = -1;

export class IntTable {
  /** Slot `s` is `cells[2s]` (its key) and `cells[2s + 1]` (its value, or EMPTY). */
  private cells: Int32Array;
  private used = 0;

  constructor(capacity = 1024) {
    const size = 1 << Math.max(4, Math.ceil(Math.log2(2 * capacity)));
    this.cells = emptyCells(size);
  }

  /** Number of keys stored. */
  get size(): number {
    return this.used;
  }

  /** The value stored under `key`, or -1 when there is none. */
  get(key: number): number {
    const cells = this.cells;
    const mask = (cells.length >> 1) - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const value = cells[2 * slot + 1];
      if (value === EMPTY || cells[2 * slot] === key) return value;
    }
  }

  /** Stores `value` (≥ 0) under `key`, replacing any previous value. */
  set(key: number, value: number): void {
    if (2 * (this.used + 1) > this.cells.length >> 1) this.grow();
    const cells = this.cells;
    const mask = (cells.length >> 1) - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      if (cells[2 * slot + 1] === EMPTY) {
        cells[2 * slot] = key;
        cells[2 * slot + 1] = value;
        this.used++;
        return;
      }
      if (cells[2 * slot] === key) {
        cells[2 * slot + 1] = value;
        return;
      }
    }
  }

  private grow(): void {
    const old = this.cells;
    this.cells = emptyCells(old.length);
    this.used = 0;
    for (let slot = 0; 2 * slot < old.length; slot++) {
      if (old[2 * slot + 1] !== EMPTY) this.set(old[2 * slot], old[2 * slot + 1]);
    }
  }
}

/** The cells of `slots` empty slots (keys 0, values EMPTY). */
function emptyCells(slots: number): Int32Array {
  const cells = new Int32Array(2 * slots);
  for (let i = 1; i < cells.length; i += 2) cells[i] = EMPTY;
  return cells;
}
