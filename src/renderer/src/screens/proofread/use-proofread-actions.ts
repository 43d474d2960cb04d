/** Saving, recovering and discarding from the screen, with the toasts that report them. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportError, useServices } from '../../app/services';
import type { ProofreadSession } from './session';

/** Save, recover and discard, as the screen offers them. */
export interface ProofreadActions {
  /** Saves a version with `message`; the working copy stays in the editor if that fails. */
  readonly save: (message: string) => Promise<void>;
  readonly recover: () => void;
  readonly discard: () => Promise<void>;
}

/** The actions for `session`; `onHeadChanged` learns the saved version. */
export function useProofreadActions(
  session: ProofreadSession | null,
  onHeadChanged: (versionId: string) => void,
): ProofreadActions {
  const { t } = useTranslation('proofread');
  const { toasts } = useServices();
  const report = useReportError();

  const save = useCallback(
    async (message: string) => {
      if (!session) return;
      try {
        const version = await session.save(message);
        toasts.push('success', t('save.done', { number: String(version.number) }));
        onHeadChanged(version.id);
      } catch (error) {
        report(error);
      }
    },
    [session, toasts, t, report, onHeadChanged],
  );

  const recover = useCallback(() => {
    if (!session) return;
    session.recover();
    toasts.push('info', t('recovery.recovered'));
    session.focus();
  }, [session, toasts, t]);

  const discard = useCallback(async () => {
    if (!session) return;
    try {
      await session.discardRecovered();
      toasts.push('info', t('recovery.discarded'));
      session.focus();
    } catch (error) {
      report(error);
    }
  }, [session, toasts, t, report]);

  return { save, recover, discard };
}
