/** The workspace's issues (trashed ones included), loaded from `library.list` and reloadable. */
import { useCallback, useEffect, useState } from 'react';
import type { IssueSummary } from '../../../../shared/contract';
import { useApi, useCall } from '../../app/services';

export interface LibraryData {
  /** null until the first load finishes. */
  readonly issues: readonly IssueSummary[] | null;
  /** Reads the list again; resolves when it is in. */
  readonly reload: () => Promise<void>;
}

export function useLibrary(): LibraryData {
  const api = useApi();
  const call = useCall();
  const [issues, setIssues] = useState<readonly IssueSummary[] | null>(null);

  const reload = useCallback(async () => {
    const list = await call(api.library.list({ includeTrashed: true }));
    if (list) setIssues(list);
  }, [api, call]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { issues, reload };
}
