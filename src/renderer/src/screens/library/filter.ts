/**
 * The library's search, filters and sort: pure functions over the issue summaries, so the table
 * component only renders what these return.
 */
import type { IssueSummary } from '../../../../shared/contract';

/** An issue's status as the library filters it; `all` lets every status through. */
export type StatusFilter = IssueSummary['status'] | 'all';

/** Columns the table sorts by. */
export type SortKey = 'title' | 'publication' | 'date' | 'status' | 'openFindings' | 'lastEdit';

export interface LibraryQuery {
  /** Free text matched (case-insensitively) against title, publication, source file and date. */
  readonly search: string;
  readonly status: StatusFilter;
  /** A publication name, or '' for every publication. */
  readonly publication: string;
  /** true: only trashed issues (the trash view); false: only issues not in the trash. */
  readonly trash: boolean;
  readonly sort: SortKey;
  readonly descending: boolean;
}

/** The library's opening query: newest edit first, nothing filtered. */
export const DEFAULT_QUERY: LibraryQuery = {
  search: '',
  status: 'all',
  publication: '',
  trash: false,
  sort: 'lastEdit',
  descending: true,
};

/** Search terms separated by white space; each must occur somewhere in the issue. */
function terms(search: string): string[] {
  return search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

function haystack(issue: IssueSummary): string {
  return [issue.title, issue.publication, issue.sourceName, issue.date]
    .join('\n')
    .toLocaleLowerCase();
}

const STATUS_ORDER: Record<IssueSummary['status'], number> = {
  imported: 0,
  'in-progress': 1,
  cleaned: 2,
};

function compareBy(key: SortKey, a: IssueSummary, b: IssueSummary): number {
  switch (key) {
    case 'openFindings':
      return a.openFindings - b.openFindings;
    case 'status':
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    default:
      return a[key].localeCompare(b[key], 'zh-CN');
  }
}

/**
 * The issues the query lets through, sorted. Ties keep a stable order (by id) so the selection
 * does not jump around between refreshes.
 */
export function filterIssues(issues: readonly IssueSummary[], query: LibraryQuery): IssueSummary[] {
  const wanted = terms(query.search);
  const kept = issues.filter((issue) => {
    if (issue.trashed !== query.trash) return false;
    if (query.status !== 'all' && issue.status !== query.status) return false;
    if (query.publication && issue.publication !== query.publication) return false;
    if (wanted.length === 0) return true;
    const text = haystack(issue);
    return wanted.every((term) => text.includes(term));
  });
  const sign = query.descending ? -1 : 1;
  return kept.sort((a, b) => sign * compareBy(query.sort, a, b) || a.id.localeCompare(b.id));
}

/** The distinct non-empty publications among the issues, sorted, for the filter menu. */
export function publicationsOf(issues: readonly IssueSummary[]): string[] {
  const names = new Set(issues.map((i) => i.publication).filter(Boolean));
  return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** Clicking a column header: the same column flips direction, another one sorts ascending. */
export function toggleSort(query: LibraryQuery, key: SortKey): LibraryQuery {
  return query.sort === key
    ? { ...query, descending: !query.descending }
    : { ...query, sort: key, descending: key === 'lastEdit' || key === 'openFindings' };
}
