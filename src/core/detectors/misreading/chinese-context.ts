/**
 * The context witness of the Chinese misreading scan: a character in which the word lexicon
 * finds no better reading (no candidate makes a frequent word with a neighbour, or one does by
 * too little) is read against its two neighbours with the character pairs of running text
 * (`CharacterPairs`). A candidate of similar shape that both neighbours take far more readily,
 * by more than the misreading costs, is proposed: 很[源]亮 → 很漂亮, 赶[紫]来 → 赶紧来,
 * 浪[贵]钱 → 浪费钱. Only proposed, never applied: the pairs of a language model read names and
 * new words (育秧, 抗疫) as rare, so an editor decides.
 */
import type { CharacterPairs } from '../../lexicon/character-pairs';

/**
 * A reading must beat the printed character by this much (ln units, after the prior). On
 * FASPell's OCR, 2 adds 30 findings and the precision of all rises to 0.944; the seeded news
 * fall from 0.969 to 0.919 (at 1.5, measured with the pairs asked more often, to 0.906 and
 * FASPell to 0.922).
 */
export const CONTEXT_GAIN = 2;

/** The best candidate by context, and by how much it reads better than the printed text. */
export interface ContextReading {
  readonly rank: number;
  readonly gain: number;
}

/**
 * The candidate among the first `count` of `ranks` (places in `similar`, ranked by shape) that
 * the neighbours `previous` and `next` (code units) take best in place of `printed`, when it
 * reads at least `CONTEXT_GAIN` better after `prior(rank)`, the cost of misreading it; else null.
 */
export function readByContext(
  pairs: CharacterPairs,
  previous: number,
  printed: number,
  next: number,
  similar: Uint16Array,
  ranks: Int32Array,
  count: number,
  prior: (rank: number) => number,
): ContextReading | null {
  const seen = pairs.follows(previous, printed) + pairs.follows(printed, next);
  let best: ContextReading | null = null;
  for (let k = 0; k < count; k++) {
    const rank = ranks[k]!;
    const meant = similar[rank]!;
    const gain = pairs.follows(previous, meant) + pairs.follows(meant, next) - prior(rank) - seen;
    if (gain >= CONTEXT_GAIN && (best === null || gain > best.gain)) best = { rank, gain };
  }
  return best;
}
