/**
 * How often one Chinese word follows another (`word-bigrams.bin`, built by
 * `scripts/word-bigrams.ts` from the open-gram language model): the phrase witness of the
 * Chinese half of `misreading`. Where the character pairs see only the two neighbours, the
 * words of a phrase see that 射箭 goes with 的赛道 and 射简 with nothing. Pure: parsed from
 * bytes, no I/O.
 */

/** The longest word of the model, in code units. */
export const MAX_WORD_LENGTH = 4;
/** The quantization of the stored logarithms: 1/1000 of a ln unit. */
const SCALE = 1000;
/** Bits of a bigram's cost; the second word's id sits above them. */
const COST_BITS = 15;
/** The bits of a packed bigram that hold its cost; the second word's id sits above them. */
export const COST_MASK = (1 << COST_BITS) - 1;
/** Slots of the word table (a power of two, about four times the words). */
const SLOT_BITS = 18;

/** The words of one model and how they follow each other. */
export interface WordBigrams {
  /**
   * The id of the word made by `length` (1 to `MAX_WORD_LENGTH`) code units of `codes` from
   * `start` (each below 2^16), or -1 when the model has no such word.
   */
  word(codes: ArrayLike<number>, start: number, length: number): number;
  /** ln P(word) of a word by id. */
  lnWord(id: number): number;
  /** ln P(`next` | `previous`), both ids; a `previous` of -1 (none known) reads as ln P(next). */
  follows(previous: number, next: number): number;
}

const pad = (bytes: number): number => (bytes + 3) & ~3;

function slotOf(high: number, low: number): number {
  return (Math.imul(high ^ Math.imul(low, 0x85ebca6b), 0x9e3779b1) >>> (32 - SLOT_BITS)) | 0;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** `count` little-endian uint32 from byte `at`: one copy of the bytes where the machine's order is theirs. */
export function readUint32s(
  bytes: Uint8Array,
  view: DataView,
  at: number,
  count: number,
): Uint32Array {
  if (LITTLE_ENDIAN) {
    const start = bytes.byteOffset + at;
    return new Uint32Array(bytes.buffer.slice(start, start + 4 * count));
  }
  const values = new Uint32Array(count);
  for (let k = 0; k < count; k++) values[k] = view.getUint32(at + 4 * k, true);
  return values;
}

/** Parses the bytes of `word-bigrams.bin`; throws a sentence when they are none. */
export function parseWordBigrams(bytes: Uint8Array): WordBigrams {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== 'GWB1' || bytes.byteLength < 12) {
    throw new Error('not a table of word bigrams');
  }
  const n = view.getUint32(4, true);
  const m = view.getUint32(8, true);
  const size = 12 + 8 * n + 2 * pad(2 * n) + 4 * (n + 1) + 4 * m;
  if (bytes.byteLength < size) {
    throw new Error(`the table of word bigrams is cut short: ${bytes.byteLength} bytes of ${size}`);
  }
  // Each word is four code units, kept as two keys of two: open addressing over both.
  const slots = 1 << SLOT_BITS;
  const keyHigh = new Uint32Array(slots);
  const keyLow = new Uint32Array(slots);
  const slotId = new Int32Array(slots).fill(-1);
  let at = 12;
  for (let id = 0; id < n; id++) {
    const o = at + 8 * id;
    const high = ((view.getUint16(o, true) << 16) | view.getUint16(o + 2, true)) >>> 0;
    const low = ((view.getUint16(o + 4, true) << 16) | view.getUint16(o + 6, true)) >>> 0;
    let slot = slotOf(high, low);
    while (slotId[slot]! >= 0) slot = (slot + 1) & (slots - 1);
    keyHigh[slot] = high;
    keyLow[slot] = low;
    slotId[slot] = id;
  }
  at += 8 * n;
  const lnWords = new Float64Array(n);
  const lnBackOff = new Float64Array(n);
  for (let id = 0; id < n; id++) {
    lnWords[id] = view.getInt16(at + 2 * id, true) / SCALE;
    lnBackOff[id] = view.getInt16(at + pad(2 * n) + 2 * id, true) / SCALE;
  }
  at += 2 * pad(2 * n);
  const first = readUint32s(bytes, view, at, n + 1);
  at += 4 * (n + 1);
  const bigrams = readUint32s(bytes, view, at, m);

  const word = (codes: ArrayLike<number>, start: number, length: number): number => {
    const high = ((codes[start]! << 16) | (length > 1 ? codes[start + 1]! : 0)) >>> 0;
    const low =
      (((length > 2 ? codes[start + 2]! : 0) << 16) | (length > 3 ? codes[start + 3]! : 0)) >>> 0;
    for (let slot = slotOf(high, low); ; slot = (slot + 1) & (slots - 1)) {
      const id = slotId[slot]!;
      if (id < 0) return -1;
      if (keyHigh[slot] === high && keyLow[slot] === low) return id;
    }
  };
  const follows = bigramFollows(first, bigrams, lnWords, lnBackOff, SCALE);
  return { word, lnWord: (id) => lnWords[id]!, follows };
}

/**
 * log P(`next` | `previous`) of a back-off bigram table: `first[id]` to `first[id + 1]` are the
 * bigrams of word `id` in `bigrams`, each the second word's id × 2^15 plus -log P × `scale`,
 * sorted; a bigram the table lacks reads as the back-off of `previous` times P(`next`), and a
 * `previous` of -1 (none known) as P(`next`). In the logarithms of the table (ln or log10).
 */
export function bigramFollows(
  first: Uint32Array,
  bigrams: Uint32Array,
  words: Float64Array,
  backOff: Float64Array,
  scale: number,
): (previous: number, next: number) => number {
  return (previous, next) => {
    if (previous < 0) return words[next]!;
    // A word's bigrams are sorted by the id of the second, which sits above the cost (a
    // product, not a shift: an id of 2^16 or more shifted would turn the key negative).
    const key = next * (COST_MASK + 1);
    let low = first[previous]!;
    let high = first[previous + 1]!;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const packed = bigrams[mid]!;
      if (packed < key) low = mid + 1;
      else if (packed > key + COST_MASK) high = mid;
      else return -(packed & COST_MASK) / scale;
    }
    return backOff[previous]! + words[next]!;
  };
}
