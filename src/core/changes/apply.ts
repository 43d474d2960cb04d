/**
 * Applying findings: turn accepted findings into one change set, resolving overlaps
 * deterministically, and produce the new text.
 */
import { analyseDocument } from '../analyse';
import { createDocument, normalizeText } from '../document/document';
import type { AnalyseOptions } from '../detectors/detector';
import { compareSpans, type Finding } from '../finding';
import { ChangeSet } from './changeset';

export interface Applied {
  readonly text: string;
  readonly changes: ChangeSet;
  /** The findings that went into `changes`, in document order. */
  readonly applied: readonly Finding[];
  /** Findings dropped because they overlapped one applied earlier. */
  readonly skipped: readonly Finding[];
}

/**
 * Applies `findings` to `text` (already normalized). Overlaps resolve in document order: a
 * finding that overlaps one already taken is skipped; at the same start the kind listed first in
 * FINDING_KINDS wins. Two insertions at one point, or an insertion touching a replacement, count
 * as overlapping, so the result never depends on input order.
 */
export function applyFindings(text: string, findings: readonly Finding[]): Applied {
  const ordered = [...findings].sort((a, b) => compareSpans(a, b) || a.id.localeCompare(b.id));
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  let lastEnd = -1;
  let lastWasPoint = false;
  for (const f of ordered) {
    const touches =
      f.start < lastEnd || (f.start === lastEnd && (lastWasPoint || f.start === f.end));
    if (touches) {
      skipped.push(f);
      continue;
    }
    applied.push(f);
    lastEnd = f.end;
    lastWasPoint = f.start === f.end;
  }
  const changes = ChangeSet.of(
    applied.map((f) => ({ from: f.start, to: f.end, insert: f.replacement })),
    text.length,
  );
  return { text: changes.apply(text), changes, applied, skipped };
}

export interface Cleaned {
  readonly text: string;
  /** Every change from the normalized input to `text`, composed. */
  readonly changes: ChangeSet;
  /** Every safe finding applied, pass by pass, each against the text of its own pass. */
  readonly applied: readonly Finding[];
  readonly passes: number;
}

/** The most passes a clean makes before it stops (fixes that enable other fixes). */
const MAX_PASSES = 4;

/**
 * Applies every safe finding, re-analysing until no safe finding is left (or MAX_PASSES), so
 * that cleaning a cleaned text changes nothing. `analyse` replaces the engine's own analysis
 * with these options (the workspace passes one with its rules, archive and rejected findings).
 */
export function cleanText(
  raw: string,
  options: AnalyseOptions = {},
  analyse: (text: string) => readonly Finding[] = (text) =>
    analyseDocument(createDocument(text), options),
): Cleaned {
  const start = normalizeText(raw);
  let changes = ChangeSet.empty(start.length);
  const applied: Finding[] = [];
  const { text, passes } = cleanPasses(start, analyse, (result) => {
    changes = changes.compose(result.changes);
    // A loop, not push(...): a spread of 130,000 findings overflows the call stack.
    for (const finding of result.applied) applied.push(finding);
  });
  return { text, changes, applied, passes };
}

/**
 * As `cleanText`, keeping only the clean text and how many fixes went into it: the findings and
 * the composed changes of a 200 MB draft (millions of each) are never held at once.
 */
export function cleanToText(
  raw: string,
  options: AnalyseOptions = {},
): { readonly text: string; readonly fixes: number; readonly passes: number } {
  let fixes = 0;
  const analyse = (text: string) => analyseDocument(createDocument(text), options);
  const { text, passes } = cleanPasses(normalizeText(raw), analyse, (result) => {
    fixes += result.applied.length;
  });
  return { text, fixes, passes };
}

/** The passes of a clean over normalized `text`; `onPass` sees each pass's result. */
function cleanPasses(
  text: string,
  analyse: (text: string) => readonly Finding[],
  onPass: (result: Applied) => void,
): { text: string; passes: number } {
  let passes = 0;
  while (passes < MAX_PASSES) {
    const safe = analyse(text).filter((f) => f.confidence === 'safe');
    if (safe.length === 0) break;
    passes++;
    const result = applyFindings(text, safe);
    onPass(result);
    text = result.text;
  }
  return { text, passes };
}
