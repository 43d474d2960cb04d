/**
 * The Proofread screen: the issue's text in the editor, its findings beside it, find and replace,
 * the original on demand, and saving. It stays mounted while other screens show (`active`
 * false), so the editor and its history survive; its shortcuts work only while it shows.
 */
import { useDeferredValue, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingKind } from '../../../../core/finding';
import { Progress } from '../../components/Progress';
import { ArchiveSourceSlot } from '../archive/archive-source';
import { BatchDialog } from './BatchDialog';
import { EditorPane } from './EditorPane';
import { FindingsPanel } from './FindingsPanel';
import { FindReplacePanel } from './FindReplacePanel';
import { OriginalPane } from './OriginalPane';
import { ScanPane } from './scan/ScanPane';
import { ProofHeader } from './ProofHeader';
import { RecoveryBanner } from './RecoveryBanner';
import { SaveDialog } from './SaveDialog';
import { StatusBar } from './StatusBar';
import { useBatch } from './use-batch';
import { useProofreadActions } from './use-proofread-actions';
import { useServices } from '../../app/services';
import { useProofreadCommands } from './use-proofread-commands';
import { useProofreadSession, useSnapshot } from './use-session';
import './proofread.css';

/** Props the app gives the Proofread screen. */
export interface ProofreadScreenProps {
  /** The open issue, or null (the screen then invites to open one). */
  readonly issueId: string | null;
  /** Changes whenever the issue must be read again (after a restore). */
  readonly load: number;
  /** True while this screen is the one showing. */
  readonly active: boolean;
  readonly disabledKinds: readonly FindingKind[];
  /** Changes whenever the workspace's rules change (the issue is then analysed again). */
  readonly editorial?: number;
  /** The version the editor's text is based on (on open and after each save). */
  readonly onHeadChanged: (versionId: string) => void;
  readonly onShowLibrary: () => void;
}

/** The Proofread screen (data-testid="screen-proofread"). */
export function ProofreadScreen(props: ProofreadScreenProps) {
  const { issueId, load, active, disabledKinds, onHeadChanged } = props;
  const { t } = useTranslation('proofread');
  const { toasts } = useServices();
  const { session, issue, loading } = useProofreadSession(
    issueId,
    load,
    disabledKinds,
    props.editorial,
  );
  const snapshot = useSnapshot(session);
  // The findings list follows a step behind, in a render React may interrupt: a fresh analysis
  // re-lists thousands of findings, and a keystroke must not wait for that. The editor's marks
  // are drawn by the editor itself, at once. Another issue's list is never shown meanwhile. The
  // round attributes below name what the list shows.
  const deferred = useDeferredValue(snapshot);
  const listed = deferred.serial === snapshot.serial ? deferred : snapshot;
  const actions = useProofreadActions(session, onHeadChanged);
  const batch = useBatch(session);
  const [saveOpen, setSaveOpen] = useState(false);
  const [find, setFind] = useState<{ mode: 'find' | 'replace'; request: number } | null>(null);
  const [showOriginal, setShowOriginal] = useState(false);
  const [showScan, setShowScan] = useState(false);
  const hasPages = issue ? ['alto', 'page', 'hocr'].includes(issue.format) : false;

  useEffect(() => {
    if (session) onHeadChanged(session.baseVersionId);
  }, [session, onHeadChanged]);
  useEffect(() => {
    if (active) session?.focus();
  }, [active, session]);

  const openFind = (mode: 'find' | 'replace') =>
    setFind((current) => ({ mode, request: (current?.request ?? 0) + 1 }));
  const toggleFocus = () => {
    const list = document.querySelector<HTMLElement>('[data-testid="findings-list"]');
    if (!session?.view.hasFocus || !list) return session?.focus();
    if (!snapshot.activeId) session.step(1);
    list.focus();
  };
  useProofreadCommands(session, active, {
    openSave: () => setSaveOpen(true),
    openFind,
    toggleOriginal: () => setShowOriginal((shown) => !shown),
    toggleScan: () => setShowScan((shown) => !shown),
    toggleFocus,
    batch: batch.request,
    wrapped: (direction) =>
      toasts.push(
        'info',
        t(direction === 1 ? 'navigation.wrappedFirst' : 'navigation.wrappedLast'),
      ),
  });

  return (
    <section
      className="proofread"
      data-testid="screen-proofread"
      hidden={!active}
      // Which findings show (session, round) and whether they are the current text's: tests
      // wait on these instead of guessing how long an analysis takes.
      data-findings-round={session ? `${listed.serial}.${listed.findingsRound}` : undefined}
      data-findings-current={session ? String(listed.findingsCurrent) : undefined}
    >
      {!issueId && (
        <div className="empty-state" data-testid="proofread-empty">
          <h1>{t('empty.title')}</h1>
          <p>{t('empty.hint')}</p>
          <button type="button" className="button button--primary" onClick={props.onShowLibrary}>
            {t('empty.open')}
          </button>
        </div>
      )}
      {loading && <Progress label={t('opening')} testId="proofread-loading" />}
      {session && issue && (
        <>
          {snapshot.recovered && (
            <RecoveryBanner
              savedAt={snapshot.recovered.savedAt}
              onRecover={actions.recover}
              onDiscard={() => void actions.discard()}
            />
          )}
          <div className="proofread__body">
            <FindingsPanel
              session={session}
              findings={listed.findings}
              text={listed.findingsText}
              activeId={listed.activeId}
              analysing={listed.analysing}
              onBatch={batch.request}
            />
            <div className="proofread__main">
              <ProofHeader
                issue={issue}
                dirty={snapshot.dirty}
                showOriginal={showOriginal}
                onSave={() => setSaveOpen(true)}
                onFind={() => openFind('find')}
                onToggleOriginal={() => setShowOriginal(!showOriginal)}
                showScan={showScan}
                onToggleScan={hasPages ? () => setShowScan(!showScan) : undefined}
              />
              {find && (
                <FindReplacePanel
                  session={session}
                  docVersion={snapshot.docVersion}
                  focus={find.mode}
                  request={find.request}
                  onClose={() => {
                    setFind(null);
                    session.focus();
                  }}
                />
              )}
              <div
                className={`proofread__panes${showOriginal ? ' proofread__panes--split' : ''}${showScan ? ' proofread__panes--scan' : ''}`}
              >
                <EditorPane session={session} />
                {showOriginal && (
                  <OriginalPane
                    load={session.original}
                    lowConfidence={session.lowConfidenceWords}
                    editor={session.view}
                  />
                )}
                {showScan && (
                  <ScanPane
                    session={session}
                    docVersion={snapshot.docVersion}
                    activeId={snapshot.activeId}
                  />
                )}
                <ArchiveSourceSlot />
              </div>
            </div>
          </div>
          <StatusBar snapshot={snapshot} />
          {batch.pending && (
            <BatchDialog plan={batch.pending} onConfirm={batch.confirm} onCancel={batch.cancel} />
          )}
          {batch.running && (
            <div className="batch__running">
              <Progress label={t('batch.running')} testId="batch-progress" />
            </div>
          )}
          {saveOpen && (
            <SaveDialog
              onCancel={() => setSaveOpen(false)}
              onSave={(message) => {
                setSaveOpen(false);
                void actions.save(message);
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
