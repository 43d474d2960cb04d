/**
 * Trying the form's rule (`rules.test`): against the open issue's latest version or a pasted
 * text. A rule the main side refuses hands its problems to the form instead of a result; a
 * result is stale once the form's rule differs from the one tried.
 */
import { useEffect, useState } from 'react';
import type { RuleProblemView } from '../../../../shared/contract';
import { useApi, useCall } from '../../app/services';
import { fieldsOf, type RuleDraft, type RuleTab } from './model';
import type { TestOutcome } from './RuleTestPanel';

/** The test panel's state and its run. */
export interface RuleTest {
  readonly target: 'issue' | 'text';
  readonly setTarget: (target: 'issue' | 'text') => void;
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly outcome: TestOutcome | null;
  readonly stale: boolean;
  readonly busy: boolean;
  readonly run: () => Promise<void>;
}

/** The test of the rule `draft` of kind `tab`; `issue` is the open issue (id and title). */
export function useRuleTest(
  tab: RuleTab,
  draft: RuleDraft,
  issue: { readonly id: string; readonly title: string } | null,
  onProblems: (problems: readonly RuleProblemView[]) => void,
): RuleTest {
  const api = useApi();
  const call = useCall();
  // The open issue unless the editor chose the pasted text (or no issue is open).
  const [chosen, setTarget] = useState<'issue' | 'text' | null>(null);
  const target = issue === null ? 'text' : (chosen ?? 'issue');
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const [triedKey, setTriedKey] = useState('');
  const [busy, setBusy] = useState(false);
  const key = JSON.stringify([tab, fieldsOf(tab, draft)]);

  // Another tab is another rule altogether: its old result would mislead.
  useEffect(() => setOutcome(null), [tab]);

  const run = async () => {
    const rule = fieldsOf(tab, draft);
    const onIssue = target === 'issue' && issue !== null;
    if (!onIssue && text.trim() === '') return;
    setBusy(true);
    const result = await call(
      api.rules.test(onIssue ? { kind: tab, rule, issueId: issue.id } : { kind: tab, rule, text }),
    );
    setBusy(false);
    if (!result) return;
    if (!result.valid) {
      setOutcome(null);
      onProblems(result.problems);
      return;
    }
    onProblems([]);
    setTriedKey(key);
    setOutcome({
      hits: result.hits,
      truncated: result.truncated,
      where: onIssue ? issue.title : null,
    });
  };

  return {
    target,
    setTarget,
    text,
    setText,
    outcome,
    stale: outcome !== null && triedKey !== key,
    busy,
    run,
  };
}
