/**
 * The versions screen's data: the issue's versions (newest first), the two picked for the
 * comparison (by default the imported version against the latest), and their Comparison.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Comparison } from '../../../../core/compare';
import type { VersionInfo } from '../../../../shared/contract';
import { useApi, useCall } from '../../app/services';

export interface Picks {
  readonly old: string | null;
  readonly new: string | null;
}

export interface VersionsData {
  /** Newest first; null while loading. */
  readonly versions: readonly VersionInfo[] | null;
  readonly picks: Picks;
  readonly pick: (side: 'old' | 'new', versionId: string) => void;
  readonly setPicks: (picks: Picks) => void;
  /** The comparison of the picks; null while loading or when there is nothing to compare. */
  readonly comparison: Comparison | null;
  readonly comparing: boolean;
  readonly reload: () => Promise<void>;
}

/** The default comparison: the imported version (oldest) against the latest. */
export function defaultPicks(newestFirst: readonly VersionInfo[]): Picks {
  if (newestFirst.length === 0) return { old: null, new: null };
  return { old: newestFirst[newestFirst.length - 1].id, new: newestFirst[0].id };
}

export function useVersions(issueId: string | null): VersionsData {
  const api = useApi();
  const call = useCall();
  const [versions, setVersions] = useState<readonly VersionInfo[] | null>(null);
  const [picks, setPicks] = useState<Picks>({ old: null, new: null });
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [comparing, setComparing] = useState(false);

  const reload = useCallback(async () => {
    if (!issueId) return;
    const list = await call(api.versions.list({ issueId }));
    if (!list) return;
    const newestFirst = [...list].sort((a, b) => b.number - a.number);
    setVersions(newestFirst);
    setPicks(defaultPicks(newestFirst));
  }, [api, call, issueId]);

  useEffect(() => {
    setVersions(null);
    void reload();
  }, [reload]);

  useEffect(() => {
    setComparison(null);
    if (!issueId || !picks.old || !picks.new || picks.old === picks.new) return;
    let live = true;
    setComparing(true);
    void call(
      api.versions.compare({ issueId, oldVersionId: picks.old, newVersionId: picks.new }),
    ).then((result) => {
      if (!live) return;
      setComparing(false);
      if (result) setComparison(result);
    });
    return () => {
      live = false;
      setComparing(false);
    };
  }, [api, call, issueId, picks.old, picks.new]);

  const pick = useCallback(
    (side: 'old' | 'new', versionId: string) => setPicks((p) => ({ ...p, [side]: versionId })),
    [],
  );

  return { versions, picks, pick, setPicks, comparison, comparing, reload };
}
