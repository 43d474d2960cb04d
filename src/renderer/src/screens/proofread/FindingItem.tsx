/** One finding in the panel: the fix in its context, the engine's message, Accept and Reject. */
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Locale } from '../../../../core/finding';
import { useCommandTitle } from '../../keyboard/hooks';
import { ArchiveSourceButton } from '../archive/ArchiveSourceButton';
import type { FindingContext } from './context';

/** Props of one finding in the panel. */
export interface FindingItemProps {
  readonly finding: Finding;
  readonly context: FindingContext;
  readonly active: boolean;
  readonly locale: Locale;
  readonly onSelect: (id: string) => void;
  readonly onAccept: (id: string) => void;
  readonly onReject: (id: string) => void;
}

function FindingItemView({
  finding,
  context,
  active,
  locale,
  onSelect,
  onAccept,
  onReject,
}: FindingItemProps) {
  const { t } = useTranslation('proofread');
  const title = useCommandTitle();
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
              title={breaks ? t('item.lineBreaks', { count: breaks }) : undefined}
            >
              {context.removed}
            </del>
          )}
          {context.inserted && <ins className="finding__inserted">{context.inserted}</ins>}
          {context.after}
          {context.clippedAfter && '…'}
        </span>
        <span className="finding__message">{finding.message[locale]}</span>
      </button>
      <span className="finding__actions">
        <span className={`badge badge--${finding.confidence}`}>
          {t(`confidence.${finding.confidence}`, { ns: 'common' })}
        </span>
        <ArchiveSourceButton finding={finding} tabIndex={active ? 0 : -1} />
        <button
          type="button"
          className="button button--small button--accept"
          data-testid="finding-accept"
          tabIndex={active ? 0 : -1}
          title={title('findings.accept')}
          onClick={() => onAccept(finding.id)}
        >
          {t('item.accept')}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="finding-reject"
          tabIndex={active ? 0 : -1}
          title={title('findings.reject')}
          onClick={() => onReject(finding.id)}
        >
          {t('item.reject')}
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
    a.finding.id === b.finding.id &&
    a.finding.start === b.finding.start &&
    a.finding.end === b.finding.end &&
    a.context.before === b.context.before &&
    a.context.after === b.context.after &&
    a.context.removed === b.context.removed &&
    a.onSelect === b.onSelect,
);
