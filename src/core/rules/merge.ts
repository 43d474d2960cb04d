/**
 * Combining rule lists on import: an imported list either replaces the current one or is merged
 * into it, an imported entry replacing the current entry with the same key (same pattern, regex
 * flag and scope for a replacement; same term; same phrase) and every other one added.
 */
import type { Formulation, ProtectedTerm, ReplacementRule, RuleList } from './types';

/** How an import combines with the current list. */
export type MergeMode = 'merge' | 'replace';

/** The combined list and what changed. */
export interface MergeOutcome {
  readonly list: RuleList;
  /** Entries that were not in the current list. */
  readonly added: number;
  /** Entries of the current list replaced by an imported one with the same key. */
  readonly updated: number;
  /** Entries of the current list dropped (replace mode only). */
  readonly removed: number;
}

/** The key that makes two replacements the same rule. */
export function replacementKey(rule: Pick<ReplacementRule, 'find' | 'regex' | 'scope'>): string {
  return `${rule.regex}\u0000${rule.scope}\u0000${rule.find}`;
}

/**
 * Combines `incoming` with `current` (`mode` says how). `starter` is taken from
 * `incomingStarter` when given, else kept. A merged entry that replaces a current one keeps the
 * current id, so the Rules screen's selection survives a re-import. Validate the result before
 * saving it: an imported id may clash with another entry's.
 */
export function mergeRuleLists(
  current: RuleList,
  incoming: RuleList,
  mode: MergeMode,
  incomingStarter?: boolean,
): MergeOutcome {
  const starter = incomingStarter ?? current.starter;
  if (mode === 'replace') {
    const keys = allKeys(incoming);
    const before = allKeys(current);
    const kept = [...before].filter((k) => keys.has(k)).length;
    return {
      list: { ...incoming, starter },
      added: keys.size - kept,
      updated: kept,
      removed: before.size - kept,
    };
  }
  let added = 0;
  let updated = 0;
  const combine = <T extends { readonly id: string }>(
    mine: readonly T[],
    theirs: readonly T[],
    keyOf: (entry: T) => string,
  ): T[] => {
    const out = [...mine];
    const at = new Map(mine.map((entry, i) => [keyOf(entry), i]));
    for (const entry of theirs) {
      const i = at.get(keyOf(entry));
      if (i === undefined) {
        at.set(keyOf(entry), out.length);
        out.push(entry);
        added++;
      } else {
        out[i] = { ...entry, id: out[i].id };
        updated++;
      }
    }
    return out;
  };
  const list: RuleList = {
    schema: current.schema,
    starter,
    replacements: combine<ReplacementRule>(
      current.replacements,
      incoming.replacements,
      replacementKey,
    ),
    protected: combine<ProtectedTerm>(current.protected, incoming.protected, (t) => t.term),
    formulations: combine<Formulation>(
      current.formulations,
      incoming.formulations,
      (f) => f.phrase,
    ),
  };
  return { list, added, updated, removed: 0 };
}

function allKeys(list: RuleList): Set<string> {
  return new Set([
    ...list.replacements.map((r) => `r\u0000${replacementKey(r)}`),
    ...list.protected.map((t) => `p\u0000${t.term}`),
    ...list.formulations.map((f) => `f\u0000${f.phrase}`),
  ]);
}
