/**
 * The earlier issue beside the current one: the issue's title, publication and date, and the
 * paragraph an archive repeat points at with a few around it. A paragraph can be marked as
 * boilerplate from here (a masthead, a weather box), so it is not flagged again. Not modal: the
 * text stays editable; Escape closes the panel and gives the focus back.
 * Root: data-testid="archive-panel".
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingSource } from '../../../../core/finding';
import type { ArchiveSourceView } from '../../../../shared/contract';
import { useApi, useCall, useServices } from '../../app/services';
import './archive.css';

/** Props of the panel. */
export interface ArchiveSourcePanelProps {
  readonly source: FindingSource;
  readonly onClose: () => void;
  readonly onMarked: () => void;
}

/** The panel of one earlier copy. */
export function ArchiveSourcePanel({ source, onClose, onMarked }: ArchiveSourcePanelProps) {
  const { t } = useTranslation('archive');
  const api = useApi();
  const call = useCall();
  const { toasts } = useServices();
  const [view, setView] = useState<ArchiveSourceView | null>(null);
  const [failed, setFailed] = useState(false);
  const [chosen, setChosen] = useState(source.paragraph);
  const [marking, setMarking] = useState(false);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    const { issueId, versionId, paragraph } = source;
    void call(api.archive.source({ issueId, paragraph, ...(versionId && { versionId }) })).then(
      (loaded) => {
        if (!live) return;
        if (!loaded) setFailed(true);
        else {
          setView(loaded);
          setChosen(loaded.paragraph);
        }
      },
    );
    return () => {
      live = false;
    };
  }, [api, call, source]);

  // The focus comes into the panel, and goes back where it was when the panel closes.
  useEffect(() => {
    const previous = document.activeElement;
    ref.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
      // The finding's button went with the finding (marked as boilerplate): back to the list.
      else document.querySelector<HTMLElement>('[data-testid="findings-list"]')?.focus();
    };
  }, []);

  useEffect(() => {
    ref.current
      ?.querySelector<HTMLElement>(`[data-paragraph="${chosen}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [chosen, view]);

  const chosenText = view?.paragraphs.find((p) => p.index === chosen)?.text ?? null;
  const mark = async () => {
    if (chosenText === null) return;
    setMarking(true);
    const done = await call(api.archive.markBoilerplate({ text: chosenText }));
    setMarking(false);
    if (!done) return;
    toasts.push('success', t('marked'));
    onMarked();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') onClose();
    else if (view && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      const indexes = view.paragraphs.map((p) => p.index);
      const at = indexes.indexOf(chosen) + (event.key === 'ArrowDown' ? 1 : -1);
      if (at < 0 || at >= indexes.length) return;
      setChosen(indexes[at]);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <aside
      ref={ref}
      className="archive-panel"
      tabIndex={-1}
      aria-label={t('title')}
      data-testid="archive-panel"
      onKeyDown={onKeyDown}
    >
      <header className="archive-panel__head">
        <h2>{t('title')}</h2>
        <button
          type="button"
          className="button button--small button--ghost"
          title={`${t('close')} (Esc)`}
          data-testid="archive-panel-close"
          onClick={onClose}
        >
          {t('close')}
        </button>
      </header>
      {!view && !failed && <p className="archive-panel__note">{t('loading')}</p>}
      {view && (
        <>
          <div className="archive-panel__issue">
            <h3 data-testid="archive-panel-title">{view.issue.title || view.issue.id}</h3>
            <p className="archive-panel__meta" data-testid="archive-panel-meta">
              {t('meta', {
                publication: view.issue.publication || '—',
                date: view.issue.date || t('noDate'),
                paragraph: String(view.paragraph + 1),
                total: String(view.totalParagraphs),
              })}
            </p>
            {view.issue.trashed && <p className="archive-panel__note">{t('trashed')}</p>}
            {!view.isHead && (
              <p className="archive-panel__note">
                {t('olderVersion', { number: String(view.versionNumber) })}
              </p>
            )}
          </div>
          <ol className="archive-panel__paragraphs" aria-label={t('title')}>
            {view.paragraphs.map((p) => (
              <li
                key={p.index}
                className={`archive-para${p.index === view.paragraph ? ' is-source' : ''}${p.index === chosen ? ' is-chosen' : ''}`}
                data-paragraph={p.index}
                data-testid="archive-panel-paragraph"
                data-source={p.index === view.paragraph ? 'true' : undefined}
                onClick={() => setChosen(p.index)}
              >
                <span className="archive-para__number">{p.index + 1}</span>
                <span className="archive-para__text">{p.text}</span>
              </li>
            ))}
          </ol>
          <footer className="archive-panel__foot">
            <p className="archive-panel__hint">{t('markHint')}</p>
            <button
              type="button"
              className="button"
              disabled={marking || chosenText === null}
              data-testid="archive-panel-mark"
              onClick={() => void mark()}
            >
              {t('markBoilerplate')}
            </button>
          </footer>
        </>
      )}
    </aside>
  );
}
