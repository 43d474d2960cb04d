/** After an export: the folder and each file written. */
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../../shared/contract';

export interface ExportDoneProps {
  readonly result: ExportResult;
  readonly onClose: () => void;
  readonly onAgain: () => void;
}

export function ExportDone({ result, onClose, onAgain }: ExportDoneProps) {
  const { t } = useTranslation('export');
  return (
    <div className="export-done" data-testid="export-result">
      <p className="export-done__title">{t('done.title', { count: result.files.length })}</p>
      <p className="export-done__folder" data-testid="export-folder">
        {t('done.folder', { folder: result.folder })}
      </p>
      <ul className="export-done__files">
        {result.files.map((file) => (
          <li key={file} data-testid="export-file">
            {file}
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button" data-testid="export-again" onClick={onAgain}>
          {t('action.again')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="export-close"
          autoFocus
          onClick={onClose}
        >
          {t('action.close')}
        </button>
      </div>
    </div>
  );
}
