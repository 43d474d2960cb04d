/**
 * Rules: the workspace's replacements, protected terms and standard formulations — listed by
 * kind with search, added, edited and deleted in a form that shows the main side's sentences,
 * tried against the open issue with every hit, imported and exported as CSV or JSON.
 * Root: data-testid="screen-rules".
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RulesScreenProps } from '../../app/screens';
import { useApi, useCall, useServices } from '../../app/services';
import { currentLocale } from '../../i18n';
import { ConfirmDialog } from '../library/ConfirmDialog';
import { problemsByField, rowsOf, type RuleRow } from './model';
import { RuleForm } from './RuleForm';
import { RuleList } from './RuleList';
import { RulesHeader } from './RulesHeader';
import { RuleTabs } from './RuleTabs';
import { RuleTestPanel } from './RuleTestPanel';
import { StarterSwitch } from './StarterSwitch';
import { useRuleEditor } from './use-rule-editor';
import { useRuleTest } from './use-rule-test';
import { useRules } from './use-rules';
import { useRulesKeys } from './use-rules-keys';
import '../library/controls.css';
import './rules.css';

/** The Rules screen (data-testid="screen-rules"). */
export function RulesScreen({ issueId, onRulesChanged }: RulesScreenProps) {
  const { t, i18n } = useTranslation('rules');
  const api = useApi();
  const call = useCall();
  const { toasts } = useServices();
  const rules = useRules(onRulesChanged);
  const editor = useRuleEditor(rules);
  const issue = useIssueTitle(issueId);
  const test = useRuleTest(editor.tab, editor.draft, issue, editor.setProblems);
  const [confirming, setConfirming] = useState<RuleRow | null>(null);
  const [filing, setFiling] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { view } = rules;

  const focusList = () =>
    rootRef.current?.querySelector<HTMLElement>('[data-testid="rules-list"]')?.focus();
  const focusForm = () =>
    formRef.current?.querySelector<HTMLElement>('input:not([readonly]), select')?.focus();
  // Focus moves into the form after React has drawn it (a frame is not enough: the new rule's
  // form may not exist yet, and what the editor typed went into the search box).
  const [formFocus, setFormFocus] = useState(0);
  useEffect(() => {
    if (formFocus > 0) focusForm();
  }, [formFocus]);
  const newRule = () => {
    editor.startNew();
    setFormFocus((n) => n + 1);
  };
  useRulesKeys({
    focusSearch: () => searchRef.current?.focus(),
    newRule,
    testRule: () => void test.run(),
  });

  // On entry the keyboard lands in the list (or the search box while the list is empty).
  const entered = useRef(false);
  useEffect(() => {
    if (entered.current || !view || !rootRef.current) return;
    entered.current = true;
    if (rootRef.current.contains(document.activeElement)) return;
    requestAnimationFrame(() => focusList() ?? searchRef.current?.focus());
  }, [view]);

  const importFile = async (mode: 'merge' | 'replace') => {
    setFiling(true);
    const done = await rules.importFile(mode);
    setFiling(false);
    if (!done) return;
    const { file, added, updated, removed } = done;
    toasts.push(
      'success',
      t('file.imported', {
        file,
        added: String(added),
        updated: String(updated),
        removed: String(removed),
      }),
    );
  };
  const exportFile = async (format: 'csv' | 'json') => {
    setFiling(true);
    const done = await call(api.rules.export({ format }));
    setFiling(false);
    if (done) toasts.push('success', t('file.exported', { count: done.entries, path: done.path }));
  };
  const remove = async (row: RuleRow) => {
    setConfirming(null);
    await editor.remove(row);
    focusList();
  };

  const locale = currentLocale(i18n);
  const counts = view
    ? {
        replacement: view.list.replacements.length,
        protected: view.list.protected.length,
        formulation: rowsOf(view, 'formulation').length,
      }
    : { replacement: 0, protected: 0, formulation: 0 };
  const total = view
    ? view.list.replacements.length + view.list.protected.length + view.list.formulations.length
    : 0;
  const writable = view?.writable ?? false;

  return (
    <section ref={rootRef} className="rules" data-testid="screen-rules">
      <RulesHeader
        total={total}
        writable={writable}
        busy={filing}
        onImport={(mode) => void importFile(mode)}
        onExport={(format) => void exportFile(format)}
      />
      {view && !view.writable && <p className="rules__notice">{t('readOnly')}</p>}
      {view && view.damaged.length > 0 && (
        <div className="rules__notice rules__notice--danger" data-testid="rules-damaged">
          <p>{t('damaged')}</p>
          <ul>
            {view.damaged.slice(0, 5).map((p) => (
              <li key={p.message.en}>{p.message[locale]}</li>
            ))}
          </ul>
        </div>
      )}
      <RuleTabs current={editor.tab} counts={counts} onSelect={editor.selectTab} />
      <div className="rules__body">
        <section className="rules__list" aria-label={t(`tab.${editor.tab}`)}>
          <p className="rules__hint">{t(`tabHint.${editor.tab}`)}</p>
          {editor.tab === 'formulation' && view && (
            <StarterSwitch
              on={view.list.starter}
              count={view.starterFormulations.length}
              disabled={!writable}
              onChange={(on) => void rules.setStarter(on)}
            />
          )}
          <div className="rules__search">
            <input
              ref={searchRef}
              type="search"
              className="input"
              placeholder={t('search.placeholder')}
              aria-label={t('search.label')}
              value={editor.search}
              data-testid="rules-search"
              onChange={(e) => editor.setSearch(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown' || e.key === 'Enter') {
                  e.preventDefault();
                  focusList();
                } else if (e.key === 'Escape' && editor.search) {
                  e.preventDefault();
                  editor.setSearch('');
                }
              }}
            />
            <button
              type="button"
              className="button button--primary"
              disabled={!writable}
              title="Alt+N"
              data-testid="rules-new"
              onClick={() => {
                newRule();
              }}
            >
              {t('list.new')}
            </button>
          </div>
          <div className="rules__rows">
            <RuleList
              rows={editor.shown}
              selectedId={editor.selectedId}
              filtered={editor.rows.length > 0}
              onSelect={editor.select}
              onEdit={focusForm}
              onDelete={(row) => writable && setConfirming(row)}
            />
          </div>
        </section>
        <div className="rules__side">
          <RuleForm
            kind={editor.tab}
            row={editor.row}
            draft={editor.draft}
            onDraft={editor.setDraft}
            problems={problemsByField(editor.tab, editor.problems, locale)}
            changed={editor.changed}
            busy={editor.busy}
            writable={writable}
            onSave={() => void editor.save().then((saved) => saved && focusList())}
            onReset={editor.reset}
            onDelete={() => editor.row && setConfirming(editor.row)}
            formRef={formRef}
          />
          <RuleTestPanel
            issueTitle={issue?.title ?? null}
            target={test.target}
            onTarget={test.setTarget}
            text={test.text}
            onText={test.setText}
            outcome={test.outcome}
            stale={test.stale}
            busy={test.busy}
            onRun={() => void test.run()}
          />
        </div>
      </div>
      <p className="keys-hint rules__keys">{t('keys')}</p>
      {confirming && (
        <ConfirmDialog
          testId="rules-confirm-delete"
          title={t('confirmDelete.title')}
          body={t('confirmDelete.body', { rule: confirming.match })}
          confirmLabel={t('confirmDelete.confirm')}
          onConfirm={() => void remove(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}

/** The open issue's id and title (its file name when it has none), or null. */
function useIssueTitle(issueId: string | null): { id: string; title: string } | null {
  const api = useApi();
  const call = useCall();
  const [issue, setIssue] = useState<{ id: string; title: string } | null>(null);
  useEffect(() => {
    let live = true;
    if (!issueId) {
      setIssue(null);
      return;
    }
    void call(api.library.list({})).then((list) => {
      const found = list?.find((i) => i.id === issueId);
      if (live) setIssue(found ? { id: found.id, title: found.title || found.sourceName } : null);
    });
    return () => {
      live = false;
    };
  }, [api, call, issueId]);
  return issue;
}
