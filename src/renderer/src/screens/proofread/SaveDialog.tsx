/** Saving a version: an optional message; Enter saves, Escape cancels. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

/** Props of the save dialog. */
export interface SaveDialogProps {
  readonly onSave: (message: string) => void;
  readonly onCancel: () => void;
}

/** The save dialog (data-testid="save-dialog"). */
export function SaveDialog({ onSave, onCancel }: SaveDialogProps) {
  const { t } = useTranslation('proofread');
  const { t: tc } = useTranslation();
  const [message, setMessage] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(message);
  };
  return (
    <Dialog title={t('save.title')} onClose={onCancel} testId="save-dialog" initialFocus="input">
      <form onSubmit={submit} className="form">
        <label className="field">
          <span className="field__label">{t('save.message')}</span>
          <input
            className="input"
            type="text"
            maxLength={2000}
            value={message}
            placeholder={t('save.placeholder')}
            data-testid="save-message"
            onChange={(e) => setMessage(e.target.value)}
          />
        </label>
        <div className="dialog__actions">
          <button type="button" className="button" data-testid="save-cancel" onClick={onCancel}>
            {tc('action.cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="save-confirm">
            {t('save.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
