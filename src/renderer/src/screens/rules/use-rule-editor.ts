/**
 * The Rules screen's editing state: which tab, the search, the selected rule (or a new one), the
 * form's draft and the main side's problems with it, and saving and deleting.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleProblemView } from '../../../../shared/contract';
import { useServices } from '../../app/services';
import {
  EMPTY_DRAFT,
  draftOf,
  fieldsOf,
  filterRows,
  isChanged,
  keepSelection,
  rowsOf,
  type RuleDraft,
  type RuleRow,
  type RuleTab,
} from './model';
import type { RulesState } from './use-rules';

/** The editing state and its actions. */
export interface RuleEditor {
  readonly tab: RuleTab;
  readonly selectTab: (tab: RuleTab) => void;
  readonly search: string;
  readonly setSearch: (search: string) => void;
  /** Every row of the tab, and those the search keeps. */
  readonly rows: readonly RuleRow[];
  readonly shown: readonly RuleRow[];
  readonly selectedId: string | null;
  readonly select: (id: string) => void;
  /** The rule in the form: the selected row, or null for a new rule. */
  readonly row: RuleRow | null;
  readonly draft: RuleDraft;
  readonly setDraft: (draft: RuleDraft) => void;
  readonly changed: boolean;
  readonly problems: readonly RuleProblemView[];
  readonly setProblems: (problems: readonly RuleProblemView[]) => void;
  readonly busy: boolean;
  readonly startNew: () => void;
  readonly reset: () => void;
  /** Saves the form; true when saved. */
  readonly save: () => Promise<boolean>;
  readonly remove: (row: RuleRow) => Promise<void>;
}

/** The editing state over `rules`. */
export function useRuleEditor(rules: RulesState): RuleEditor {
  const { t } = useTranslation('rules');
  const { toasts } = useServices();
  const [tab, setTab] = useState<RuleTab>('replacement');
  const [search, setSearch] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [draft, setDraft] = useState<RuleDraft>(EMPTY_DRAFT);
  const [original, setOriginal] = useState<RuleDraft>(EMPTY_DRAFT);
  const [problems, setProblems] = useState<readonly RuleProblemView[]>([]);
  const [busy, setBusy] = useState(false);

  const rows = useMemo(() => (rules.view ? rowsOf(rules.view, tab) : []), [rules.view, tab]);
  const shown = useMemo(() => filterRows(rows, search), [rows, search]);
  const previous = useRef<readonly RuleRow[]>(shown);

  useEffect(() => {
    if (!creating) setSelectedId((id) => keepSelection(shown, previous.current, id));
    previous.current = shown;
  }, [shown, creating]);

  const row = creating ? null : (shown.find((r) => r.id === selectedId) ?? null);
  // The form follows the selected rule as stored (also after it was saved).
  const rowKey = row ? JSON.stringify(row) : `new:${tab}`;
  useEffect(() => {
    const next = row ? draftOf(row) : EMPTY_DRAFT;
    setDraft(next);
    setOriginal(next);
    setProblems([]);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rowKey stands for row
  }, [rowKey]);

  const selectTab = useCallback((next: RuleTab) => {
    setTab(next);
    setCreating(false);
    setSelectedId(null);
  }, []);
  const select = useCallback((id: string) => {
    setCreating(false);
    setSelectedId(id);
  }, []);
  const startNew = useCallback(() => {
    setCreating(true);
    setSelectedId(null);
    setDraft(EMPTY_DRAFT);
    setOriginal(EMPTY_DRAFT);
    setProblems([]);
  }, []);

  const save = async (): Promise<boolean> => {
    if (row?.builtIn) return false;
    setBusy(true);
    const outcome = await rules.save(tab, row ? row.id : null, fieldsOf(tab, draft));
    setBusy(false);
    if (!outcome) return false;
    if (!outcome.saved) {
      setProblems(outcome.problems);
      return false;
    }
    toasts.push('success', t(row ? 'form.saved' : 'form.added'));
    if (!row) setSearch('');
    setCreating(false);
    setSelectedId(outcome.entry.id);
    return true;
  };

  const remove = async (target: RuleRow) => {
    setBusy(true);
    const done = await rules.remove(target.kind, target.id);
    setBusy(false);
    if (done) toasts.push('success', t('confirmDelete.done'));
  };

  return {
    tab,
    selectTab,
    search,
    setSearch,
    rows,
    shown,
    selectedId: creating ? null : selectedId,
    select,
    row,
    draft,
    setDraft,
    changed: isChanged(tab, draft, original),
    problems,
    setProblems,
    busy,
    startNew,
    reset: () => {
      setDraft(original);
      setProblems([]);
    },
    save,
    remove,
  };
}
