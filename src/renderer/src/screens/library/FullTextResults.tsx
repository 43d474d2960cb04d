/**
 * Full-text search across the library: the issues whose latest version contains what the search
 * box holds (case- and width-insensitive: "," finds "，"), with how often and the first places.
 * Asked for a moment after typing stops; a result opens its issue.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextSearchResult } from '../../../../shared/contract';
import { useApi, useCall } from '../../app/services';

/** How long typing must pause before the texts are searched, in milliseconds. */
const PAUSE_MS = 250;
/** The shortest query searched in the texts (one character finds everything). */
const MIN_QUERY = 2;

export interface FullTextResultsProps {
  readonly query: string;
  readonly onOpen: (issueId: string) => void;
}

export function FullTextResults({ query, onOpen }: FullTextResultsProps) {
  const { t } = useTranslation('library');
  const api = useApi();
  const call = useCall();
  const wanted = query.trim();
  const [results, setResults] = useState<{
    query: string;
    found: readonly TextSearchResult[];
  } | null>(null);

  useEffect(() => {
    if (wanted.length < MIN_QUERY) return;
    let live = true;
    const timer = setTimeout(() => {
      void call(api.library.search({ query: wanted })).then((found) => {
        if (live && found) setResults({ query: wanted, found });
      });
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, call, wanted]);

  if (wanted.length < MIN_QUERY || results === null || results.query !== wanted) return null;
  const total = results.found.reduce((sum, r) => sum + r.count, 0);
  return (
    <section className="fulltext" data-testid="library-fulltext" aria-live="polite">
      <h2 className="fulltext__title">
        {t('fulltext.title', {
          query: wanted,
          issues: String(results.found.length),
          places: String(total),
        })}
      </h2>
      <ol className="fulltext__list">
        {results.found.map(({ issue, count, hits }) => (
          <li key={issue.id}>
            <button
              type="button"
              className="fulltext__hit"
              data-testid="library-fulltext-hit"
              data-issue-id={issue.id}
              onClick={() => onOpen(issue.id)}
            >
              <span className="fulltext__issue">
                {issue.title || t('untitled')}
                <span className="fulltext__meta">
                  {[issue.publication, issue.date].filter(Boolean).join(' · ')}
                  {' · '}
                  {t('fulltext.count', { count })}
                </span>
              </span>
              {hits.map((hit) => (
                <span key={hit.start} className="fulltext__context">
                  …{hit.before}
                  <mark>{hit.match}</mark>
                  {hit.after}…
                </span>
              ))}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
