/** The findings of one kind: a header with the count and accept/reject-all, then the items. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, FindingKind, Locale } from '../../../../core/finding';
import { useCommandTitle } from '../../keyboard/hooks';
import type { FindingContext } from './context';
import { FindingItem } from './FindingItem';
import type { ItemLabels } from './item-labels';
import { ShowMore } from './ShowMore';

/** Items rendered per group at first, and per "show more" (a long issue has thousands). */
const FIRST_PAGE = 30;
const PAGE = 100;

/** Props of one kind's group of findings. */
export interface FindingGroupProps {
  readonly kind: FindingKind;
  readonly findings: readonly Finding[];
  readonly activeId: string | null;
  readonly locale: Locale;
  readonly labels: ItemLabels;
  readonly contextOf: (finding: Finding) => FindingContext;
  readonly onSelect: (id: string) => void;
  readonly onAccept: (id: string) => void;
  readonly onReject: (id: string) => void;
  readonly onAcceptAll: (kind: FindingKind) => void;
  readonly onRejectAll: (kind: FindingKind) => void;
  /** Shown instead of the list of items (the misreadings' series). */
  readonly body?: ReactNode;
}

/** The findings of one kind, collapsible, a page at a time. */
export function FindingGroup(props: FindingGroupProps) {
  const { kind, findings, activeId, locale, contextOf } = props;
  const { t } = useTranslation('proofread');
  const title = useCommandTitle();
  const [open, setOpen] = useState(true);
  const [limit, setLimit] = useState(FIRST_PAGE);
  const activeIndex = findings.findIndex((f) => f.id === activeId);
  const shown = Math.max(limit, activeIndex + 1);
  const kindName = t(`kind.${kind}`, { ns: 'common' });

  return (
    <section
      className={`finding-group finding--${kind}`}
      data-testid="finding-group"
      data-kind={kind}
    >
      <header className="finding-group__header">
        <button
          type="button"
          className="finding-group__toggle"
          aria-expanded={open}
          aria-label={t('panel.toggle', { kind: kindName })}
          onClick={() => setOpen(!open)}
        >
          <span className="finding-group__chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span className="kind-chip" aria-hidden="true" />
          <span className="finding-group__name">{kindName}</span>
          <span className="finding-group__count" data-testid="finding-group-count">
            {findings.length}
          </span>
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          data-testid="finding-group-accept-all"
          title={title('findings.acceptKind')}
          onClick={() => props.onAcceptAll(kind)}
        >
          {t('panel.acceptAll')}
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          data-testid="finding-group-reject-all"
          title={title('findings.rejectKind')}
          onClick={() => props.onRejectAll(kind)}
        >
          {t('panel.rejectAll')}
        </button>
      </header>
      {open && props.body}
      {open && !props.body && (
        <ol className="finding-group__items">
          {findings.slice(0, shown).map((finding) => (
            <FindingItem
              key={finding.id}
              finding={finding}
              context={contextOf(finding)}
              active={finding.id === activeId}
              locale={locale}
              labels={props.labels}
              onSelect={props.onSelect}
              onAccept={props.onAccept}
              onReject={props.onReject}
            />
          ))}
          {findings.length > shown && (
            <ShowMore
              testId="finding-group-more"
              label={t('panel.showMore', { count: Math.min(PAGE, findings.length - shown) })}
              onClick={() => setLimit(shown + PAGE)}
            />
          )}
        </ol>
      )}
    </section>
  );
}
