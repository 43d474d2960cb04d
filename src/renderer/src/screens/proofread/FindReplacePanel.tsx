/**
 * Find and replace across the issue, with a preview of every hit (context, match → replacement).
 * Enter / Shift+Enter show the next / previous hit; Escape closes and returns to the text.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import type { ProofreadSession } from './session';
import { useFind } from './use-find';

/** Props of the find and replace panel. */
export interface FindReplacePanelProps {
  readonly session: ProofreadSession;
  readonly docVersion: number;
  /** Which field gets the focus: the search (Ctrl+F) or the replacement (Ctrl+H). */
  readonly focus: 'find' | 'replace';
  /** Changes each time the panel is asked for again, to refocus it. */
  readonly request: number;
  readonly onClose: () => void;
}

/** The find and replace panel above the text (data-testid="find-panel"). */
export function FindReplacePanel({
  session,
  docVersion,
  focus,
  request,
  onClose,
}: FindReplacePanelProps) {
  const { t } = useTranslation('proofread');
  const { toasts } = useServices();
  const find = useFind(session, docVersion);
  const { options, result } = find;
  const searchRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const field = focus === 'replace' ? replaceRef.current : searchRef.current;
    field?.focus();
    field?.select();
  }, [focus, request]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (
      event.key === 'Enter' &&
      event.target instanceof HTMLInputElement &&
      event.target.type === 'text'
    ) {
      event.preventDefault();
      find.showNext(event.shiftKey ? -1 : 1);
    }
  };

  const replaceAll = () => {
    const count = find.replaceAll();
    if (count > 0) toasts.push('success', t('find.replacedAll', { count }));
  };

  const status = !options.search
    ? ''
    : !result.valid
      ? t('find.invalid')
      : result.total === 0
        ? t('find.none')
        : t('find.count', { count: result.total });

  return (
    <section
      className="find-panel"
      aria-label={t('find.title')}
      data-testid="find-panel"
      onKeyDown={onKeyDown}
    >
      <div className="find-panel__fields">
        <input
          ref={searchRef}
          className="input"
          type="text"
          aria-label={t('find.search')}
          placeholder={t('find.search')}
          value={options.search}
          data-testid="find-input"
          onChange={(e) => find.setOptions({ search: e.target.value })}
        />
        <input
          ref={replaceRef}
          className="input"
          type="text"
          aria-label={t('find.replace')}
          placeholder={t('find.replace')}
          value={options.replace}
          data-testid="replace-input"
          onChange={(e) => find.setOptions({ replace: e.target.value })}
        />
        <button
          type="button"
          className="button"
          data-testid="find-replace-all"
          disabled={result.total === 0}
          onClick={replaceAll}
        >
          {t('find.replaceAll')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          aria-label={t('find.close')}
          title={t('find.close')}
          data-testid="find-close"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <div className="find-panel__options">
        {(['caseSensitive', 'wholeWord', 'regexp'] as const).map((name) => (
          <label key={name} className="check">
            <input
              type="checkbox"
              checked={options[name]}
              data-testid={`find-${name}`}
              onChange={(e) => find.setOptions({ [name]: e.target.checked })}
            />
            {t(`find.${name}`)}
          </label>
        ))}
        <span className="find-panel__status" data-testid="find-count" role="status">
          {status}
          {result.hits.length < result.total &&
            ` · ${t('find.listed', { count: result.hits.length })}`}
        </span>
      </div>
      {result.hits.length > 0 && (
        <ol className="find-panel__hits" data-testid="find-hits">
          {result.hits.map((hit, index) => (
            <li
              key={`${hit.from}-${hit.to}`}
              className={`hit${index === find.cursor ? ' hit--current' : ''}`}
              data-testid="find-hit"
            >
              <button
                type="button"
                className="hit__main"
                onClick={() => session.reveal(hit.from, hit.to)}
              >
                <span className="hit__context">{hit.before}</span>
                <del className="hit__match">{hit.match}</del>
                {options.replace !== '' || hit.replacement !== '' ? (
                  <ins className="hit__replacement">{hit.replacement}</ins>
                ) : null}
                <span className="hit__context">{hit.after}</span>
              </button>
              <button
                type="button"
                className="button button--small"
                data-testid="find-hit-replace"
                onClick={() => find.replaceOne(index)}
              >
                {t('find.replaceOne')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
