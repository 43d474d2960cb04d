/** Import progress ("2 / 5: name") and the files of the last run that did not go in. */
import { useTranslation } from 'react-i18next';
import { Progress } from '../../components/Progress';
import type { ImportProgress } from './import-queue';
import type { FailedImport } from './use-import';

export interface ImportStatusProps {
  readonly progress: ImportProgress | null;
  readonly failed: readonly FailedImport[];
  readonly onDismiss: () => void;
}

export function ImportStatus({ progress, failed, onDismiss }: ImportStatusProps) {
  const { t } = useTranslation('library');
  return (
    <div className="library__status">
      {progress && progress.done < progress.total && (
        <div className="library__progress" data-testid="library-import-progress">
          <Progress
            testId="library-import-progressbar"
            value={progress.done / progress.total}
            label={t('progress.label', {
              done: String(progress.done + 1),
              total: String(progress.total),
              name: progress.name,
            })}
          />
        </div>
      )}
      {failed.length > 0 && (
        <div className="import-failures" role="alert" data-testid="library-import-errors">
          <div className="import-failures__head">
            <strong>{t('result.failedTitle', { count: failed.length })}</strong>
            <button
              type="button"
              className="button button--quiet"
              data-testid="library-import-errors-dismiss"
              onClick={onDismiss}
            >
              {t('result.dismiss')}
            </button>
          </div>
          <ul>
            {failed.map((f, i) => (
              <li key={`${f.name}-${i}`} data-testid="library-import-error">
                {t('result.failedItem', { name: f.name, reason: f.reason })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
