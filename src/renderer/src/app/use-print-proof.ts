/**
 * File › 打印校样 (Ctrl+P): the proof sheet of the version the editor works on, printed to PDF by
 * the desktop (Electron's printToPDF) into a folder the editor chooses; the file is named in a
 * toast.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall, useServices } from './services';

/** Prints the proof sheet of `versionId`; undefined while no issue is open. */
export function usePrintProof(
  issueId: string | null,
  versionId: string | null,
): (() => void) | undefined {
  const { api, toasts } = useServices();
  const call = useCall();
  const { t } = useTranslation();
  const print = useCallback(() => {
    if (!issueId || !versionId) return;
    toasts.push('info', t('print.working'));
    void call(api.export.proofPdf({ issueId, versionId })).then((printed) => {
      if (printed) toasts.push('success', t('print.done', { file: printed.files.join('、') }));
    });
  }, [api, call, issueId, versionId, t, toasts]);
  return issueId && versionId ? print : undefined;
}
