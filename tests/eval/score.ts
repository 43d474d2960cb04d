/**
 * Scoring a labelled draft: which findings hit an injected defect (precision and recall per
 * kind), whether an automatic clean left every look-alike as it was, what it changed outside
 * any defect, and the character error rate before and after cleaning.
 */
import {
  analyseText,
  cleanText,
  type ChangeSet,
  type Finding,
  type FindingKind,
} from '../../src/core/index';
import { reflow } from './corpus-en';
import type { Defect, LabelledDraft, Span } from './labels';
import { editDistance } from './levenshtein';
import { ENGINE } from './engine';

/** Counts for one kind in one draft (or summed over many). */
export interface KindCounts {
  defects: number;
  /** Defects hit by at least one finding of their kind. */
  found: number;
  /** Defects an automatic clean should fix, and those hit by a safe finding of their kind. */
  autoDefects: number;
  autoFound: number;
  findings: number;
  /** Findings that hit a defect of their kind. */
  matched: number;
  safeFindings: number;
  safeMatched: number;
}

/** A finding that hit nothing, or a defect nothing hit: kept as an example for the report. */
export interface Example {
  readonly draft: string;
  readonly kind: FindingKind | string;
  readonly start: number;
  readonly end: number;
  /** The text around the span, the span itself in [brackets], line breaks as ⏎. */
  readonly context: string;
  readonly detail: string;
}

export interface DraftScore {
  readonly name: string;
  readonly lang: 'zh' | 'en';
  readonly chars: number;
  readonly kinds: Partial<Record<FindingKind, KindCounts>>;
  /** Edit distances to the full gold and to the automatic gold, before and after cleaning. */
  readonly distance: { before: number; after: number; beforeAuto: number; afterAuto: number };
  readonly goldLength: number;
  readonly goldAutoLength: number;
  readonly lookAlikes: { variant: string; changed: boolean }[];
  /** Changes the clean made that touch no injected defect. */
  readonly strayChanges: number;
  /** Changes the clean made to the untouched gold text (it should make none). */
  readonly goldChanges: number;
  readonly falsePositives: Example[];
  readonly misses: Example[];
  readonly changedLookAlikes: Example[];
  readonly strays: Example[];
}

export function emptyCounts(): KindCounts {
  return {
    defects: 0,
    found: 0,
    autoDefects: 0,
    autoFound: 0,
    findings: 0,
    matched: 0,
    safeFindings: 0,
    safeMatched: 0,
  };
}

/** True when a finding (or change) span hits a label span: they overlap, or one is a point on the other. */
export function hits(a: Span, b: Span): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  if (a.start === a.end) return b.start <= a.start && a.start <= b.end;
  if (b.start === b.end) return a.start <= b.start && b.start <= a.end;
  return false;
}

function hitsDefect(f: Span, d: Defect): boolean {
  return hits(f, d) || (d.alt !== undefined && hits(f, d.alt));
}

/** `text` around `span`, the span in brackets, for a person to read. */
export function context(text: string, span: Span, radius = 12): string {
  const show = (s: string) => s.replace(/\n/g, '⏎');
  return (
    show(text.slice(Math.max(0, span.start - radius), span.start)) +
    `[${show(text.slice(span.start, span.end))}]` +
    show(text.slice(span.end, span.end + radius))
  );
}

/** A change of the old text, as `[from, to)` replaced by `insert`. */
interface Edit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/**
 * The changes with what they keep trimmed off both ends ("-⏎" → "-" is the deletion of "⏎"),
 * so that a change re-typing the text it covers does not count as touching it.
 */
export function minimalEdits(text: string, changes: ChangeSet): Edit[] {
  return changes.changes.map((c) => {
    let from = c.from;
    let to = c.to;
    let insert = c.insert;
    while (from < to && insert.length > 0 && text[from] === insert[0]) {
      from++;
      insert = insert.slice(1);
    }
    while (from < to && insert.length > 0 && text[to - 1] === insert[insert.length - 1]) {
      to--;
      insert = insert.slice(0, -1);
    }
    return { from, to, insert };
  });
}

/** True when an edit alters text inside `span` (an insertion only counts strictly inside it). */
function alters(e: Edit, span: Span): boolean {
  if (e.from === e.to) return span.start < e.from && e.from < span.end;
  return e.from < span.end && span.start < e.to;
}

/**
 * True when `f` reads back a character the seeder confused in the copy of a near-duplicate
 * paragraph (the copy is the original, character for character, but for its confusions): a
 * right misreading inside a defect of another kind, neither a hit nor a false positive.
 */
