/**
 * The OCR confusion model of the English corrector: which letters an OCR engine reads as which
 * other letters, and how unlikely each confusion is (a cost in log10 units: cost 2 means the
 * engine makes this error about once per 100 times it reads the letters).
 *
 * The pairs are the classic shape confusions of Latin print recognition (Rice, Kanai & Nartker's
 * ISRI OCR accuracy reports; Reynaert's and Evershed & Fitch's lists for historical newspapers):
 * letters that differ by one small stroke (e/o/c, h/b, n/u, f/t/l, i/l) or that split or merge
 * (rn/m, li/h, cl/d, il/d, vv/w, ii/u). The common group costs 2, the rarer ones 2.5; every further
 * confusion in the same word adds its cost, so two misread letters are a hundred times less
 * likely than one. No weight was fitted to the pairs the project measures on.
 */

/** One confusion: the engine printed `seen` where the page had `meant`. */
export interface Confusion {
  readonly meant: string;
  readonly seen: string;
  /** -log10 of the probability of this misreading. */
  readonly cost: number;
}

/** The cost of the common group of confusions (e/o, h/b, rn/m …). */
export const COMMON_CONFUSION_COST = 2;
const COMMON = COMMON_CONFUSION_COST;
const RARER = 2.5;

/** Pairs read both ways, common group. */
const COMMON_BOTH: readonly [string, string][] = [
  ['e', 'o'],
  ['e', 'c'],
  ['h', 'b'],
  ['n', 'u'],
  ['m', 'rn'],
  ['h', 'li'],
  ['d', 'cl'],
  ['f', 't'],
  ['i', 'l'],
  ['f', 'l'],
  // A y whose tail breaks off is a v ("bv", "mav", "verv").
  ['y', 'v'],
];

/** Pairs read both ways, rarer group. */
const RARER_BOTH: readonly [string, string][] = [
  ['a', 'o'],
  ['s', 'a'],
  ['h', 'n'],
  ['c', 'o'],
  ['t', 'l'],
  ['e', 'a'],
  ['n', 'a'],
  ['n', 'r'],
  ['u', 'ii'],
  ['w', 'vv'],
  ['m', 'in'],
  ['m', 'ni'],
  ['n', 'ri'],
  ['h', 'k'],
  ['s', 'e'],
  ['r', 'i'],
  ['i', 't'],
  ['d', 'il'],
  // A worn a loses its bowl to u; a broken n reads as o; h whose arch breaks reads as ii
  // ("und", "huve", "aod", "opioion", "tiie": Trove's and the ICDAR newspapers' commonest
  // non-words the other pairs cannot reach).
  ['a', 'u'],
  ['n', 'o'],
  ['h', 'ii'],
];

/** Every confusion of the model, `meant → seen` and `seen → meant`. */
export const CONFUSIONS: readonly Confusion[] = [
  ...COMMON_BOTH.flatMap(([a, b]) => [
    { meant: a, seen: b, cost: COMMON },
    { meant: b, seen: a, cost: COMMON },
  ]),
  ...RARER_BOTH.flatMap(([a, b]) => [
    { meant: a, seen: b, cost: RARER },
    { meant: b, seen: a, cost: RARER },
  ]),
];

/**
 * Capitals the engine confuses, in lower case (words in capitals are read lower-cased): E loses
 * its middle bar to B or its spine to K, R its bowl to K, H its bar to II ("NOTICK", "SURGBON",
 * "LATEK", "TIIE"). Read only in words printed in capitals.
 */
const CAPITALS: readonly Confusion[] = [
  { meant: 'e', seen: 'b', cost: COMMON },
  { meant: 'e', seen: 'k', cost: COMMON },
  { meant: 'r', seen: 'k', cost: RARER },
];

/**
 * The round capitals C and O, which the engine confuses as often as e and o in lower case
 * ("DISTRIOT", "INTELLIGENOE", "OOURT"; in lower case c and o are the rarer pair). Read only in
 * words printed in capitals, and common there (`isCommonConfusion`).
 */
const ROUND_CAPITALS: readonly Confusion[] = [
  { meant: 'c', seen: 'o', cost: COMMON },
  { meant: 'o', seen: 'c', cost: COMMON },
];

function bySeen(confusions: readonly Confusion[]): ReadonlyMap<string, readonly Confusion[]> {
  const map = new Map<string, Confusion[]>();
  for (const c of confusions) {
    const list = map.get(c.seen[0]) ?? [];
    list.push(c);
    map.set(c.seen[0], list);
  }
  return map;
}

/** The confusions indexed by the first letter of what the engine printed. */
export const CONFUSIONS_BY_SEEN: ReadonlyMap<string, readonly Confusion[]> = bySeen(CONFUSIONS);

/** The same, with the confusions of capitals: for words printed in capitals. */
export const CAPITAL_CONFUSIONS_BY_SEEN: ReadonlyMap<string, readonly Confusion[]> = bySeen([
  ...CONFUSIONS,
  ...CAPITALS,
  ...ROUND_CAPITALS,
]);

/**
 * True when the engine prints `seen` for `meant` in the common group (e/o, h/b, rn/m …); in a
 * word printed in `capitals`, the round capitals too (C/O).
 */
export function isCommonConfusion(
  c: { readonly meant: string; readonly seen: string },
  capitals = false,
): boolean {
  return (
    COMMON_BOTH.some(
      ([a, b]) => (a === c.meant && b === c.seen) || (b === c.meant && a === c.seen),
    ) ||
    isCommonOf(CAPITALS, c) ||
    (capitals && isCommonOf(ROUND_CAPITALS, c))
  );
}

/** True when `confusions` hold `c` at the common group's cost. */
function isCommonOf(
  confusions: readonly Confusion[],
  c: { readonly meant: string; readonly seen: string },
): boolean {
  return confusions.some((k) => k.cost === COMMON && k.meant === c.meant && k.seen === c.seen);
}
