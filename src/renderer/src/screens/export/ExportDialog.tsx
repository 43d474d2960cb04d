/**
 * The export dialog: a version (the head by default), the formats, then `export.run` (main asks
 * for the folder natively; null means the editor cancelled) and the files written. Enter
 * exports, Space toggles a format, Esc closes. Root: data-testid="export-dialog".
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult, SourceFormat, VersionInfo } from '../../../../shared/contract';
import type { ExportDialogProps } from '../../app/screens';
import { useApi, useCall, useServices } from '../../app/services';
import { Dialog } from '../../components/Dialog';
import { Progress } from '../../components/Progress';
import { ExportDone } from './ExportDone';
import { FormatList } from './FormatList';
import { DEFAULT_FORMATS, sourceFormatOf, toggleFormat, type ExportChoice } from './formats';
import '../library/controls.css';
import './export.css';

export function ExportDialog({ issueId, versionId, onClose }: ExportDialogProps) {
  const { t } = useTranslation('export');
  const { t: tv } = useTranslation('versions');
  const api = useApi();
  const call = useCall();
  const { toasts } = useServices();
  const [versions, setVersions] = useState<readonly VersionInfo[]>([]);
  const [chosenVersion, setChosenVersion] = useState<string | null>(versionId);
  // Until the editor picks a version, the dialog follows the head: a save that lands while the
  // dialog opens (Ctrl+S, then at once Ctrl+E) is the version exported, not the one before it.
  const [picked, setPicked] = useState(false);
  const [formats, setFormats] = useState<readonly ExportChoice[]>(DEFAULT_FORMATS);
  const [source, setSource] = useState<SourceFormat | null>(null);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);

  useEffect(() => {
    if (!picked) setChosenVersion(versionId);
  }, [picked, versionId]);

  useEffect(() => {
    let live = true;
    void call(api.versions.list({ issueId })).then((list) => {
      if (!live || !list) return;
      const newestFirst = [...list].sort((a, b) => b.number - a.number);
      setVersions(newestFirst);
      setChosenVersion((v) =>
        v && list.some((x) => x.id === v) ? v : (newestFirst[0]?.id ?? null),
      );
    });
    // An issue imported from ALTO, PAGE-XML or hOCR can also be written back into that file.
    void call(api.pages.view({ issueId })).then((view) => {
      if (live) setSource(sourceFormatOf(view?.format));
    });
    return () => {
      live = false;
    };
    // Listed again when the head changes, so a version saved meanwhile is offered.
  }, [api, call, issueId, versionId]);

  const run = async () => {
    if (running || !chosenVersion || formats.length === 0) return;
    setRunning(true);
    const done = await call(
      api.export.run({ issueId, versionId: chosenVersion, formats: [...formats] }),
    );
    setRunning(false);
    if (done === null) toasts.push('info', t('cancelled'));
    else if (done) setResult(done);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    if (target instanceof HTMLButtonElement || target instanceof HTMLSelectElement) return;
    event.preventDefault();
    if (result) onClose();
    else void run();
  };

  return (
    <Dialog
      title={t('title')}
      onClose={onClose}
      testId="export-dialog"
      initialFocus='[data-testid="export-format-txt"]'
    >
      <div className="export" onKeyDown={onKeyDown}>
        {result ? (
          <ExportDone result={result} onClose={onClose} onAgain={() => setResult(null)} />
        ) : (
          <>
            <label className="export__version">
              <span>{t('version')}</span>
              <select
                className="select"
                value={chosenVersion ?? ''}
                disabled={running}
                data-testid="export-version"
                onChange={(e) => {
                  setPicked(true);
                  setChosenVersion(e.target.value);
                }}
              >
                {versions.map((v, i) => (
                  <option key={v.id} value={v.id}>
                    {t('versionOption', {
                      number: String(v.number),
                      origin: tv(`origin.${v.origin}`),
                      message: v.message || tv('timeline.noMessage'),
                    })}
                    {i === 0 ? ` ${t('head')}` : ''}
                  </option>
                ))}
              </select>
            </label>
            <FormatList
              chosen={formats}
              source={source}
              disabled={running}
              onToggle={(f) => setFormats((c) => toggleFormat(c, f))}
            />
            {running && <Progress label={t('action.exporting')} testId="export-progress" />}
            <p className="export__note">{formats.length === 0 ? t('none') : t('chooseFolder')}</p>
            <div className="dialog__actions">
              <span className="export__keys">{t('keys')}</span>
              <button
                type="button"
                className="button"
                data-testid="export-cancel"
                onClick={onClose}
              >
                {t('action.close')}
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={running || formats.length === 0 || !chosenVersion}
                title={`${t('action.export')}（Enter）`}
                data-testid="export-run"
                onClick={() => void run()}
              >
                {t(running ? 'action.exporting' : 'action.export')}
              </button>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}
