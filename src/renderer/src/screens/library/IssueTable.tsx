/**
 * The library's table of issues. One row is selected; the table takes the keyboard: ↑ ↓ Home
 * End PageUp PageDown move, Enter opens (restores in the trash), Delete moves to the trash.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueSummary } from '../../../../shared/contract';
import { currentLocale } from '../../i18n';
import type { LibraryQuery, SortKey } from './filter';
import { formatTime } from './format';

export interface IssueTableProps {
  readonly issues: readonly IssueSummary[];
  readonly query: LibraryQuery;
  readonly selectedId: string | null;
  /** The issue open in Proofread, marked in the table. */
  readonly currentIssueId: string | null;
  readonly onSelect: (issueId: string) => void;
  /** Enter or double click: open (library) or restore (trash). */
  readonly onActivate: (issue: IssueSummary) => void;
  /** Delete: ask to move to the trash (library only). */
  readonly onDelete: (issue: IssueSummary) => void;
  readonly onSort: (key: SortKey) => void;
}

const COLUMNS: readonly { key: SortKey | 'versions'; numeric?: boolean }[] = [
  { key: 'title' },
  { key: 'publication' },
  { key: 'date' },
  { key: 'status' },
  { key: 'openFindings', numeric: true },
  { key: 'lastEdit' },
  { key: 'versions', numeric: true },
];

const PAGE = 10;

export function IssueTable(props: IssueTableProps) {
  const { issues, query, selectedId, currentIssueId, onSelect, onActivate, onDelete, onSort } =
    props;
  const { t, i18n } = useTranslation('library');
  const locale = currentLocale(i18n);
  const body = useRef<HTMLTableSectionElement>(null);
  const index = issues.findIndex((i) => i.id === selectedId);

  useEffect(() => {
    const row = body.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    row?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const move = (to: number) => {
    if (issues.length === 0) return;
    onSelect(issues[Math.min(issues.length - 1, Math.max(0, to))].id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = index >= 0 ? issues[index] : undefined;
    const steps: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index < 0 ? 0 : index - 1,
      Home: 0,
      End: issues.length - 1,
      PageDown: index + PAGE,
      PageUp: index - PAGE,
    };
    if (event.key in steps) move(steps[event.key]);
    else if (event.key === 'Enter' && current) onActivate(current);
    else if ((event.key === 'Delete' || event.key === 'Backspace') && current) onDelete(current);
    else return;
    event.preventDefault();
  };

  const sortMark = (key: SortKey) => (query.sort === key ? (query.descending ? ' ▾' : ' ▴') : '');

  return (
    <div className="issue-table">
      <table
        tabIndex={0}
        role="grid"
        aria-label={t(query.trash ? 'trashTitle' : 'title')}
        aria-activedescendant={selectedId ? `issue-row-${selectedId}` : undefined}
        data-testid="library-table"
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            {COLUMNS.map(({ key, numeric }) => (
              <th
                key={key}
                className={`issue-table__col--${key}${numeric ? ' is-numeric' : ''}`}
                aria-sort={
                  query.sort === key ? (query.descending ? 'descending' : 'ascending') : undefined
                }
              >
                {key === 'versions' ? (
                  t('column.versions')
                ) : (
                  <button
                    type="button"
                    tabIndex={-1}
                    className="issue-table__sort"
                    data-testid={`library-sort-${key}`}
                    onClick={() => onSort(key)}
                  >
                    {t(`column.${key}`)}
                    {sortMark(key)}
                  </button>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={body}>
          {issues.map((issue) => (
            <tr
              key={issue.id}
              id={`issue-row-${issue.id}`}
              role="row"
              aria-selected={issue.id === selectedId}
              className={issue.id === currentIssueId ? 'is-current' : undefined}
              data-testid="library-row"
              data-issue-id={issue.id}
              onClick={() => onSelect(issue.id)}
              onDoubleClick={() => onActivate(issue)}
            >
              <td className="issue-table__title" title={issue.sourceName}>
                <span className="issue-table__name">{issue.title || t('untitled')}</span>
                <span className="issue-table__source">{issue.sourceName}</span>
              </td>
              <td>{issue.publication}</td>
              <td className="is-mono">{issue.date}</td>
              <td>
                <span className={`status-badge status-badge--${issue.status}`}>
                  {t(`status.${issue.status}`)}
                </span>
              </td>
              <td className={`is-numeric${issue.openFindings > 0 ? ' has-findings' : ''}`}>
                {issue.openFindings}
              </td>
              <td className="is-mono">{formatTime(issue.lastEdit, locale)}</td>
              <td className="is-numeric">{issue.versionCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
