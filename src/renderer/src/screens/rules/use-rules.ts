/**
 * The Rules screen's conversation with the workspace: the rule lists, and every change to them
 * (save, delete, the starter switch, import), each answered with the lists as stored. Failures
 * show as toast sentences (`useCall`); a rule the main side refused comes back as problems.
 */
import { useCallback, useEffect, useState } from 'react';
import type {
  Request,
  RuleEntry,
  RuleProblemView,
  RulesImportResult,
  RulesView,
} from '../../../../shared/contract';
import { useApi, useCall } from '../../app/services';
import type { RuleTab } from './model';

/** What saving a rule came to: the entry as stored, or the problems to show in the form. */
export type SaveOutcome =
  | { readonly saved: true; readonly entry: RuleEntry }
  | { readonly saved: false; readonly problems: readonly RuleProblemView[] }
  | null;

/** The rules and the changes the screen can make. */
export interface RulesState {
  /** The lists as stored; null until loaded. */
  readonly view: RulesView | null;
  readonly save: (
    kind: RuleTab,
    id: string | null,
    rule: Request<'rules.save'>['rule'],
  ) => Promise<SaveOutcome>;
  readonly remove: (kind: RuleTab, id: string) => Promise<boolean>;
  readonly setStarter: (on: boolean) => Promise<void>;
  readonly importFile: (mode: 'merge' | 'replace') => Promise<RulesImportResult | undefined>;
}

/** Loads the workspace's rules and keeps them as the main side last answered. */
export function useRules(onChanged: () => void): RulesState {
  const api = useApi();
  const call = useCall();
  const [view, setView] = useState<RulesView | null>(null);

  useEffect(() => {
    let live = true;
    void call(api.rules.list({})).then((loaded) => live && loaded && setView(loaded));
    return () => {
      live = false;
    };
  }, [api, call]);

  const adopt = useCallback(
    (next: RulesView) => {
      setView(next);
      onChanged();
    },
    [onChanged],
  );

  const save = useCallback<RulesState['save']>(
    async (kind, id, rule) => {
      const result = await call(api.rules.save({ kind, rule, ...(id !== null && { id }) }));
      if (!result) return null;
      if (!result.saved) return result;
      adopt(result.rules);
      return { saved: true, entry: result.entry };
    },
    [api, call, adopt],
  );

  const remove = useCallback<RulesState['remove']>(
    async (kind, id) => {
      const next = await call(api.rules.delete({ kind, id }));
      if (next) adopt(next);
      return next !== undefined;
    },
    [api, call, adopt],
  );

  const setStarter = useCallback<RulesState['setStarter']>(
    async (on) => {
      const next = await call(api.rules.setStarter({ on }));
      if (next) adopt(next);
    },
    [api, call, adopt],
  );

  const importFile = useCallback<RulesState['importFile']>(
    async (mode) => {
      const result = await call(api.rules.import({ mode }));
      if (result) adopt(result.rules);
      return result;
    },
    [api, call, adopt],
  );

  return { view, save, remove, setStarter, importFile };
}
