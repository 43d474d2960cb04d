/**
 * Names as the issue itself prints them: a capitalized form no word list knows, one OCR
 * confusion from a capitalized form the same issue prints at least {@link MIN_ISSUE_USES} times
 * and three times as often as the form, is that form: "Loudon" among twenty "London", "Pctherick"
 * beside "Petherick", "Bilhao" beside "Bilbao". The issue is the lexicon of its own names, as in
 * PoCoTo's error profiles; no list could hold them. Counted during the scan, judged after it, so
 * a name printed right only further on still counts. A name the issue does not print right is
 * read from the list of names (`EnglishFrequencies.nameCount`), but only through a confusion the
 * issue makes by habit: "Melbourno" where e is read as o on every line (`listedDrafts`).
 */
import type { EnglishFrequencies } from '../../lexicon/english-frequency';
import type { FindingDraft } from '../../finding';
import { CONFUSIONS, type Confusion } from './ocr-confusions';

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

interface Candidate {
  readonly seen: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A vowel read for another: at a name's end it makes another name ("Costa Rica" beside twenty
 * "Porto Rico"), so it reads no name as another there.
 */
function isVowelFor(c: { readonly meant: string; readonly seen: string }): boolean {
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
   * The drafts of the candidates `drafts` left, one confusion the issue makes by `habit` from a
   * name of the list printed at least `MIN_LISTED_COUNT` times, and from no other.
   */
  listedDrafts(frequencies: EnglishFrequencies, habit: (c: Confusion) => boolean): FindingDraft[] {
    const confusions = CONFUSIONS.filter(habit);
    if (confusions.length === 0) return [];
    const read = new Map<string, Omit<FindingDraft, 'start' | 'end'> | null>();
    return this.placed((seen) => {
      if (this.judged.get(seen) || seen.length < MIN_LISTED_LENGTH) return null;
      let draft = read.get(seen);
      if (draft === undefined) {
        draft = listedNameDraft(seen, frequencies, confusions);
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
 * The name of the list `seen` misprints through one of `confusions` (past its first letter), as
 * a draft without its place; null when none does, or two do.
 */
function listedNameDraft(
  seen: string,
  frequencies: EnglishFrequencies,
  confusions: readonly Confusion[],
): Omit<FindingDraft, 'start' | 'end'> | null {
  if (!/^[A-Z][a-z]+$/.test(seen)) return null;
  let best: { name: string; meant: string; printed: string } | null = null;
  for (const c of confusions) {
    for (let i = seen.indexOf(c.seen, 1); i >= 1; i = seen.indexOf(c.seen, i + 1)) {
      const name = seen.slice(0, i) + c.meant + seen.slice(i + c.seen.length);
      if (frequencies.nameCount(name.toLowerCase()) < MIN_LISTED_COUNT) continue;
      if (best && best.name !== name) return null;
      best = { name, meant: c.meant, printed: c.seen };
    }
  }
  if (!best) return null;
  return {
    kind: 'misreading',
    replacement: best.name,
    confidence: 'safe',
    message: {
      'zh-CN': `疑为误识：“${seen}”应为“${best.name}”（“${best.meant}”认作“${best.printed}”，本期常见此误）；“${best.name}”是常见的人名或地名。`,
      en: `Misread name: "${seen}" for "${best.name}" (${best.meant} → ${best.printed} misread, as throughout this issue); "${best.name}" is a well-known name.`,
    },
  };
}
