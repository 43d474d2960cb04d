/**
 * Batches as the screen runs them: a plan first; a confirmation when the plan deletes more than
 * a few characters or touches more than one paragraph; a progress bar painted before a long run;
 * then a one-line summary that names the undo ("已采纳 243 处 · Ctrl+Z 撤销").
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { useShortcut } from '../../keyboard/hooks';
import type { BatchPlan, BatchRequest } from './batch';
import type { ProofreadSession } from './session';

/** Batches deciding more findings than this paint a progress bar before they run. */
export const PROGRESS_ABOVE = 1000;

/** The batch waiting for confirmation, whether one is running, and how to start, run or drop. */
export interface BatchControl {
  readonly pending: BatchPlan | null;
  readonly running: boolean;
  /** Plans `request`; runs it at once unless it needs confirmation. */
  readonly request: (request: BatchRequest) => void;
  /** Runs the pending batch (planned again on the text as it now is). */
  readonly confirm: () => void;
  readonly cancel: () => void;
}

/** How long a batch's summary stays, in ms: long enough to read and use its undo hint. */
const SUMMARY_LIFETIME = 10_000;

/** Two animation frames: what was rendered before is on screen after them. */
const painted = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

/** The batch control of `session`. */
export function useBatch(session: ProofreadSession | null): BatchControl {
  const { t } = useTranslation('proofread');
  const { toasts } = useServices();
  const undo = useShortcut('edit.undo');
  const [pending, setPending] = useState<BatchPlan | null>(null);
  const [running, setRunning] = useState(false);

  const run = useCallback(
    async (request: BatchRequest, size: number) => {
      if (!session) return;
      if (size > PROGRESS_ABOVE) {
        setRunning(true);
        await painted();
      }
      try {
        const count = session.runBatch(request);
        const key = request.action === 'accept' ? 'batch.accepted' : 'batch.rejected';
        if (count > 0) toasts.push('success', t(key, { count, undo }), SUMMARY_LIFETIME);
        else toasts.push('info', t('batch.nothing'));
      } finally {
        setRunning(false);
        session.focus();
      }
    },
    [session, toasts, t, undo],
  );

  const request = useCallback(
    (batch: BatchRequest) => {
      if (!session) return;
      const plan = session.planBatch(batch);
      if (plan.findings.length === 0) toasts.push('info', t('batch.nothing'));
      else if (plan.needsConfirm) setPending(plan);
      else void run(batch, plan.findings.length);
    },
    [session, toasts, t, run],
  );

  const confirm = useCallback(() => {
    if (!pending) return;
    setPending(null);
    void run({ action: pending.action, scope: pending.scope }, pending.findings.length);
  }, [pending, run]);

  const cancel = useCallback(() => {
    setPending(null);
    session?.focus();
  }, [session]);

  return { pending, running, request, confirm, cancel };
}
