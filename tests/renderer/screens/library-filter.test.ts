import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUERY,
  filterIssues,
  publicationsOf,
  toggleSort,
  type LibraryQuery,
} from '../../../src/renderer/src/screens/library/filter';
import type { IssueSummary } from '../../../src/shared/contract';

function issue(id: string, over: Partial<IssueSummary> = {}): IssueSummary {
  return {
    id,
    title: `标题 ${id}`,
    publication: '衡阳日报',
    date: '2020-03-05',
    sourceName: `${id}.txt`,
    format: 'txt',
    encoding: 'utf-8',
    versionCount: 1,
    openFindings: 0,
    lastEdit: '2026-01-01T00:00:00.000Z',
    status: 'imported',
    trashed: false,
    ...over,
  };
}

const LIBRARY = [
  issue('a', { title: '我市确定今年脱贫攻坚工作目标', openFindings: 262 }),
  issue('b', {
    publication: 'The Times',
    title: 'Budget day',
    date: '1999-01-02',
    status: 'cleaned',
  }),
  issue('c', { trashed: true, title: '旧稿' }),
  issue('d', { status: 'in-progress', lastEdit: '2026-02-01T00:00:00.000Z', openFindings: 3 }),
];
const ids = (list: IssueSummary[]) => list.map((i) => i.id);

describe('library filter', () => {
  it('shows issues outside the trash, newest edit first, by default', () => {
    expect(ids(filterIssues(LIBRARY, DEFAULT_QUERY))).toEqual(['d', 'a', 'b']);
  });

  it('shows only trashed issues in the trash view', () => {
    expect(ids(filterIssues(LIBRARY, { ...DEFAULT_QUERY, trash: true }))).toEqual(['c']);
  });

  it('matches every search term, case-insensitively, in title, publication, file and date', () => {
    const search = (s: string) => ids(filterIssues(LIBRARY, { ...DEFAULT_QUERY, search: s }));
    expect(search('脱贫')).toEqual(['a']);
    expect(search('times budget')).toEqual(['b']);
    expect(search('1999-01')).toEqual(['b']);
    expect(search('d.txt')).toEqual(['d']);
    expect(search('times 脱贫')).toEqual([]);
  });

  it('filters by status and publication', () => {
    expect(ids(filterIssues(LIBRARY, { ...DEFAULT_QUERY, status: 'cleaned' }))).toEqual(['b']);
    expect(ids(filterIssues(LIBRARY, { ...DEFAULT_QUERY, publication: '衡阳日报' }))).toEqual([
      'd',
      'a',
    ]);
  });

  it('sorts by a column and flips on a second click', () => {
    const byFindings = toggleSort(DEFAULT_QUERY, 'openFindings');
    expect(ids(filterIssues(LIBRARY, byFindings))).toEqual(['a', 'd', 'b']);
    expect(ids(filterIssues(LIBRARY, toggleSort(byFindings, 'openFindings')))).toEqual([
      'b',
      'd',
      'a',
    ]);
  });

  it('lists each publication once, in Chinese collation order, without blanks', () => {
    expect(publicationsOf([...LIBRARY, issue('e', { publication: '' })])).toEqual([
      '衡阳日报',
      'The Times',
    ]);
  });

  it('keeps a subset of its input, never an issue from the wrong side of the trash', () => {
    const arbIssue = fc.record({
      id: fc.uuid(),
      title: fc.string(),
      publication: fc.constantFrom('', 'A', 'B'),
      trashed: fc.boolean(),
      status: fc.constantFrom('imported', 'in-progress', 'cleaned' as const),
      openFindings: fc.nat(),
    });
    const arbQuery = fc.record({
      search: fc.string({ maxLength: 3 }),
      status: fc.constantFrom('all', 'imported', 'in-progress', 'cleaned' as const),
      publication: fc.constantFrom('', 'A', 'B'),
      trash: fc.boolean(),
      sort: fc.constantFrom(
        'title',
        'publication',
        'date',
        'status',
        'openFindings',
        'lastEdit' as const,
      ),
      descending: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbIssue, { maxLength: 20 }), arbQuery, (parts, query) => {
        const all = parts.map((p) => issue(p.id, p as Partial<IssueSummary>));
        const shown = filterIssues(all, query as LibraryQuery);
        expect(shown.every((i) => all.includes(i) && i.trashed === query.trash)).toBe(true);
        expect(new Set(ids(shown)).size).toBe(shown.length);
      }),
    );
  });
});
