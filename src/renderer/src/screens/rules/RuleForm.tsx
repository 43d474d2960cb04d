/**
 * The form of one rule: its kind's fields, the main side's sentences under the field they
 * concern, and Save (Ctrl+Enter), Revert and Delete. A built-in formulation shows read-only.
 */
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { IS_MAC } from '../../keyboard/keys';
import type { RuleDraft, RuleRow, RuleTab } from './model';

/** Props of the rule form. */
export interface RuleFormProps {
  readonly kind: RuleTab;
  /** The rule being edited; null for a new one. */
  readonly row: RuleRow | null;
  readonly draft: RuleDraft;
  readonly onDraft: (draft: RuleDraft) => void;
  /** Sentences by field ('' for the rule as a whole). */
  readonly problems: Readonly<Record<string, readonly string[]>>;
  readonly changed: boolean;
  readonly busy: boolean;
  readonly writable: boolean;
  readonly onSave: () => void;
  readonly onReset: () => void;
  readonly onDelete: () => void;
  readonly formRef: RefObject<HTMLFormElement | null>;
}

/** The form of the selected (or new) rule. */
export function RuleForm(props: RuleFormProps) {
  const { kind, row, draft, onDraft, problems, formRef } = props;
  const { t } = useTranslation('rules');
  const readOnly = !props.writable || (row?.builtIn ?? false);
  const set = (patch: Partial<RuleDraft>) => onDraft({ ...draft, ...patch });
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const mod = IS_MAC ? event.metaKey : event.ctrlKey;
    if (mod && event.key === 'Enter') {
      event.preventDefault();
      if (!readOnly) props.onSave();
    }
  };
  const text = (field: 'find' | 'replace' | 'term' | 'phrase' | 'note', placeholder: string) => (
    <input
      id={`rule-${field}`}
      className="input"
      value={draft[field]}
      placeholder={placeholder}
      readOnly={readOnly}
      aria-invalid={problems[field] ? true : undefined}
      aria-describedby={problems[field] ? `rule-${field}-problem` : undefined}
      data-testid={`rules-field-${field}`}
      onChange={(e) => set({ [field]: e.target.value })}
    />
  );
  const title = row?.builtIn ? 'form.builtInTitle' : row ? 'form.editTitle' : 'form.newTitle';

  return (
    <form
      ref={formRef}
      className="rule-form"
      data-testid="rules-form"
      data-mode={row ? 'edit' : 'new'}
      aria-label={t(title)}
      onSubmit={(e) => {
        e.preventDefault();
        if (!readOnly) props.onSave();
      }}
      onKeyDown={onKeyDown}
    >
      <h2 className="rule-form__title">{t(title)}</h2>
      {row?.builtIn && <p className="rule-form__hint">{t('form.builtInHint')}</p>}
      {kind === 'replacement' && (
        <>
          <div className="rule-form__pair">
            <Field
              name="find"
              label={t(draft.regex ? 'form.findRegex' : 'form.find')}
              problems={problems}
            >
              {text('find', t('form.findPlaceholder'))}
            </Field>
            <Field name="replace" label={t('form.replace')} problems={problems}>
              {text('replace', t('form.replacePlaceholder'))}
            </Field>
          </div>
          <div className="rule-form__options">
            <label className="check">
              <input
                type="checkbox"
                checked={draft.regex}
                disabled={readOnly}
                data-testid="rules-field-regex"
                onChange={(e) => set({ regex: e.target.checked })}
              />
              {t('form.regex')}
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={draft.safe}
                disabled={readOnly}
                data-testid="rules-field-safe"
                onChange={(e) => set({ safe: e.target.checked })}
              />
              {t('form.safe')}
            </label>
            <label className="rule-form__scope">
              {t('form.scope')}
              <select
                className="select"
                value={draft.scope}
                disabled={readOnly}
                data-testid="rules-field-scope"
                onChange={(e) => set({ scope: e.target.value === 'word' ? 'word' : 'cjk' })}
              >
                <option value="cjk">{t('form.scopeCjk')}</option>
                <option value="word">{t('form.scopeWord')}</option>
              </select>
            </label>
          </div>
          {draft.regex && <p className="rule-form__hint">{t('form.replaceRegexHint')}</p>}
          <Problems field="scope" problems={problems} />
        </>
      )}
      {kind === 'protected' && (
        <Field name="term" label={t('form.term')} problems={problems}>
          {text('term', t('form.termPlaceholder'))}
        </Field>
      )}
      {kind === 'formulation' && (
        <Field name="phrase" label={t('form.phrase')} problems={problems}>
          {text('phrase', t('form.phrasePlaceholder'))}
        </Field>
      )}
      <Field name="note" label={t('form.note')} problems={problems}>
        {text('note', t('form.notePlaceholder'))}
      </Field>
      <Problems field="" problems={problems} />
      {!readOnly && (
        <div className="rule-form__actions">
          {row && (
            <button
              type="button"
              className="button button--danger"
              data-testid="rules-delete"
              onClick={props.onDelete}
            >
              {t('form.delete')}
            </button>
          )}
          <span className="rule-form__spacer" />
          <button
            type="button"
            className="button"
            disabled={!props.changed || props.busy}
            data-testid="rules-reset"
            onClick={props.onReset}
          >
            {t('form.reset')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={props.busy || (row !== null && !props.changed)}
            title={IS_MAC ? '⌘↩' : 'Ctrl+Enter'}
            data-testid="rules-save"
          >
            {t(row ? 'form.save' : 'form.add')}
          </button>
        </div>
      )}
    </form>
  );
}

function Field({
  name,
  label,
  problems,
  children,
}: {
  readonly name: string;
  readonly label: string;
  readonly problems: Readonly<Record<string, readonly string[]>>;
  readonly children: ReactNode;
}) {
  return (
    <div className={`rule-field${problems[name] ? ' has-problem' : ''}`}>
      <label className="rule-field__label" htmlFor={`rule-${name}`}>
        {label}
      </label>
      {children}
      <Problems field={name} problems={problems} />
    </div>
  );
}

function Problems({
  field,
  problems,
}: {
  readonly field: string;
  readonly problems: Readonly<Record<string, readonly string[]>>;
}) {
  const list = problems[field];
  if (!list) return null;
  return (
    <ul className="rule-problems" id={field ? `rule-${field}-problem` : undefined} role="alert">
      {list.map((sentence) => (
        <li key={sentence} data-testid="rules-problem" data-field={field}>
          {sentence}
        </li>
      ))}
    </ul>
  );
}
