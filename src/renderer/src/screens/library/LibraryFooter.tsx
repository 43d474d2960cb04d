/** The library's footer: actions on the selected issue and the keyboard summary. */
import { useTranslation } from 'react-i18next';
import type { IssueSummary } from '../../../../shared/contract';

export interface LibraryFooterProps {
  readonly selected: IssueSummary | null;
  readonly trash: boolean;
  readonly onOpen: (issue: IssueSummary) => void;
  readonly onTrash: (issue: IssueSummary) => void;
  readonly onRestore: (issue: IssueSummary) => void;
  readonly onEdit: (issue: IssueSummary) => void;
  /** The File › Import shortcut as the menu shows it. */
  readonly importKeys: string;
}

export function LibraryFooter(props: LibraryFooterProps) {
  const { selected, trash, onOpen, onTrash, onRestore, onEdit, importKeys } = props;
  const { t } = useTranslation('library');
  return (
    <footer className="library__footer">
      {selected && !trash && (
        <>
          <button
            type="button"
            className="button"
            data-testid="library-open"
            title={`${t('action.open')}（Enter）`}
            onClick={() => onOpen(selected)}
          >
            {t('action.open')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="library-edit"
            title={`${t('action.edit')}（F2）`}
            onClick={() => onEdit(selected)}
          >
            {t('action.edit')}
          </button>
          <button
            type="button"
            className="button button--danger"
            data-testid="library-trash"
            title={`${t('action.trash')}（Delete）`}
            onClick={() => onTrash(selected)}
          >
            {t('action.trash')}
          </button>
        </>
      )}
      {selected && trash && (
        <button
          type="button"
          className="button"
          data-testid="library-restore"
          title={`${t('action.restore')}（Enter）`}
          onClick={() => onRestore(selected)}
        >
          {t('action.restore')}
        </button>
      )}
      <span className="library__keys">
        {t(trash ? 'keys.helpTrash' : 'keys.help', { import: importKeys })}
      </span>
    </footer>
  );
}
