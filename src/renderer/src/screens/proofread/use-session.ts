/**
 * Opens an issue (`issue.open`) and keeps a ProofreadSession for it while the screen shows that
 * issue; disposing the session (another issue, a reload, leaving) autosaves the working copy.
 */
import { Text } from '@codemirror/state';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingKind } from '../../../../core/finding';
import type { IssueSummary, StoppedRule } from '../../../../shared/contract';
import { sentenceOf, unwrap } from '../../api';
import { useServices } from '../../app/services';
import { currentLocale } from '../../i18n';
import { AnalysisClient } from './analysis/client';
import { ProofreadSession } from './session';
import type { SessionSnapshot } from './session-snapshot';

/** The session of the open issue, or the loading state. */
export interface SessionHandle {
  readonly session: ProofreadSession | null;
  readonly issue: IssueSummary | null;
  readonly loading: boolean;
}

/**
 * The session of `issueId` (null: none), opened again whenever `load` changes; when `editorial`
 * changes (the workspace's rules were edited), it analyses again with the rules as stored.
 */
export function useProofreadSession(
  issueId: string | null,
  load: number,
  disabledKinds: readonly FindingKind[],
  editorial = 0,
): SessionHandle {
  const { api, toasts } = useServices();
  const { t, i18n } = useTranslation('proofread');
  // A regex rule stopped for running too long (here or in the workspace): the editor is told
  // once, and the workspace switches it off so it never runs again.
  const tellStopped = useRef((stop: StoppedRule) => {
    const seconds = (stop.ms / 1000).toFixed(1);
    toasts.push('error', t('ruleStopped', { find: stop.find, seconds }));
  });
  // One analysis worker for the screen's lifetime; an issue opens with its findings, so the
  // worker starts (and loads its engine and word list) once the first issue shows.
  const [client] = useState(
    () =>
      new AnalysisClient({
        onRuleStopped: (stop) => {
          tellStopped.current(stop);
          void unwrap(api.rules.stop({ id: stop.id, ms: stop.ms })).catch(() => undefined);
        },
      }),
  );
  useEffect(() => () => client.dispose(), [client]);
  const [handle, setHandle] = useState<SessionHandle>({
    session: null,
    issue: null,
    loading: false,
  });

  useEffect(() => {
    if (!issueId) return;
    let live = true;
    let session: ProofreadSession | null = null;
    setHandle({ session: null, issue: null, loading: true });
    unwrap(api.issue.open({ issueId })).then(
      (opened) => {
        if (!live) return;
        session = new ProofreadSession({
          api,
          opened,
          client,
          disabledKinds,
          label: t('editorLabel'),
          onError: (what, error) => {
            const locale = currentLocale(i18n);
            const detail = what === 'autosave' ? ` ${sentenceOf(error, locale)}` : '';
            toasts.push('error', t(`error.${what}`) + detail);
          },
        });
        setHandle({ session, issue: opened.issue, loading: false });
        for (const stop of opened.stoppedRules) tellStopped.current(stop);
      },
      (error: unknown) => {
        if (!live) return;
        toasts.push('error', sentenceOf(error, currentLocale(i18n)));
        setHandle({ session: null, issue: null, loading: false });
      },
    );
    return () => {
      live = false;
      void session?.dispose();
    };
    // Opening depends on the issue and the reload counter only; settings follow below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, client, issueId, load]);

  useEffect(() => {
    handle.session?.setDisabledKinds(disabledKinds);
  }, [handle.session, disabledKinds]);

  useEffect(() => {
    const session = handle.session;
    if (!session || editorial === 0) return;
    let live = true;
    void unwrap(api.rules.list({})).then(
      (rules) => live && session.setRules(rules.list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, handle.session, editorial]);

  // Closing or reloading the window: send the last edits before the page goes.
  useEffect(() => {
    const session = handle.session;
    if (!session) return;
    const flush = () => void session.flush();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [handle.session]);

  return issueId ? handle : { session: null, issue: null, loading: false };
}

const EMPTY: SessionSnapshot = {
  serial: 0,
  findings: [],
  findingsGeneration: 0,
  findingsText: Text.empty,
  activeId: null,
  characters: 0,
  paragraphs: 0,
  dirty: false,
  analysing: false,
  findingsRound: 0,
  findingsCurrent: true,
  saving: false,
  recovered: null,
  canUndo: false,
  canRedo: false,
  docVersion: 0,
};

const noop = () => () => undefined;

/** The session's snapshot, re-rendering the caller when it changes. */
export function useSnapshot(session: ProofreadSession | null): SessionSnapshot {
  return useSyncExternalStore(session?.subscribe ?? noop, session?.getSnapshot ?? (() => EMPTY));
}
