/** The library's toolbar: search, status and publication filters, import, and the trash switch. */
import type { KeyboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueSummary } from '../../../../shared/contract';
import type { LibraryQuery, StatusFilter } from './filter';

export interface LibraryToolbarProps {
  readonly query: LibraryQuery;
  readonly onQuery: (query: LibraryQuery) => void;
  readonly publications: readonly string[];
  readonly searchRef: RefObject<HTMLInputElement | null>;
  /** Called when the editor leaves the search box with ↓ or Enter: the table takes over. */
  readonly onSearchDone: () => void;
  readonly onImport: () => void;
  readonly importTitle: string;
  readonly importing: boolean;
  readonly trashCount: number;
}

const STATUSES: readonly IssueSummary['status'][] = ['imported', 'in-progress', 'cleaned'];

export function LibraryToolbar(props: LibraryToolbarProps) {
  const { query, onQuery, publications, searchRef, onSearchDone } = props;
  const { t } = useTranslation('library');

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter') {
      event.preventDefault();
      onSearchDone();
    } else if (event.key === 'Escape' && query.search) {
      event.preventDefault();
      onQuery({ ...query, search: '' });
    }
  };

  return (
    <div className="library-toolbar" role="toolbar" aria-label={t('title')}>
      <input
        ref={searchRef}
        type="search"
        className="input library-toolbar__search"
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        title={t('search.hint')}
        value={query.search}
        data-testid="library-search"
        onChange={(e) => onQuery({ ...query, search: e.target.value })}
        onKeyDown={onSearchKey}
      />
      <select
        className="select"
        aria-label={t('filter.status')}
        value={query.status}
        data-testid="library-filter-status"
        onChange={(e) => onQuery({ ...query, status: e.target.value as StatusFilter })}
      >
        <option value="all">{t('filter.allStatuses')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
      <select
        className="select"
        aria-label={t('filter.publication')}
        value={query.publication}
        data-testid="library-filter-publication"
        onChange={(e) => onQuery({ ...query, publication: e.target.value })}
      >
        <option value="">{t('filter.allPublications')}</option>
        {publications.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
      <span className="library-toolbar__spacer" />
      <button
        type="button"
        className={`button${query.trash ? ' is-pressed' : ''}`}
        aria-pressed={query.trash}
        data-testid="library-trash-toggle"
        onClick={() => onQuery({ ...query, trash: !query.trash })}
      >
        {query.trash ? t('action.showLibrary') : `${t('action.showTrash')} (${props.trashCount})`}
      </button>
      <button
        type="button"
        className="button button--primary"
        title={props.importTitle}
        disabled={props.importing}
        data-testid="library-import"
        onClick={props.onImport}
      >
        {t('action.import')}
      </button>
    </div>
  );
}
