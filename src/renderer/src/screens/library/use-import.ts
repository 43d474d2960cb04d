/**
 * The library's import: files picked in the native dialog (`library.chooseFiles` then
 * `library.importChosen` per file) or dropped on the window (read as base64, then
 * `library.importBytes`), one after another with progress, failures kept as sentences.
 */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChosenFile, IssueSummary } from '../../../../shared/contract';
import { sentenceOf, unwrap } from '../../api';
import { useApi, useCall, useServices } from '../../app/services';
import { currentLocale } from '../../i18n';
import { formatBytes } from './format';
import {
  MAX_DRAFT_BYTES,
  refuseDrop,
  runImports,
  type ImportFailure,
  type ImportOutcome,
  type ImportProgress,
} from './import-queue';
import { readAsBase64 } from './read-file';

/** A failure already worded for the editor (a guard in the renderer, not the main side). */
class RefusedFile extends Error {}

/** A failed file as the library lists it. */
export interface FailedImport {
  readonly name: string;
  readonly reason: string;
}

export interface LibraryImport {
  /** Progress of the running import, or null when idle. */
  readonly progress: ImportProgress | null;
  /** Files of the last run that did not go in. */
  readonly failed: readonly FailedImport[];
  readonly clearFailed: () => void;
  /** Opens the native file dialog and imports what the editor picks. */
  readonly importChosen: () => Promise<void>;
  /** Imports files dropped on the window. */
  readonly importDropped: (files: readonly File[]) => Promise<void>;
}

/**
 * The import runner. `onDone` gets the issues that went in and whether every file did.
 */
export function useImport(
  onDone: (imported: readonly IssueSummary[], complete: boolean) => void,
): LibraryImport {
  const api = useApi();
  const call = useCall();
  const { toasts } = useServices();
  const { t, i18n } = useTranslation('library');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [failed, setFailed] = useState<readonly FailedImport[]>([]);
  const busy = useRef(false);

  const finish = useCallback(
    ({ imported, failures }: ImportOutcome) => {
      const locale = currentLocale(i18n);
      const reason = (f: ImportFailure) =>
        f.error instanceof RefusedFile ? f.error.message : sentenceOf(f.error, locale);
      setFailed(failures.map((f) => ({ name: f.name, reason: reason(f) })));
      setProgress(null);
      if (imported.length > 0) {
        toasts.push('success', t('result.imported', { count: imported.length }));
      }
      onDone(imported, failures.length === 0);
    },
    [i18n, t, toasts, onDone],
  );

  const run = useCallback(
    async (start: () => Promise<ImportOutcome | undefined>) => {
      if (busy.current) return;
      busy.current = true;
      try {
        const outcome = await start();
        if (outcome) finish(outcome);
      } finally {
        busy.current = false;
        setProgress(null);
      }
    },
    [finish],
  );

  const importChosen = useCallback(
    () =>
      run(async () => {
        const chosen = await call(api.library.chooseFiles({}));
        if (!chosen || chosen.length === 0) return undefined;
        setFailed([]);
        return runImports(
          chosen,
          (file: ChosenFile) => file.name,
          (file) => unwrap(api.library.importChosen({ token: file.token })),
          setProgress,
        );
      }),
    [api, call, run],
  );

  const importDropped = useCallback(
    (files: readonly File[]) =>
      run(async () => {
        if (files.length === 0) return undefined;
        setFailed([]);
        const locale = currentLocale(i18n);
        return runImports(
          files,
          (file) => file.name,
          async (file) => {
            const refusal = refuseDrop(file.size);
            if (refusal === 'tooLarge') {
              const size = formatBytes(file.size, locale);
              const limit = formatBytes(MAX_DRAFT_BYTES, locale);
              throw new RefusedFile(t('drop.tooLarge', { size, limit }));
            }
            if (refusal === 'empty') throw new RefusedFile(t('drop.empty'));
            const base64 = await readAsBase64(file).catch(() => {
              throw new RefusedFile(t('drop.unreadable'));
            });
            return unwrap(api.library.importBytes({ name: file.name, base64 }));
          },
          setProgress,
        );
      }),
    [api, i18n, run, t],
  );

  return { progress, failed, clearFailed: () => setFailed([]), importChosen, importDropped };
}
