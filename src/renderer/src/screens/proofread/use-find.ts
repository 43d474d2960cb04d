/**
 * The find panel's state: the query, its hits in the current text (recomputed after edits, a
 * little later while typing), the highlight in the editor, and the replace actions.
 */
import { useEffect, useMemo, useState } from 'react';
import { EMPTY_FIND, findHits, type FindOptions, type HitList } from './find';
import type { ProofreadSession } from './session';

const NO_HITS: HitList = { hits: [], total: 0, valid: false };

/** The find panel's state and actions. */
export interface FindState {
  readonly options: FindOptions;
  readonly setOptions: (patch: Partial<FindOptions>) => void;
  readonly result: HitList;
  /** Index of the hit last shown with Enter, for "next hit". */
  readonly cursor: number;
  readonly showNext: (direction: 1 | -1) => void;
  readonly replaceOne: (index: number) => void;
  /** Replaces every hit as one undoable edit; returns how many. */
  readonly replaceAll: () => number;
}

/** The find panel's state for `session`, refreshed when `docVersion` changes. */
export function useFind(session: ProofreadSession, docVersion: number): FindState {
  const [options, setAll] = useState<FindOptions>(EMPTY_FIND);
  const [cursor, setCursor] = useState(-1);
  const [result, setResult] = useState<HitList>(NO_HITS);

  useEffect(() => {
    if (!options.search) {
      setResult(NO_HITS);
      return;
    }
    const timer = setTimeout(() => setResult(findHits(session.view.state, options)), 60);
    return () => clearTimeout(timer);
  }, [session, options, docVersion]);

  useEffect(() => {
    session.highlight(options);
  }, [session, options]);
  useEffect(() => () => session.highlight(null), [session]);

  return useMemo<FindState>(
    () => ({
      options,
      setOptions: (patch) => {
        setAll((current) => ({ ...current, ...patch }));
        setCursor(-1);
      },
      result,
      cursor,
      showNext: (direction) => {
        const { hits } = result;
        if (hits.length === 0) return;
        const next = (cursor + direction + hits.length) % hits.length;
        setCursor(next);
        session.reveal(hits[next].from, hits[next].to);
      },
      replaceOne: (index) => {
        const hit = result.hits[index];
        if (hit) session.replaceOne(options, hit.from, hit.to);
      },
      replaceAll: () => {
        const count = result.total;
        return session.replaceAll(options) ? count : 0;
      },
    }),
    [session, options, result, cursor],
  );
}
