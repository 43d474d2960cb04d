/**
 * Decision rows: an editor's accept or reject of a finding id, at most one per (issue, finding)
 * in the index, the latest winning.
 */
import type { DecisionInput } from './repository';
import type { DecisionRow } from './schema';

/** Rows for `decisions`, all stamped now; `versionId` is the version made with them, if any. */
export function decisionRows(
  issueId: string,
  decisions: readonly DecisionInput[],
  versionId: string | null,
): DecisionRow[] {
  const decided = new Date().toISOString();
  return decisions.map((d) => ({
    issueId,
    findingId: d.findingId,
    decision: d.decision,
    decided,
    versionId,
  }));
}

/** `existing` with the rows for the same (issue, finding) as `incoming` replaced by those. */
export function mergeDecisions(
  existing: readonly DecisionRow[],
  incoming: readonly DecisionRow[],
): DecisionRow[] {
  if (incoming.length === 0) return [...existing];
  const key = (d: DecisionRow): string => `${d.issueId}\u0000${d.findingId}`;
  const keys = new Set(incoming.map(key));
  const kept = existing.filter((d) => !keys.has(key(d)));
  const latest = new Map(incoming.map((d) => [key(d), d]));
  return [...kept, ...latest.values()];
}
