/**
 * Whether a place of a Chinese misreading repeats in the issue: a name (通伦, 哈恰图良) or a term
 * (减贫, 市域) the lexicon lacks is written the same way each time, while a misreading is an
 * accident of one place. A place repeats when the printed character and one of its neighbours
 * occur again, as the same two characters, within a story's reach of it.
 */
import { pairKey } from './chinese-tables';

/** How far (UTF-16 code units) on each side of a place the repeat is looked for. */
export const REPEAT_REACH = 20_000;

/** A place: the character at `at` of the Han run `[from, to)`. */
export interface RepeatPlace {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/**
 * For each place (in text order), true when the pair it makes with its left or its right
 * neighbour occurs again within `REPEAT_REACH`. One pass over the text, whatever the number
 * of places: only the pairs of the places are remembered, with where they occur.
 */
export function repeatedPlaces(text: string, places: readonly RepeatPlace[]): boolean[] {
  const wanted = new Map<number, number[]>();
  const keysOf = places.map(({ at, from, to }) => {
    const keys: number[] = [];
    for (const start of [at - 1, at]) {
      if (start < from || start + 2 > to) continue;
      const key = pairKey(text.charCodeAt(start), text.charCodeAt(start + 1));
      if (key < 0) continue;
      keys.push(key, start);
      if (!wanted.has(key)) wanted.set(key, []);
    }
    return keys;
  });
  if (wanted.size === 0) return places.map(() => false);
  // A bit per key hash in front of the map: most pairs of the text are no place's.
  const filter = new Uint32Array(1 << 15);
  for (const key of wanted.keys()) {
    const bit = Math.imul(key, 0x9e3779b1) >>> 12;
    filter[bit >>> 5] |= 1 << (bit & 31);
  }
  let previous = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const key = pairKey(previous, code);
    previous = code;
    if (key < 0) continue;
    const bit = Math.imul(key, 0x9e3779b1) >>> 12;
    if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
    wanted.get(key)?.push(i - 1);
  }
  return keysOf.map((keys) => {
    for (let k = 0; k < keys.length; k += 2) {
      // The occurrences are in text order and hold the place itself: look at its neighbours.
      const occurrences = wanted.get(keys[k]!)!;
      const start = keys[k + 1]!;
      let low = 0;
      let high = occurrences.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (occurrences[middle]! < start) low = middle + 1;
        else high = middle;
      }
      const before = occurrences[low - 1];
      const after = occurrences[low + 1];
      if (before !== undefined && start - before <= REPEAT_REACH) return true;
      if (after !== undefined && after - start <= REPEAT_REACH) return true;
    }
    return false;
  });
}
