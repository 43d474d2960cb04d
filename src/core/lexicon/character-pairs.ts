/**
 * How often one Han character follows another in running Chinese (`character-pairs.bin`, built
 * by `scripts/character-pairs.ts` from the open-gram language model): the context witness of
 * the Chinese half of `misreading`. The word lexicon reads 更深人的 as 更深 + 人 + 的, three
 * fine words; these pairs know that 人 after 深 is rare and 入 after it common. Pure: parsed
 * from bytes, no I/O.
 */

/** The code units the table indexes: CJK extension A to the end of the unified ideographs. */
const BASE = 0x3400;
const SPAN = 0xa000 - BASE;
/** The quantization of the stored costs (`-ln P`): 1/2000 of a ln unit. */
const SCALE = 2000;
/** P of a pair neither the model nor its back-off knows: one in a billion. */
const FLOOR = 1e-9;

/** The pairs of one model. */
export interface CharacterPairs {
  /**
   * ln P(`next` | `previous`), both UTF-16 code units: how likely `next` is to follow
   * `previous` in running text. Characters outside the table read as ln FLOOR.
   */
  follows(previous: number, next: number): number;
}

const pad = (bytes: number): number => (bytes + 3) & ~3;

/** Parses the bytes of `character-pairs.bin`; throws a sentence when they are none. */
export function parseCharacterPairs(bytes: Uint8Array): CharacterPairs {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== 'GCP1' || bytes.byteLength < 12) {
    throw new Error('not a table of character pairs');
  }
  const n = view.getUint32(4, true);
  const m = view.getUint32(8, true);
  const size = 12 + pad(2 * n) + 12 * n + 4 * (n + 1) + 2 * pad(2 * m);
  if (bytes.byteLength < size) {
    throw new Error(
      `the table of character pairs is cut short: ${bytes.byteLength} bytes of ${size}`,
    );
  }
  let at = 12;
  const index = new Int32Array(SPAN).fill(-1);
  for (let i = 0; i < n; i++) {
    const x = view.getUint16(at + 2 * i, true) - BASE;
    if (x >= 0 && x < SPAN) index[x] = i;
  }
  at += pad(2 * n);
  // Each character's mass, the share of it that ends a word and what starts a word with it,
  // kept as the two logarithms the back-off needs: a pair the model did not store reads as the
  // ln of the share that ends a word plus the ln of what starts one with the second.
  const lnEnds = new Float64Array(n);
  const lnStarts = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const mass = view.getFloat32(at + 4 * i, true);
    lnEnds[i] = Math.log(view.getFloat32(at + 4 * (n + i), true) / mass);
    lnStarts[i] = Math.log(view.getFloat32(at + 4 * (2 * n + i), true));
  }
  at += 12 * n;
  const first = new Uint32Array(n + 1);
  for (let i = 0; i <= n; i++) first[i] = view.getUint32(at + 4 * i, true);
  at += 4 * (n + 1);
  const partners = new Uint16Array(m);
  for (let k = 0; k < m; k++) partners[k] = view.getUint16(at + 2 * k, true);
  at += pad(2 * m);

  const indexOf = (code: number): number => {
    const x = code - BASE;
    return x >= 0 && x < SPAN ? index[x]! : -1;
  };
  const lnFloor = Math.log(FLOOR);
  const backOff = (i: number, j: number): number =>
    j < 0 ? lnFloor : Math.max(lnEnds[i]! + lnStarts[j]!, lnFloor);
  // -ln P of each stored pair (its share of the back-off included when built), quantized.
  const costs = new Uint16Array(m);
  for (let k = 0; k < m; k++) costs[k] = view.getUint16(at + 2 * k, true);
  const follows = (previous: number, next: number): number => {
    const i = indexOf(previous);
    if (i < 0) return lnFloor;
    // The pairs of a character are sorted by the code of the second.
    let low = first[i]!;
    let high = first[i + 1]!;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const partner = partners[mid]!;
      if (partner < next) low = mid + 1;
      else if (partner > next) high = mid;
      else return -costs[mid]! / SCALE;
    }
    return backOff(i, indexOf(next));
  };
  return { follows };
}
