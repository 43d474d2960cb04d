/**
 * A yes/no question before something the editor may regret (move to trash, restore a version).
 * The confirming button has focus, so Enter confirms and Escape cancels.
 */
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import './controls.css';

export interface ConfirmDialogProps {
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** data-testid of the dialog; its buttons are `${testId}-confirm` and `${testId}-cancel`. */
  readonly testId: string;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, body, confirmLabel, onConfirm, onCancel, testId } = props;
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      testId={testId}
      initialFocus={`[data-testid="${testId}-confirm"]`}
    >
      <p className="confirm__body">{body}</p>
      <div className="dialog__actions">
        <button
          type="button"
          className="button"
          data-testid={`${testId}-cancel`}
          onClick={onCancel}
        >
          {t('action.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid={`${testId}-confirm`}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
