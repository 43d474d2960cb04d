/**
 * The versions screen: the issue's timeline beside a comparison of any two of its versions
 * (side by side or inline, character-level highlights, change navigation and counts), and
 * restoring a version as a new one. Root: data-testid="screen-versions".
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '../../../../shared/contract';
import type { VersionsScreenProps } from '../../app/screens';
import { useApi, useCall, useServices } from '../../app/services';
import { Progress } from '../../components/Progress';
import { ConfirmDialog } from '../library/ConfirmDialog';
import { useEntryFocus } from '../library/use-entry-focus';
import { CompareToolbar } from './CompareToolbar';
import { CompareView } from './CompareView';
import { changeIndexes, stepChange } from './navigation';
import { Timeline } from './Timeline';
import { useVersions } from './use-versions';
import { NEXT_KEY_LABEL, PREVIOUS_KEY_LABEL, useVersionsKeys } from './use-versions-keys';
import '../library/controls.css';
import { useRoundName } from './round';
import './versions.css';

export function VersionsScreen({ issueId, onRestored }: VersionsScreenProps) {
  const { t } = useTranslation('versions');
  const api = useApi();
  const call = useCall();
  const { toasts } = useServices();
  const data = useVersions(issueId);
  const roundLabel = useRoundName();
  const { versions, picks, comparison } = data;
  const [cursor, setCursor] = useState<string | null>(null);
  const [mode, setMode] = useState<'side' | 'inline'>('side');
  const [current, setCurrent] = useState<number | null>(null);
  const [restoring, setRestoring] = useState<VersionInfo | null>(null);
  const changes = useMemo(
    () => (comparison ? changeIndexes(comparison.pairs).length : 0),
    [comparison],
  );

  useEffect(() => setCurrent(null), [comparison]);
  useEffect(() => {
    if (versions && !versions.some((v) => v.id === cursor)) setCursor(versions[0]?.id ?? null);
  }, [versions, cursor]);

  const rootRef = useRef<HTMLElement>(null);
  useEntryFocus(rootRef, '.timeline', versions !== null);

  const step = (direction: 1 | -1) => setCurrent((c) => stepChange(changes, c, direction));
  useVersionsKeys({ step, toggleMode: () => setMode((m) => (m === 'side' ? 'inline' : 'side')) });

  if (!issueId) {
    return (
      <section className="versions versions--empty" data-testid="screen-versions">
        <p className="versions__hint" data-testid="versions-no-issue">
          {t('noIssue')}
        </p>
      </section>
    );
  }

  const byId = (id: string | null) => versions?.find((v) => v.id === id);
  const label = (id: string | null) => {
    const v = byId(id);
    return v ? `v${v.number} · ${t(`origin.${v.origin}`)}` : '';
  };
  const compareWithPrevious = (versionId: string) => {
    const list = versions ?? [];
    const at = list.findIndex((v) => v.id === versionId);
    const before = list[at + 1];
    if (before) data.setPicks({ old: before.id, new: versionId });
  };
  const askRestore = (version: VersionInfo) => {
    if (version.id === versions?.[0]?.id) toasts.push('info', t('restore.isHead'));
    else setRestoring(version);
  };
  const restore = async (version: VersionInfo) => {
    setRestoring(null);
    const created = await call(api.versions.restore({ issueId, versionId: version.id }));
    if (!created) return;
    toasts.push(
      'success',
      t('restore.done', { number: String(version.number), created: String(created.number) }),
    );
    onRestored(issueId);
  };

  const markRound = async (version: VersionInfo) => {
    const marked = await call(api.versions.markRound({ issueId, versionId: version.id }));
    const round = marked?.find((v) => v.id === version.id)?.round;
    if (round === undefined) return;
    toasts.push(
      'success',
      t('round.done', { round: roundLabel(round), number: String(version.number) }),
    );
    await data.reload();
  };

  const nextRound = Math.max(0, ...(versions ?? []).map((v) => v.round ?? 0)) + 1;

  const cursorVersion = byId(cursor);
  let body;
  if (!versions || data.comparing)
    body = <Progress label={t('compare.loading')} testId="compare-progress" />;
  else if (versions.length < 2) body = <p className="versions__hint">{t('compare.single')}</p>;
  else if (!picks.old || !picks.new || picks.old === picks.new)
    body = (
      <p className="versions__hint" data-testid="compare-same">
        {t('compare.same')}
      </p>
    );
  else if (comparison) {
    body = (
      <>
        <CompareToolbar
          counts={comparison.counts}
          changes={changes}
          current={current}
          mode={mode}
          onMode={setMode}
          onStep={step}
        />
        {comparison.coarse && <p className="versions__note">{t('compare.coarse')}</p>}
        {changes === 0 ? (
          <p className="versions__hint" data-testid="compare-identical">
            {t('compare.identical')}
          </p>
        ) : (
          <CompareView
            key={`${picks.old}:${picks.new}`}
            comparison={comparison}
            mode={mode}
            current={current}
            oldLabel={label(picks.old)}
            newLabel={label(picks.new)}
          />
        )}
      </>
    );
  }

  return (
    <section ref={rootRef} className="versions" data-testid="screen-versions">
      <aside className="versions__aside">
        <header className="versions__header">
          <h1>{t('title')}</h1>
          <span className="versions__count">
            {versions ? t('timeline.count', { count: versions.length }) : ''}
          </span>
        </header>
        {versions && (
          <Timeline
            versions={versions}
            cursor={cursor}
            oldId={picks.old}
            newId={picks.new}
            onCursor={setCursor}
            onPick={data.pick}
            onCompareWithPrevious={compareWithPrevious}
            onRestore={askRestore}
          />
        )}
        <footer className="versions__footer">
          <button
            type="button"
            className="button"
            disabled={!cursorVersion || cursorVersion.id === versions?.[0]?.id}
            title={`${t('restore.action')}（R）`}
            data-testid="version-restore"
            onClick={() => cursorVersion && askRestore(cursorVersion)}
          >
            {t('restore.action')}
          </button>
          <button
            type="button"
            className="button"
            disabled={
              !cursorVersion ||
              (versions ?? []).some(
                (v) => v.round !== undefined && v.number >= cursorVersion.number,
              )
            }
            data-testid="version-mark-round"
            onClick={() => cursorVersion && void markRound(cursorVersion)}
          >
            {t('round.action', { round: roundLabel(nextRound) })}
          </button>
          <span className="versions__keys">{t('keys.timeline')}</span>
        </footer>
      </aside>
      <div className="versions__compare" data-testid="versions-compare">
        {body}
        <p className="versions__keys versions__keys--compare">
          {t('keys.compare', { next: NEXT_KEY_LABEL, previous: PREVIOUS_KEY_LABEL })}
        </p>
      </div>
      {restoring && (
        <ConfirmDialog
          testId="versions-confirm-restore"
          title={t('restore.title')}
          body={t('restore.body', { number: String(restoring.number) })}
          confirmLabel={t('restore.confirm')}
          onConfirm={() => void restore(restoring)}
          onCancel={() => setRestoring(null)}
        />
      )}
    </section>
  );
}
