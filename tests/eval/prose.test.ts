/**
 * The damage check on older English prose as a regression test: `galley clean` of the State of
 * the Union addresses (1790–2018) and Moby-Dick, 12 M characters nobody here wrote, makes the
 * edits listed below and no other. Most are damage the engine cannot yet tell from a misreading
 * (names, dialect, older words); a few fix the source's own misprints. A new edit fails the test;
 * an edit mended must leave the list.
 */
import { describe, expect, it } from 'vitest';
import { cleanEdits, olderProse } from './damage';

/** Cleaning 12 M characters takes about 15 s alone, much longer on a shared CI machine. */
const SLOW = 600_000;

/** The source's own misprints, which a clean rightly mends. */
const MISPRINTS_MENDED: readonly string[] = [
  // "ought not to he permitted", "to he followed", "should he censured".
  'misreading: ustice ought not to [he→be] permitted to contin',
  'misreading: ay return again, to [he→be] followed by another',
  'misreading: d, the abuse should [he→be] censured, above all',
  // A capital inside a sentence: "Acres In the last fiscal year", "resulted In engagements".
  'misreading:  into market. Acres [In→in] the last fiscal yea',
  'misreading: tinued and resulted [In→in] engagements between',
  // The Chilean ship Itata, which the same address prints so five times.
  'misreading: e insisted that the [Itala→Itata] should be returned ',
];

/** Right words the clean changes: damage, left for now and counted in the README. */
const DAMAGE_LEFT: readonly string[] = [
  // Names: Fort Malden; Anthony Keiley, the envoy.
  'misreading: s George, Erie, and [Malden→Maiden]; by the recovery of',
  'misreading: cceptability of Mr. [Keiley→Kelley], the appointed envo',
  'misreading:  not to receive Mr. [Keiley→Kelley] as the envoy of the',
  // "with nearly equal force in regard": the source's misprint, mended into another word.
  'misreading:  nearly equal force [hi→his] regard to any subst',
  // Older words and Moby-Dick's dialect.
  'misreading: st race of men, and [lave→love] the faded but still',
  'misreading:  with a long living [arc→are] of a leap. For thre',
  'misreading: take sich dangerous [weepons→weapons] in their rooms at n',
  'misreading: thou talkest of the [marchant→merchant] service to me again',
  'misreading: ing served in those [marchant→merchant] ships. But flukes! ',
  "misreading: at I said about the [marchant→merchant] service—don't aggra",
  'misreading: y they heave in the [marchant→merchant] service?" he roared',
  'misreading: rrific wreck of the [stoven→steven] planks. The prow of',
  'misreading: f de mout is not to [swaller→swollen] wid, but to bit off',
  'misreading:  of thy whale-boat, [stoven→steven] and sunk! Beware of',
  "misreading:  to look at. He's a [raal→real] oil-butt, that fell",
  // A paragraph Moby-Dick prints again on purpose ("I look, you look, he looks…", twice more).
  'duplicate-paragraph: t he says now—hist!"[⏎⏎"I look, you look, he looks; we look, ye look, they look."→]⏎⏎"Why, he\'s getting',
  'duplicate-paragraph:  heart—hist! again."[⏎⏎"I look, you look, he looks; we look, ye look, they look."→]⏎⏎"Well, that\'s funn',
  // A list of places set as paragraphs ("in Sheet-Iron; in" / "On Tower-hill").
  'broken-paragraph: d; in Sheet-Iron; in[⏎⏎→ ]On Tower-hill, as yo',
];

describe('galley clean on older English prose nobody here wrote', () => {
  it(
    'makes only the listed edits in the State of the Union addresses and Moby-Dick',
    () => {
      const texts = olderProse();
      expect(texts.length).toBeGreaterThan(300);
      expect(texts.reduce((n, t) => n + t.text.length, 0)).toBeGreaterThan(11_000_000);
      const edits = texts
        .flatMap((t) => cleanEdits(t.name, t.text))
        .map((e) => `${e.kind}: ${e.context}`);
      expect(edits.sort()).toEqual([...MISPRINTS_MENDED, ...DAMAGE_LEFT].sort());
    },
    SLOW,
  );
});