function restoresNearCopy(d: LabelledDraft, f: Finding): boolean {
  return (
    f.kind === 'misreading' &&
    d.defects.some((x) => {
      if (x.kind !== 'duplicate-paragraph' || x.variant !== 'near' || !x.alt) return false;
      const copy = x.start + 2; // after the blank line the copy opens with
      if (f.start < copy || f.end > x.end) return false;
      const at = x.alt.start + (f.start - copy);
      return d.draft.slice(at, at + (f.end - f.start)) === f.replacement;
    })
  );
}

/** Analyses and cleans one draft and scores the result against its labels. */
export function scoreDraft(d: LabelledDraft): DraftScore {
  const { findings } = analyseText(d.draft, ENGINE);
  const cleaned = cleanText(d.draft, ENGINE);
  const kinds: Partial<Record<FindingKind, KindCounts>> = {};
  const counts = (kind: FindingKind): KindCounts => (kinds[kind] ??= emptyCounts());
  const falsePositives: Example[] = [];
  const misses: Example[] = [];

  const found = new Set<Defect>();
  const foundSafe = new Set<Defect>();
  for (const f of findings) {
    const c = counts(f.kind);
    c.findings++;
    if (f.confidence === 'safe') c.safeFindings++;
    const hit = d.defects.filter((x) => x.kind === f.kind && hitsDefect(f, x));
    if (hit.length > 0) {
      c.matched++;
      if (f.confidence === 'safe') c.safeMatched++;
      for (const x of hit) {
        found.add(x);
        if (f.confidence === 'safe') foundSafe.add(x);
      }
    } else if (restoresNearCopy(d, f)) {
      // Right, but of a defect the seeder labelled as a whole paragraph: counted as neither.
      c.findings--;
      if (f.confidence === 'safe') c.safeFindings--;
    } else {
      falsePositives.push(
        example(d, f, f.kind, `${f.confidence} → ${JSON.stringify(f.replacement)}`),
      );
    }
  }
  for (const x of d.defects) {
    const c = counts(x.kind);
    c.defects++;
    if (found.has(x)) c.found++;
    if (x.auto) {
      c.autoDefects++;
      if (foundSafe.has(x)) c.autoFound++;
    }
    if (!found.has(x)) misses.push(example(d, x, x.kind, x.variant));
  }

  const edits = minimalEdits(d.draft, cleaned.changes).filter(
    (e) => e.from !== e.to || e.insert !== '',
  );
  const lookAlikes = d.lookAlikes.map((l) => ({
    variant: l.variant,
    changed: edits.some((e) => alters(e, l)),
  }));
  const changedLookAlikes = d.lookAlikes
    .filter((_, i) => lookAlikes[i].changed)
    .map((l) => example(d, l, l.variant, 'changed by the clean'));
  const labelled: Span[] = d.defects.flatMap((x) => (x.alt ? [x, x.alt] : [x]));
  const stray = edits.filter((e) => !labelled.some((s) => hits({ start: e.from, end: e.to }, s)));
  const strays = stray.map((e) =>
    example(d, { start: e.from, end: e.to }, 'change', `→ ${JSON.stringify(e.insert)}`),
  );
  const goldChanges = cleanText(d.gold, ENGINE).changes.changes.length;

  const view = d.lang === 'en' ? reflow : (t: string) => t;
  const [draft, after, gold, goldAuto] = [d.draft, cleaned.text, d.gold, d.goldAuto].map(view);
  return {
    name: d.name,
    lang: d.lang,
    chars: d.draft.length,
    kinds,
    distance: {
      before: editDistance(draft, gold),
      after: editDistance(after, gold),
      beforeAuto: editDistance(draft, goldAuto),
      afterAuto: editDistance(after, goldAuto),
    },
    goldLength: gold.length,
    goldAutoLength: goldAuto.length,
    lookAlikes,
    strayChanges: stray.length,
    goldChanges,
    falsePositives,
    misses,
    changedLookAlikes,
    strays,
  };
}

function example(d: LabelledDraft, span: Span, kind: string, detail: string): Example {
  return {
    draft: d.name,
    kind,
    start: span.start,
    end: span.end,
    context: context(d.draft, span),
    detail,
  };
}

/** Sums per-kind counts over drafts. */
export function sumKinds(scores: readonly DraftScore[]): Map<FindingKind, KindCounts> {
  const total = new Map<FindingKind, KindCounts>();
  for (const s of scores) {
    for (const [kind, c] of Object.entries(s.kinds) as [FindingKind, KindCounts][]) {
      const t = total.get(kind) ?? emptyCounts();
      for (const key of Object.keys(t) as (keyof KindCounts)[]) t[key] += c[key];
      total.set(kind, t);
    }
  }
  return total;
}
