/**
 * Words as the issue itself prints them: a lower-case non-word of five letters or more whose
 * reading was only suggested ("honse": house or horse?) is that word when the issue prints it
 * at least {@link MIN_ISSUE_USES} times and prints none of the other words the form could be.
 * An issue is the best witness of its own vocabulary: a notice of sale that says "house" five
 * times means house by "honse". Judged after the scan, on its drafts. Pure.
 */
import type { FindingDraft } from '../../finding';
import type { EnglishFrequencies } from '../../lexicon/english-frequency';
import { readingsOf } from './english';
import type { ReadLower } from './english-neighbours';

/**
 * The word meant must be printed this many times in the issue … At 3 until 6 December 2026
 * (eighth session); at 2 the ICDAR newspapers gain 4 safe fixes, all their gold word (ponnd,
 * notloe, roasoa, obtaintd), and the ICDAR gold, the READMEs, the State of the Union addresses
 * and Moby-Dick no edit. At 1 they gained 15, but Moby-Dick's cook lost his dialect ("if I cook
 * noder one" → under).
 */
const MIN_ISSUE_USES = 2;
/** … for a printed form of this many letters or more (a shorter one is a cut word: "tion"). */
const MIN_FORM_LENGTH = 5;
/** Words shorter than this are no rival of such a form ("rn" read as m takes one letter off). */
export const MIN_COUNTED_LENGTH = MIN_FORM_LENGTH - 1;

const LOWER_FORM = /^[a-z]+$/;
const WORD = /[A-Za-z]+/g;

/**
 * `drafts` (of `text`, in document order) with the suggested readings of lower-case non-words
 * that the issue's own words confirm made safe; `printed` says how often the English blocks
 * print a word (lower case, {@link MIN_COUNTED_LENGTH} letters or more), as the scan counted.
 */
export function confirmByIssueWords(
  text: string,
  printed: (lower: string) => number,
  drafts: readonly FindingDraft[],
  read: ReadLower,
  frequencies: EnglishFrequencies,
): FindingDraft[] {
  const pending: number[] = [];
  drafts.forEach((draft, k) => {
    if (draft.kind !== 'misreading' || draft.confidence !== 'suggest') return;
    const seen = text.slice(draft.start, draft.end);
    if (seen.length < MIN_FORM_LENGTH || !LOWER_FORM.test(seen)) return;
    const reading = read(seen);
    if (reading?.nonWord && reading.word === draft.replacement && !reading.context) pending.push(k);
  });
  if (pending.length === 0) return [...drafts];
  const uses = new IssueWords(printed);
  // Counted as the safe fixes leave the issue: a word one of them makes counts, the form it
  // mends no longer does, so that a second clean confirms nothing the first did not.
  for (const draft of drafts) {
    if (draft.confidence !== 'safe') continue;
    uses.add(text.slice(draft.start, draft.end), -1);
    uses.add(draft.replacement, 1);
  }
  const out = [...drafts];
  for (const k of pending) {
    const draft = drafts[k]!;
    const seen = text.slice(draft.start, draft.end);
    const meant = draft.replacement;
    const count = uses.of(meant);
    if (count < MIN_ISSUE_USES) continue;
    if (readingsOf(seen, frequencies).some((w) => w !== meant && uses.of(w) > 0)) continue;
    out[k] = {
      ...draft,
      confidence: 'safe',
      message: {
        'zh-CN': `${draft.message['zh-CN']}本期另有${count}处印作“${meant}”，而无其他可能的词。`,
        en: `${draft.message.en} The issue prints "${meant}" ${count} times, and none of the other words "${seen}" could be.`,
      },
    };
  }
  return out;
}

/** How often the issue prints each word, as the safe fixes leave it. */
class IssueWords {
  /** The words the fixes changed the count of, never below 0. */
  private readonly changed = new Map<string, number>();

  constructor(private readonly printed: (lower: string) => number) {}

  /** How often the issue prints `lower`. */
  of(lower: string): number {
    return this.changed.get(lower) ?? this.printed(lower);
  }

  /** Adds `by` to the uses of each word of `text` (lower case, four letters or more). */
  add(text: string, by: number): void {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      if (m[0].length < MIN_COUNTED_LENGTH) continue;
      const lower = m[0].toLowerCase();
      this.changed.set(lower, Math.max(0, this.of(lower) + by));
    }
  }
}
