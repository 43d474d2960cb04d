/**
 * The findings panel: open findings grouped by kind (in the engine's kind order) with counts;
 * the misreadings as series of the same misread form (SeriesList).
 * The list takes the keyboard focus as a whole (F6), so it keeps it while findings come and go:
 * ↑/↓ move between findings, Enter shows the active one in the text, Alt+Enter / Alt+Delete
 * decide it.
 */
import type { Text } from '@codemirror/state';
import { memo, useCallback, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FINDING_KINDS, type Finding, type FindingKind } from '../../../../core/finding';
import { currentLocale } from '../../i18n';
import { useCommandTitle } from '../../keyboard/hooks';
import type { BatchRequest } from './batch';
import { findingContext } from './context';
import { FindingGroup } from './FindingGroup';
import { SeriesList } from './SeriesList';
import { useCorrectForms, useOcrWords } from './use-series';
import { useItemLabels } from './item-labels';
import type { ProofreadSession } from './session';

/** Props of the findings panel. */
export interface FindingsPanelProps {
  readonly session: ProofreadSession;
  /** The open findings (SessionSnapshot.findings) and the text their offsets point into. */
  readonly findings: readonly Finding[];
  readonly text: Text;
  readonly activeId: string | null;
  readonly analysing: boolean;
  /** Plans a batch and runs it (after confirmation where it needs one); a stable function. */
  readonly onBatch: (request: BatchRequest) => void;
}

function FindingsPanelView(props: FindingsPanelProps) {
  const { session, findings, text, activeId, analysing, onBatch } = props;
  const { t, i18n } = useTranslation('proofread');
  const locale = currentLocale(i18n);
  const labels = useItemLabels();
  const title = useCommandTitle();
  const groups = useMemo(() => {
    const byKind = new Map<FindingKind, Finding[]>();
    for (const f of findings) {
      const list = byKind.get(f.kind);
      if (list) list.push(f);
      else byKind.set(f.kind, [f]);
    }
    return FINDING_KINDS.filter((k) => byKind.has(k)).map((k) => [k, byKind.get(k) ?? []] as const);
  }, [findings]);

  // Contexts come from the text the list was made from, so they match the list's offsets even
  // after edits elsewhere (the list is rebuilt when its findings change).
  const contextOf = useCallback((finding: Finding) => findingContext(text, finding), [text]);
  const select = useCallback((id: string) => session.select(id), [session]);
  const accept = useCallback((id: string) => session.accept(id), [session]);
  const reject = useCallback((id: string) => session.reject(id), [session]);
  const acceptAll = useCallback(
    (kind: FindingKind) => onBatch({ action: 'accept', scope: { kind } }),
    [onBatch],
  );
  const rejectAll = useCallback(
    (kind: FindingKind) => onBatch({ action: 'reject', scope: { kind } }),
    [onBatch],
  );
  const safe = findings.some((f) => f.confidence === 'safe');
  const misreadings = groups.find(([kind]) => kind === 'misreading')?.[1];
  const words = useOcrWords(session, text, misreadings !== undefined);
  const correct = useCorrectForms(session);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown') session.step(1);
    else if (event.key === 'ArrowUp') session.step(-1);
    else if (event.key === 'Enter' && event.target === event.currentTarget && activeId) {
      session.select(activeId, true);
    } else return;
    event.preventDefault();
  };

  return (
    <aside
      className="findings"
      aria-label={t('panel.title')}
      data-testid="findings-panel"
      onKeyDown={onKeyDown}
    >
      <header className="findings__header">
        <h2 className="findings__title">{t('panel.title')}</h2>
        <span className="findings__total" data-testid="findings-total">
          {t('panel.total', { count: findings.length })}
        </span>
        <button
          type="button"
          className="button button--small findings__safe"
          data-testid="findings-accept-safe"
          disabled={!safe}
          title={title('findings.acceptSafe')}
          onClick={() => onBatch({ action: 'accept', scope: 'safe' })}
        >
          {t('panel.acceptSafe')}
        </button>
      </header>
      <div
        className="findings__groups"
        tabIndex={0}
        aria-label={t('panel.title')}
        data-testid="findings-list"
        onKeyDown={onKeyDown}
      >
        {groups.length === 0 && (
          <p className="findings__empty" data-testid="findings-empty">
            {analysing ? t('analysing') : t('panel.empty')}
          </p>
        )}
        {groups.map(([kind, findings]) => (
          <FindingGroup
            key={kind}
            kind={kind}
            findings={findings}
            activeId={activeId}
            locale={locale}
            labels={labels}
            contextOf={contextOf}
            onSelect={select}
            onAccept={accept}
            onReject={reject}
            onAcceptAll={acceptAll}
            onRejectAll={rejectAll}
            body={
              kind === 'misreading' && (
                <SeriesList
                  findings={findings}
                  text={text}
                  words={words}
                  activeId={activeId}
                  locale={locale}
                  labels={labels}
                  contextOf={contextOf}
                  onSelect={select}
                  onAccept={accept}
                  onReject={reject}
                  onBatch={onBatch}
                  onCorrect={correct}
                />
              )
            }
          />
        ))}
      </div>
    </aside>
  );
}

/** Re-renders only when the findings, the active one or the analysis state changed. */
export const FindingsPanel = memo(FindingsPanelView);
