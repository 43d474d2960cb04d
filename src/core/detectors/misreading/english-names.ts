/**
 * Names as the issue itself prints them: a capitalized form no word list knows, one OCR
 * confusion from a capitalized form the same issue prints at least {@link MIN_ISSUE_USES} times
 * and three times as often as the form, is that form: "Loudon" among twenty "London", "Pctherick"
 * beside "Petherick", "Bilhao" beside "Bilbao". The issue is the lexicon of its own names, as in
 * PoCoTo's error profiles; no list could hold them. Counted during the scan, judged after it, so
 * a name printed right only further on still counts. A name the issue does not print right is
 * read from the list of names (`EnglishFrequencies.nameCount`) through a confusion the issue
 * makes by habit ("Melbourno" where e is read as o on every line) or one of the common group
 * that names do not make among themselves ("Melbourue", "Sydnev": `listedDrafts`).
 */
import type { EnglishFrequencies } from '../../lexicon/english-frequency';
import type { FindingDraft } from '../../finding';
import { CONFUSIONS, isCommonConfusion, type Confusion } from './ocr-confusions';

/** The form meant must be printed this many times in the issue … */
const MIN_ISSUE_USES = 3;
/** … and this many times as often as the form read as it. */
const ISSUE_LEAD = 3;
/** Capitalized forms shorter than this are initials and abbreviations: left alone. */
export const MIN_NAME_LENGTH = 4;
/**
 * A name of the list must be printed this often (`nameCount`, a SUBTLEX count: Google Books'
 * rank about 30,000; Brisbane 32, Tasmania 29, Goode 12) to be read in a form's place …
 */
const MIN_LISTED_COUNT = 20;
/** … and the form this long: the list holds no shorter name. */
const MIN_LISTED_LENGTH = 5;
/**
 * Without the issue's habit, a name of the list is read in a form this long, through a confusion
 * of the common group only (`isCommonConfusion`: n/u, h/b, rn/m, y/v …) that names do not make
 * among themselves (`namesOther`).
 */
export const MIN_COMMON_LISTED_LENGTH = 6;

/**
 * True when the confusion `c` at `at` of `seen` is no spelling of another name: not a vowel read
 * for a vowel ("Connelly" is no misread Connolly, "Branden" no Brandon, "Thomsen" no Thomson),
 * nor a vowel at the last letter ("Olympie" is a name). Measured 7 December 2026 (fourteenth
 * session) on 22,168 names in no list here (the en_US dictionary's capitalized entries, the
 * names and places of the faker package's locales): 1 read as another (Maione → Malone); with a
 * vowel for a vowel allowed short of the last three letters, 5 (Connelly, Benner, Liboria,
 * Olympie too), and anywhere, the dictionary's Branden, Clemons and the Nordic Thomsen, Carlsen,
 * Jacobsen as well. In the ICDAR OCR the forms read are each their name (Portngal, Iudian,
 * Britanniea), in its gold a misprint it kept (Samnel).
 */
export function namesOther(
  c: { readonly meant: string; readonly seen: string },
  at: number,
  seen: string,
): boolean {
  if (isVowelFor(c)) return false;
  return at + c.seen.length < seen.length || !(VOWELS.has(c.meant) || VOWELS.has(c.seen));
}

interface Candidate {
  readonly seen: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A vowel read for another: at a name's end it makes another name ("Costa Rica" beside twenty
 * "Porto Rico"), so it reads no name as another there.
 */
export function isVowelFor(c: { readonly meant: string; readonly seen: string }): boolean {
  return VOWELS.has(c.meant) && VOWELS.has(c.seen);
}

const VOWELS: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u']);

/** The capitalized forms of one issue, and the non-words among them to judge at the end. */
export class IssueNames {
  private readonly uses = new Map<string, number>();
  private readonly candidates: Candidate[] = [];
  /** The candidates' forms the issue's own names read (`judge`), null for none. */
  private readonly judged = new Map<string, Omit<FindingDraft, 'start' | 'end'> | null>();

  /** Counts a capitalized form printed in the issue. */
  count(seen: string): void {
    this.uses.set(seen, (this.uses.get(seen) ?? 0) + 1);
  }

  /** Keeps a capitalized non-word at `[start, end)` that nothing else read. */
  consider(seen: string, start: number, end: number): void {
    this.candidates.push({ seen, start, end });
  }

  /** The drafts of the candidates one confusion from a name the issue prints often. */
  drafts(): FindingDraft[] {
    return this.placed((seen) => {
      let draft = this.judged.get(seen);
      if (draft === undefined) {
        draft = this.judge(seen);
        this.judged.set(seen, draft);
      }
      return draft;
    });
  }

