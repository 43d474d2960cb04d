/**
 * Names as the issue itself prints them: a capitalized form no word list knows, one OCR
 * confusion from a capitalized form the same issue prints at least {@link MIN_ISSUE_USES} times
 * and three times as often as the form, is that form: "Loudon" among twenty "London", "Pctherick"
 * beside "Petherick", "Bilhao" beside "Bilbao". The issue is the lexicon of its own names, as in
 * PoCoTo's error profiles; no list could hold them. Counted during the scan, judged after it, so
 * a name printed right only further on still counts.
 */
import type { FindingDraft } from '../../finding';
import { CONFUSIONS } from './ocr-confusions';

/** The form meant must be printed this many times in the issue … */
const MIN_ISSUE_USES = 3;
/** … and this many times as often as the form read as it. */
const ISSUE_LEAD = 3;
/** Capitalized forms shorter than this are initials and abbreviations: left alone. */
export const MIN_NAME_LENGTH = 4;

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
    const drafts: FindingDraft[] = [];
    const judged = new Map<string, Omit<FindingDraft, 'start' | 'end'> | null>();
    for (const { seen, start, end } of this.candidates) {
      let draft = judged.get(seen);
      if (draft === undefined) {
        draft = this.judge(seen);
        judged.set(seen, draft);
      }
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
