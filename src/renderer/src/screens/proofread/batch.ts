/**
 * Batch decisions (accept or reject every finding of a kind, accept every safe fix) as a plan
 * the editor sees before anything happens: how many findings, of which kinds, how many
 * characters go and come, how many paragraphs are touched, and the first places in context.
 * A plan that deletes more than a few characters or touches more than one paragraph asks for
 * confirmation first (one click must never silently take out two thirds of an issue).
 *
 * Offsets are UTF-16 code units into the editor's document.
 */
import type { Text } from '@codemirror/state';
import type { Finding, FindingKind } from '../../../../core/finding';
import { findingContext, type FindingContext } from './context';
import { seriesForm, seriesKey } from './series';

/**
 * What a batch acts on: the open findings of one kind (of one misreading series when `series`
 * names its key, `seriesKey`), or every safe one.
 */
export type BatchScope = { readonly kind: FindingKind; readonly series?: string } | 'safe';

/** A batch: accept or reject the findings of a scope. */
export interface BatchRequest {
  readonly action: 'accept' | 'reject';
  readonly scope: BatchScope;
}

/** What a batch will do, computed on the text as it is. */
export interface BatchPlan extends BatchRequest {
  /** The findings it decides (for accept: those that fit together), document order. */
  readonly findings: readonly Finding[];
  /** Findings per kind, in the order they were met. */
  readonly perKind: readonly (readonly [FindingKind, number])[];
  /** Characters the fixes delete and insert (UTF-16 code units). */
  readonly removed: number;
  readonly inserted: number;
  /** Paragraphs (blocks between blank-line-free line breaks) whose text the fixes change. */
  readonly paragraphs: number;
  /** The first places, in context. */
  readonly places: readonly FindingContext[];
  /** True when the editor must confirm before it runs. */
  readonly needsConfirm: boolean;
}

/** More characters than this deleted in one batch asks for confirmation. */
export const CONFIRM_REMOVED = 10;
/** Places a plan shows. */
export const PLACES_SHOWN = 5;

/** How many distinct lines (paragraphs) the spans of `findings` touch in `doc`. */
function touchedParagraphs(doc: Text, findings: readonly Finding[]): number {
  let count = 0;
  let lastLine = -1;
  for (const f of findings) {
    const first = doc.lineAt(f.start).number;
    const last = doc.lineAt(f.end).number;
    // Findings come in document order, so a line already counted is at most `lastLine`.
    const from = Math.max(first, lastLine + 1);
    if (last >= from) count += last - from + 1;
    lastLine = Math.max(lastLine, last);
  }
  return count;
}

/**
 * The plan of `request` over `findings` (for accept: the findings that fit together, as
 * `compatibleFindings` takes them; for reject: every finding in scope), in `doc`.
 */
export function planBatch(
  request: BatchRequest,
  findings: readonly Finding[],
  doc: Text,
): BatchPlan {
  const perKind = new Map<FindingKind, number>();
  let removed = 0;
  let inserted = 0;
  for (const f of findings) {
    perKind.set(f.kind, (perKind.get(f.kind) ?? 0) + 1);
    if (request.action === 'accept') {
      removed += f.end - f.start;
      inserted += f.replacement.length;
    }
  }
  const paragraphs = request.action === 'accept' ? touchedParagraphs(doc, findings) : 0;
  return {
    ...request,
    findings,
    perKind: [...perKind],
    removed,
    inserted,
    paragraphs,
    places: findings.slice(0, PLACES_SHOWN).map((f) => findingContext(doc, f, 12)),
    needsConfirm:
      request.action === 'accept' && (removed - inserted > CONFIRM_REMOVED || paragraphs > 1),
  };
}

/** Whether a finding is in `scope` (`doc`: the text its offsets point into). */
export function inScope(scope: BatchScope, finding: Finding, doc: Text): boolean {
  if (scope === 'safe') return finding.confidence === 'safe';
  if (finding.kind !== scope.kind) return false;
  if (scope.series === undefined) return true;
  const form = seriesForm(finding, doc);
  return seriesKey(form.from, form.to) === scope.series;
}