  /**
   * The drafts of the candidates `drafts` left, one confusion from a name of the list printed at
   * least `MIN_LISTED_COUNT` times, and from no other: a confusion the issue makes by `habit`, or
   * one of the common group that names do not make among themselves (`namesOther`).
   */
  listedDrafts(frequencies: EnglishFrequencies, habit?: (c: Confusion) => boolean): FindingDraft[] {
    const habitual = habit ? CONFUSIONS.filter(habit) : [];
    const common = CONFUSIONS.filter((c) => isCommonConfusion(c) && !habitual.includes(c));
    const read = new Map<string, Omit<FindingDraft, 'start' | 'end'> | null>();
    return this.placed((seen) => {
      if (this.judged.get(seen) || seen.length < MIN_LISTED_LENGTH) return null;
      let draft = read.get(seen);
      if (draft === undefined) {
        draft = listedNameDraft(
          seen,
          frequencies,
          habitual,
          seen.length >= MIN_COMMON_LISTED_LENGTH ? common : [],
        );
        read.set(seen, draft);
      }
      return draft;
    });
  }

  /** Each candidate with the draft `judgeOf` gives its form, where it gives one. */
  private placed(
    judgeOf: (seen: string) => Omit<FindingDraft, 'start' | 'end'> | null,
  ): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const { seen, start, end } of this.candidates) {
      const draft = judgeOf(seen);
      if (draft) {
        const { kind, replacement, confidence, message } = draft;
        drafts.push({ kind, start, end, replacement, confidence, message });
      }
    }
    return drafts;
  }

  /** The name `seen` misprints, as a draft without its place, or null. */
  private judge(seen: string): Omit<FindingDraft, 'start' | 'end'> | null {
    const own = this.uses.get(seen) ?? 0;
    let best: { name: string; uses: number; meant: string; printed: string } | null = null;
    let others = 0;
    for (const c of CONFUSIONS) {
      for (let i = seen.indexOf(c.seen, 1); i >= 1; i = seen.indexOf(c.seen, i + 1)) {
        if (i + c.seen.length === seen.length && isVowelFor(c)) continue;
        const name = seen.slice(0, i) + c.meant + seen.slice(i + c.seen.length);
        const uses = this.uses.get(name) ?? 0;
        if (uses < MIN_ISSUE_USES || uses < ISSUE_LEAD * Math.max(own, 1)) continue;
        if (best && best.name !== name) others++;
        if (!best || uses > best.uses) best = { name, uses, meant: c.meant, printed: c.seen };
      }
    }
    if (!best || others > 0) return null;
    return {
      kind: 'misreading',
      replacement: best.name,
      confidence: 'safe',
      message: {
        'zh-CN': `疑为误识：“${seen}”应为“${best.name}”（“${best.meant}”认作“${best.printed}”）；本期“${best.name}”出现 ${best.uses} 次。`,
        en: `Misread name: "${seen}" for "${best.name}" (${best.meant} → ${best.printed} misread); this issue prints "${best.name}" ${best.uses} times.`,
      },
    };
  }
}

/**
 * The name of the list `seen` misprints through one of `habitual` (the issue's habit), or one of
 * `common` that names do not make among themselves (`namesOther`), past its first letter, as a
 * draft without its place; null when none does, or two do.
 */
function listedNameDraft(
  seen: string,
  frequencies: EnglishFrequencies,
  habitual: readonly Confusion[],
  common: readonly Confusion[],
): Omit<FindingDraft, 'start' | 'end'> | null {
  if (!/^[A-Z][a-z]+$/.test(seen)) return null;
  let best: { name: string; meant: string; printed: string; byHabit: boolean } | null = null;
  for (const byHabit of [true, false]) {
    for (const c of byHabit ? habitual : common) {
      for (let i = seen.indexOf(c.seen, 1); i >= 1; i = seen.indexOf(c.seen, i + 1)) {
        if (!byHabit && !namesOther(c, i, seen)) continue;
        const name = seen.slice(0, i) + c.meant + seen.slice(i + c.seen.length);
        if (frequencies.nameCount(name.toLowerCase()) < MIN_LISTED_COUNT) continue;
        if (best && best.name !== name) return null;
        best ??= { name, meant: c.meant, printed: c.seen, byHabit };
      }
    }
  }
  if (!best) return null;
  const { name, meant, printed, byHabit } = best;
  return {
    kind: 'misreading',
    replacement: name,
    confidence: 'safe',
    message: byHabit
      ? {
          'zh-CN': `疑为误识：“${seen}”应为“${name}”（“${meant}”认作“${printed}”，本期常见此误）；“${name}”是常见的人名或地名。`,
          en: `Misread name: "${seen}" for "${name}" (${meant} → ${printed} misread, as throughout this issue); "${name}" is a well-known name.`,
        }
      : {
          'zh-CN': `疑为误识：“${seen}”应为“${name}”（“${meant}”认作“${printed}”）；“${seen}”不是已知的名称，“${name}”是常见的人名或地名。`,
          en: `Misread name: "${seen}" for "${name}" (${meant} → ${printed} misread); "${seen}" is no known name, "${name}" a well-known one.`,
        },
  };
}
