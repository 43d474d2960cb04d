/**
 * The library: the workspace's issues with search, filters and sort; import by button, menu,
 * Ctrl+O / Ctrl+I or drag and drop; the trash. Root: data-testid="screen-library".
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueSummary } from '../../../../shared/contract';
import type { LibraryScreenProps } from '../../app/screens';
import { useApi, useCall, useServices } from '../../app/services';
import { useShortcut } from '../../keyboard/hooks';
import { ConfirmDialog } from './ConfirmDialog';
import { DetailsDialog } from './DetailsDialog';
import { FullTextResults } from './FullTextResults';
import {
  DEFAULT_QUERY,
  filterIssues,
  publicationsOf,
  toggleSort,
  type LibraryQuery,
} from './filter';
import { ImportStatus } from './ImportStatus';
import { LibraryFooter } from './LibraryFooter';
import { IssueTable } from './IssueTable';
import { LibraryToolbar } from './LibraryToolbar';
import { useFileDrop } from './use-drop';
import { useEntryFocus } from './use-entry-focus';
import { useImport } from './use-import';
import { useLibrary } from './use-library';
import { IMPORT_KEY_LABEL, useLibraryKeys } from './use-library-keys';
import './controls.css';
import './library.css';

/** Import requests already answered, per app (the screen remounts; the app's counter does not). */
const answeredImports = new WeakMap<object, number>();

export function LibraryScreen({ onOpenIssue, importRequest, currentIssueId }: LibraryScreenProps) {
  const { t } = useTranslation('library');
  const api = useApi();
  const call = useCall();
  const services = useServices();
  const { issues, reload } = useLibrary();
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const [selectedId, setSelectedId] = useState<string | null>(currentIssueId);
  const [confirming, setConfirming] = useState<IssueSummary | null>(null);
  const [editing, setEditing] = useState<IssueSummary | null>(null);
  const importKeys = useShortcut('file.import');
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLElement>(null);

  const all = useMemo(() => issues ?? [], [issues]);
  const shown = useMemo(() => filterIssues(all, query), [all, query]);
  const publications = useMemo(() => publicationsOf(all), [all]);
  const trashCount = all.filter((i) => i.trashed).length;
  const selected = shown.find((i) => i.id === selectedId) ?? null;

  useEffect(() => {
    if (!selected && shown.length > 0) setSelectedId(shown[0].id);
  }, [selected, shown]);

  const focusTable = () =>
    tableRef.current?.querySelector<HTMLElement>('.issue-table table')?.focus();
  useEntryFocus(rootRef, '.issue-table table', shown.length > 0);

  const afterImport = useCallback(
    async (imported: readonly IssueSummary[], clean: boolean) => {
      await reload();
      if (imported.length === 0) return;
      // Show what just came in: no filter may hide it.
      setQuery((q) => ({ ...DEFAULT_QUERY, sort: q.sort, descending: q.descending }));
      setSelectedId(imported[0].id);
      requestAnimationFrame(() =>
        tableRef.current?.querySelector<HTMLElement>('.issue-table table')?.focus(),
      );
      if (imported.length === 1 && clean) onOpenIssue(imported[0].id);
    },
    [reload, onOpenIssue],
  );
  const imports = useImport(afterImport);
  const { importChosen, importDropped } = imports;

  useEffect(() => {
    if (importRequest > (answeredImports.get(services) ?? 0)) {
      answeredImports.set(services, importRequest);
      void importChosen();
    }
  }, [importRequest, services, importChosen]);

  const drag = useFileDrop((files) => void importDropped(files), imports.progress === null);
  useLibraryKeys({
    focusSearch: () => searchRef.current?.focus(),
    importFiles: () => void importChosen(),
    editDetails: () => selected && !query.trash && setEditing(selected),
  });

  const restore = async (issue: IssueSummary) => {
    const done = await call(api.library.untrash({ issueId: issue.id }));
    if (!done) return;
    services.toasts.push('success', t('restored', { title: issue.title || issue.sourceName }));
    await reload();
    focusTable();
  };
  const trash = async (issue: IssueSummary) => {
    setConfirming(null);
    const next = shown[shown.indexOf(issue) + 1] ?? shown[shown.indexOf(issue) - 1];
    const done = await call(api.library.trash({ issueId: issue.id }));
    focusTable();
    if (!done) return;
    services.toasts.push('success', t('trashed', { title: issue.title || issue.sourceName }));
    setSelectedId(next?.id ?? null);
    await reload();
  };
  const activate = (issue: IssueSummary) =>
    query.trash ? void restore(issue) : onOpenIssue(issue.id);

  return (
    <section
      ref={rootRef}
      className="library"
      data-testid="screen-library"
      data-trash={query.trash}
    >
      <header className="library__header">
        <h1>{t(query.trash ? 'trashTitle' : 'title')}</h1>
        <span className="library__count" data-testid="library-count">
          {t('count', {
            shown: String(shown.length),
            total: String(all.filter((i) => !i.trashed).length),
          })}
        </span>
      </header>
      <LibraryToolbar
        query={query}
        onQuery={setQuery}
        publications={publications}
        searchRef={searchRef}
        onSearchDone={focusTable}
        onImport={() => void importChosen()}
        importTitle={`${t('action.import')}（${importKeys} / ${IMPORT_KEY_LABEL}）`}
        importing={imports.progress !== null}
        trashCount={trashCount}
      />
      <ImportStatus
        progress={imports.progress}
        failed={imports.failed}
        onDismiss={imports.clearFailed}
      />
      <div className="library__body" ref={tableRef}>
        {shown.length > 0 ? (
          <IssueTable
            issues={shown}
            query={query}
            selectedId={selected?.id ?? null}
            currentIssueId={currentIssueId}
            onSelect={setSelectedId}
            onActivate={activate}
            onDelete={(issue) => !query.trash && setConfirming(issue)}
            onSort={(key) => setQuery((q) => toggleSort(q, key))}
          />
        ) : (
          issues && (
            <p className="library__empty" data-testid="library-empty">
              {t(
                all.some((i) => i.trashed === query.trash)
                  ? 'empty.filtered'
                  : query.trash
                    ? 'empty.trash'
                    : 'empty.library',
              )}
            </p>
          )
        )}
      </div>
      {!query.trash && <FullTextResults query={query.search} onOpen={onOpenIssue} />}
      <LibraryFooter
        selected={selected}
        trash={query.trash}
        onOpen={(issue) => onOpenIssue(issue.id)}
        onTrash={setConfirming}
        onRestore={(issue) => void restore(issue)}
        onEdit={setEditing}
        importKeys={importKeys}
      />
      {drag && (
        <div className="library__drop" data-testid="library-drop-overlay">
          {drag.count > 0 ? t('drop.overlay', { count: drag.count }) : t('drop.overlayUnknown')}
        </div>
      )}
      {editing && (
        <DetailsDialog
          issue={editing}
          onCancel={() => setEditing(null)}
          onSaved={(issue) => {
            setEditing(null);
            services.toasts.push('success', t('details.saved', { title: issue.title }));
            void reload().then(focusTable);
          }}
        />
      )}
      {confirming && (
        <ConfirmDialog
          testId="library-confirm-trash"
          title={t('confirmTrash.title')}
          body={t('confirmTrash.body', { title: confirming.title || confirming.sourceName })}
          confirmLabel={t('confirmTrash.confirm')}
          onConfirm={() => void trash(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}
