/**
 * A labelled draft: the draft text with injected defects, its gold texts, and where every
 * defect and every look-alike (text that must stay as it is) sits.
 *
 * Offsets are UTF-16 code units into `draft`, which is already normalized (`\n` only).
 */
import type { FindingKind } from '../../src/core/index';

/** A half-open span `[start, end)` of the draft. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One injected defect. */
export interface Defect extends Span {
  readonly kind: FindingKind;
  /** What the defect is, more finely ("exact", "near", "byline", "compound"…). */
  readonly variant: string;
  /** The gold text for `[start, end)`: applying every fix to the draft gives `gold`. */
  readonly fix: string;
  /** True when an automatic clean should make the fix; false for suggestion-only defects. */
  readonly auto: boolean;
  /** Another span a finding may point at instead (for a duplicate: the first copy). */
  readonly alt?: Span;
}

/** Text that looks like a defect but is not: a clean must leave it exactly as it is. */
export interface LookAlike extends Span {
  readonly variant: string;
}

export interface LabelledDraft {
  readonly name: string;
  readonly lang: 'zh' | 'en';
  readonly draft: string;
  /** The fully correct text. */
  readonly gold: string;
  /** What an ideal automatic clean reaches: suggestion-only defects are left as drafted. */
  readonly goldAuto: string;
  readonly defects: readonly Defect[];
  readonly lookAlikes: readonly LookAlike[];
}

/**
 * Builds a draft and its two golds side by side, so every label's offsets are exact.
 */
export class DraftBuilder {
  private draft = '';
  private gold = '';
  private goldAuto = '';
  private readonly defects: Defect[] = [];
  private readonly lookAlikes: LookAlike[] = [];

  /** Current length of the draft (the offset the next piece starts at). */
  get length(): number {
    return this.draft.length;
  }

  /** The draft so far. */
  get text(): string {
    return this.draft;
  }

  /** Text that is the same in the draft and the golds. */
  plain(text: string): Span {
    const start = this.draft.length;
    this.draft += text;
    this.gold += text;
    this.goldAuto += text;
    return { start, end: this.draft.length };
  }

  /** Text that must not change; recorded as a look-alike. */
  lookAlike(text: string, variant: string): Span {
    const span = this.plain(text);
    this.lookAlikes.push({ ...span, variant });
    return span;
  }

  /** Marks an already written span of the draft as a look-alike. */
  markLookAlike(span: Span, variant: string): void {
    this.lookAlikes.push({ start: span.start, end: span.end, variant });
  }

  /**
   * A defect: `drafted` goes into the draft, `fix` into the gold (and into goldAuto when an
   * automatic clean should fix it).
   */
  defect(
    kind: FindingKind,
    variant: string,
    drafted: string,
    fix: string,
    options: { auto: boolean; alt?: Span },
  ): Span {
    const start = this.draft.length;
    this.draft += drafted;
    this.gold += fix;
    this.goldAuto += options.auto ? fix : drafted;
    const span = { start, end: this.draft.length };
    this.defects.push({ ...span, kind, variant, fix, auto: options.auto, alt: options.alt });
    return span;
  }

  build(name: string, lang: 'zh' | 'en'): LabelledDraft {
    return {
      name,
      lang,
      draft: this.draft,
      gold: this.gold,
      goldAuto: this.goldAuto,
      defects: [...this.defects],
      lookAlikes: [...this.lookAlikes],
    };
  }
}

/** Applies the fixes of `defects` (all, or only the automatic ones) to `draft`. */
export function applyIdealFixes(draft: LabelledDraft, onlyAuto: boolean): string {
  const chosen = draft.defects.filter((d) => d.auto || !onlyAuto).sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const d of chosen) {
    out += draft.draft.slice(pos, d.start) + d.fix;
    pos = d.end;
  }
  return out + draft.draft.slice(pos);
}
