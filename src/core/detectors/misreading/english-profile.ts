/**
 * The issue's own error profile (PoCoTo's idea, after Reffle & Ringlstetter): how often this
 * engine, on these pages, misread each letter. The confusion model's costs are the same for
 * every issue; an issue whose safe fixes show one confusion again and again ("tho", "bo",
 * "havo", "boen": e read as o on every line) is read a second time with that confusion as
 * likely as the issue shows it, so that "yoars" and "ovory" are read there as they are not in
 * an issue that never misreads an e.
 *
 * The rate is a floor: the safe fixes made with a confusion over the times its letter is
 * printed in the issue's English words. Only a confusion seen in at least
 * {@link MIN_PROFILE_FIXES} safe fixes counts, and its cost falls no lower than
 * {@link MIN_PROFILE_COST}. Clean text makes no safe fixes to speak of, so its profile is empty
 * and it is read once, as before.
 */
import { CONFUSIONS, type Confusion } from './ocr-confusions';

/** Safe fixes a confusion needs in the issue before the issue's rate replaces the model's. */
export const MIN_PROFILE_FIXES = 5;
/** The cost a confusion falls to at most (log10 units: one misreading in ten). */
export const MIN_PROFILE_COST = 1;
/** A cost must fall by this much for the issue to be read again. */
const MIN_PROFILE_DROP = 0.2;

const keyOf = (c: { readonly meant: string; readonly seen: string }): string =>
  `${c.meant}\u0000${c.seen}`;

/** The keys of the model's confusions. */
const MODEL_KEYS: ReadonlySet<string> = new Set(CONFUSIONS.map(keyOf));

/** The cost of one confusion in one issue. */
export type ConfusionCost = (c: Confusion) => number;

/** The safe fixes of an issue by confusion, and how often each letter is printed. */
export class IssueProfile {
  private readonly fixes = new Map<string, number>();
  private readonly letters = new Float64Array(26);

  /** Counts the lower-case letters of `text` (an English block). */
  countLetters(text: string): void {
    const letters = this.letters;
    for (let i = 0; i < text.length; i++) {
      const x = text.charCodeAt(i) - 97;
      if (x >= 0 && x < 26) letters[x]!++;
    }
  }

  /** Counts the confusions of one safe fix. */
  add(misread: readonly { readonly meant: string; readonly seen: string }[]): void {
    for (const c of misread) {
      const key = keyOf(c);
      if (MODEL_KEYS.has(key)) this.fixes.set(key, (this.fixes.get(key) ?? 0) + 1);
    }
  }

  /**
   * The issue's costs, or null when no confusion is markedly more frequent here than the model
   * has it. A confusion of a letter pair ("rn" for m) is rated by its first letter's prints.
   */
  costs(): ConfusionCost | null {
    const issue = this.lowered();
    if (issue.size === 0) return null;
    return (c) => issue.get(c) ?? c.cost;
  }

  /**
   * The confusions this issue makes far more often than the model has them (the keys of
   * `costs`), as a test of one confusion of a reading: its habit.
   */
  habit(): (c: { readonly meant: string; readonly seen: string }) => boolean {
    const keys = new Set([...this.lowered().keys()].map(keyOf));
    return (c) => keys.has(keyOf(c));
  }

  /** The model's confusions whose cost this issue lowers, with the issue's cost. */
  private lowered(): Map<Confusion, number> {
    // By the model's own confusions, which the corrector walks: no key to build per step.
    const issue = new Map<Confusion, number>();
    for (const c of CONFUSIONS) {
      const fixes = this.fixes.get(keyOf(c)) ?? 0;
      if (fixes < MIN_PROFILE_FIXES) continue;
      const prints = this.letters[c.meant.charCodeAt(0) - 97] ?? 0;
      if (prints === 0) continue;
      const cost = Math.max(MIN_PROFILE_COST, -Math.log10(fixes / (prints + fixes)));
      if (cost <= c.cost - MIN_PROFILE_DROP) issue.set(c, cost);
    }
    return issue;
  }
}
