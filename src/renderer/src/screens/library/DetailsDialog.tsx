/**
 * The issue's details the editor owns: title, publication, date and edition, with every earlier
 * state listed below (who changed what, when). Enter in a field saves, Escape cancels; a date
 * that is not YYYY-MM-DD of a real day is said in a sentence and nothing is sent.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueDetailsEntry, IssueSummary } from '../../../../shared/contract';
import { Dialog } from '../../components/Dialog';
import { useApi, useCall } from '../../app/services';
import { currentLocale } from '../../i18n';
import { formatTime } from './format';

export interface DetailsDialogProps {
  readonly issue: IssueSummary;
  readonly onSaved: (issue: IssueSummary) => void;
  readonly onCancel: () => void;
}

const FIELDS = ['title', 'publication', 'date', 'edition'] as const;
type Field = (typeof FIELDS)[number];

/** True for '' or a YYYY-MM-DD that exists in the calendar. */
function isDate(value: string): boolean {
  if (value === '') return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

export function DetailsDialog({ issue, onSaved, onCancel }: DetailsDialogProps) {
  const { t, i18n } = useTranslation('library');
  const { t: common } = useTranslation();
  const api = useApi();
  const call = useCall();
  const [values, setValues] = useState<Record<Field, string>>({
    title: issue.title,
    publication: issue.publication,
    date: issue.date,
    edition: issue.edition ?? '',
  });
  const [history, setHistory] = useState<readonly IssueDetailsEntry[]>([]);
  const [saving, setSaving] = useState(false);
  const badDate = !isDate(values.date.trim());

  useEffect(() => {
    let live = true;
    void call(api.library.history({ issueId: issue.id })).then((entries) => {
      if (live && entries) setHistory(entries);
    });
    return () => {
      live = false;
    };
  }, [api, call, issue.id]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (badDate || saving) return;
    setSaving(true);
    const saved = await call(
      api.library.edit({
        issueId: issue.id,
        title: values.title.trim(),
        publication: values.publication.trim(),
        date: values.date.trim(),
        edition: values.edition.trim(),
      }),
    );
    setSaving(false);
    if (saved) onSaved(saved);
  };

  return (
    <Dialog title={t('details.heading')} onClose={onCancel} testId="details-dialog">
      <form className="details" onSubmit={(e) => void submit(e)}>
        {FIELDS.map((field) => (
          <label key={field} className="details__field">
            <span>{t(`details.field.${field}`)}</span>
            <input
              className="input"
              data-testid={`details-${field}`}
              value={values[field]}
              placeholder={field === 'date' ? 'YYYY-MM-DD' : undefined}
              aria-invalid={field === 'date' && badDate}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
            />
          </label>
        ))}
        {badDate && (
          <p className="details__error" role="alert" data-testid="details-error">
            {t('details.badDate', { date: values.date.trim() })}
          </p>
        )}
        {history.length > 1 && (
          <details className="details__history" data-testid="details-history">
            <summary>{t('details.history', { count: history.length - 1 })}</summary>
            <ol>
              {[...history].reverse().map((entry) => (
                <li key={`${entry.changed}-${entry.author}`}>
                  <span className="is-mono">{formatTime(entry.changed, currentLocale(i18n))}</span>{' '}
                  {entry.author}：{entry.title} · {entry.publication || '—'} · {entry.date || '—'} ·{' '}
                  {entry.edition || '—'}
                </li>
              ))}
            </ol>
          </details>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" data-testid="details-cancel" onClick={onCancel}>
            {common('action.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            data-testid="details-save"
            disabled={badDate || saving}
          >
            {t('details.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
