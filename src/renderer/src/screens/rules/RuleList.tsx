/**
 * One tab's rules as a list box: ↑/↓ (Home/End) choose a rule, Enter edits it, Delete deletes
 * it. Long lists show a page at a time (a workspace may hold ten thousand rules).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleRow } from './model';

/** Rows drawn at first, and per "show more". */
const PAGE = 300;

/** Props of a tab's rule list. */
export interface RuleListProps {
  readonly rows: readonly RuleRow[];
  readonly selectedId: string | null;
  /** True when the tab has rules but the search hides them all. */
  readonly filtered: boolean;
  readonly onSelect: (id: string) => void;
  readonly onEdit: () => void;
  readonly onDelete: (row: RuleRow) => void;
}

/** The rules of one tab; the list takes the focus as a whole. */
export function RuleList({
  rows,
  selectedId,
  filtered,
  onSelect,
  onEdit,
  onDelete,
}: RuleListProps) {
  const { t } = useTranslation('rules');
  const [limit, setLimit] = useState(PAGE);
  const listRef = useRef<HTMLUListElement>(null);
  const at = rows.findIndex((r) => r.id === selectedId);
  const shown = Math.max(limit, at + 1);

  useEffect(() => {
    if (!selectedId) return;
    const item = listRef.current?.querySelector<HTMLElement>(
      `[data-rule-id="${CSS.escape(selectedId)}"]`,
    );
    item?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const move = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (row) onSelect(row.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(rows.length - 1);
    else if (event.key === 'PageDown') move(at + 10);
    else if (event.key === 'PageUp') move(at - 10);
    else if (event.key === 'Enter' && at >= 0) onEdit();
    else if ((event.key === 'Delete' || event.key === 'Backspace') && at >= 0) {
      if (!rows[at].builtIn) onDelete(rows[at]);
    } else return;
    event.preventDefault();
  };

  if (rows.length === 0) {
    return (
      <p className="rule-list__empty" data-testid="rules-empty">
        {t(filtered ? 'list.noMatch' : 'list.empty')}
      </p>
    );
  }
  return (
    <>
      <ul
        ref={listRef}
        className="rule-list"
        role="listbox"
        tabIndex={0}
        aria-label={t('list.label')}
        aria-activedescendant={at >= 0 ? `rule-${rows[at].id}` : undefined}
        data-testid="rules-list"
        onKeyDown={onKeyDown}
      >
        {rows.slice(0, shown).map((row) => (
          <li
            key={row.id}
            id={`rule-${row.id}`}
            role="option"
            aria-selected={row.id === selectedId}
            className={`rule-row${row.id === selectedId ? ' is-selected' : ''}${row.builtIn ? ' is-built-in' : ''}`}
            data-testid="rules-row"
            data-rule-id={row.id}
            onClick={() => onSelect(row.id)}
            onDoubleClick={onEdit}
          >
            <span className="rule-row__line">
              <span className="rule-row__match">{row.match}</span>
              {row.kind === 'replacement' && (
                <>
                  <span className="rule-row__arrow" aria-hidden="true">
                    →
                  </span>
                  <span className="rule-row__replace">{row.replace}</span>
                </>
              )}
              <span className="rule-row__badges">
                {row.regex && <span className="badge badge--plain">{t('list.regex')}</span>}
                {row.kind === 'replacement' && row.scope === 'word' && (
                  <span className="badge badge--plain">{t('list.word')}</span>
                )}
                {row.safe && <span className="badge badge--safe">{t('list.safe')}</span>}
                {row.builtIn && <span className="badge badge--muted">{t('list.builtIn')}</span>}
              </span>
            </span>
            {row.note && <span className="rule-row__note">{row.note}</span>}
          </li>
        ))}
      </ul>
      {rows.length > shown && (
        <button
          type="button"
          className="button button--small button--ghost rule-list__more"
          data-testid="rules-more"
          onClick={() => setLimit(shown + PAGE)}
        >
          {`… ${rows.length - shown}`}
        </button>
      )}
    </>
  );
}
