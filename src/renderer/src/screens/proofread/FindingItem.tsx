/** One finding in the panel: the fix in its context, the engine's message, Accept and Reject. */
import { memo, useEffect, useRef } from 'react';
import type { Finding, Locale } from '../../../../core/finding';
import { ArchiveSourceButton } from '../archive/ArchiveSourceButton';
import type { FindingContext } from './context';
import type { ItemLabels } from './item-labels';

/** Props of one finding in the panel. */
export interface FindingItemProps {
  readonly finding: Finding;
  readonly context: FindingContext;
  readonly active: boolean;
  readonly locale: Locale;
  /** The panel's strings (`useItemLabels`). */
  readonly labels: ItemLabels;
  readonly onSelect: (id: string) => void;
  readonly onAccept: (id: string) => void;
  readonly onReject: (id: string) => void;
  /** A short note beside the badge (a misreading's OCR confidence). */
  readonly note?: string;
}

function FindingItemView({
  finding,
  context,
  active,
  locale,
  labels,
  onSelect,
  onAccept,
  onReject,
  note,
}: FindingItemProps) {
  const main = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const button = main.current;
    if (!active || !button) return;
    const box = button.getBoundingClientRect();
    const view = button.closest('.findings__groups')?.getBoundingClientRect();
    // Centre it when it is out of sight; leave the list alone when it already shows.
    if (!view || box.top < view.top + 32 || box.bottom > view.bottom) {
      button.scrollIntoView({ block: 'center' });
    }
  }, [active]);

  const breaks = /^⏎+$/.test(context.removed) ? context.removed.length : 0;
  return (
    <li
      className={`finding finding--${finding.kind}${active ? ' finding--active' : ''}`}
      data-testid="finding-item"
      data-finding-id={finding.id}
      data-kind={finding.kind}
      data-confidence={finding.confidence}
      aria-current={active ? 'true' : undefined}
    >
      <button
        ref={main}
        type="button"
        className="finding__main"
        tabIndex={-1}
        onClick={() => onSelect(finding.id)}
      >
        <span className="finding__context" data-testid="finding-context">
          {context.clippedBefore && '…'}
          {context.before}
          {context.removed && (
            <del
              className="finding__removed"
              title={breaks ? labels.lineBreaks(breaks) : undefined}
            >
              {context.removed}
            </del>
          )}
          {context.inserted && <ins className="finding__inserted">{context.inserted}</ins>}
          {context.checked && <mark className="finding__checked">{context.checked}</mark>}
          {context.after}
          {context.clippedAfter && '…'}
        </span>
        <span className="finding__message">{finding.message[locale]}</span>
      </button>
      <span className="finding__actions">
        {note && (
          <span className="finding__note" data-testid="finding-note">
            {note}
          </span>
        )}
        <span className={`badge badge--${finding.confidence}`}>
          {labels.confidence[finding.confidence]}
        </span>
        {finding.kind === 'archive-repeat' && (
          <ArchiveSourceButton finding={finding} tabIndex={active ? 0 : -1} onReject={onReject} />
        )}
        <button
          type="button"
          className="button button--small button--accept"
          data-testid="finding-accept"
          tabIndex={active ? 0 : -1}
          title={labels.acceptTitle}
          onClick={() => onAccept(finding.id)}
        >
          {labels.accept}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="finding-reject"
          tabIndex={active ? 0 : -1}
          title={labels.rejectTitle}
          onClick={() => onReject(finding.id)}
        >
          {labels.reject}
        </button>
      </span>
    </li>
  );
}

/** Re-renders only when its finding, context or activity changed. */
export const FindingItem = memo(
  FindingItemView,
  (a, b) =>
    a.active === b.active &&
    a.locale === b.locale &&
    a.labels === b.labels &&
    a.finding.id === b.finding.id &&
    a.finding.start === b.finding.start &&
    a.finding.end === b.finding.end &&
    a.context.before === b.context.before &&
    a.context.after === b.context.after &&
    a.context.removed === b.context.removed &&
    a.context.checked === b.context.checked &&
    a.note === b.note &&
    a.onSelect === b.onSelect,
);
