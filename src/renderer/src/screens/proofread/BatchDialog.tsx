/**
 * The preview of a batch before it runs: how many findings (per kind for "every safe fix"),
 * characters deleted and inserted, paragraphs touched, the first places in context. The
 * confirming button has focus: Enter runs it, Escape cancels.
 */
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import type { FindingKind } from '../../../../core/finding';
import type { BatchPlan } from './batch';

/** Props of the batch preview. */
export interface BatchDialogProps {
  readonly plan: BatchPlan;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** The batch preview (data-testid="batch-dialog"). */
export function BatchDialog({ plan, onConfirm, onCancel }: BatchDialogProps) {
  const { t } = useTranslation('proofread');
  const { t: tc } = useTranslation();
  const count = plan.findings.length;
  const kindName = (kind: FindingKind): string => tc(`kind.${kind}`);
  const series = plan.scope !== 'safe' ? plan.scope.series?.split('\u0000') : undefined;
  const title =
    plan.scope === 'safe'
      ? t('batch.titleSafe')
      : series
        ? t('batch.titleSeries', { from: series[0], to: series[1] })
        : t(plan.action === 'accept' ? 'batch.titleAccept' : 'batch.titleReject', {
            kind: kindName(plan.scope.kind),
          });
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      testId="batch-dialog"
      initialFocus='[data-testid="batch-confirm"]'
    >
      <p className="batch__summary" data-testid="batch-summary">
        {t('batch.summary', {
          count,
          paragraphs: String(plan.paragraphs),
          removed: String(plan.removed),
          inserted: String(plan.inserted),
        })}
      </p>
      {plan.removed - plan.inserted > 0 && (
        <p
          className="batch__warning"
          data-testid="batch-net"
          data-removed={plan.removed - plan.inserted}
        >
          {t('batch.net', { count: plan.removed - plan.inserted })}
        </p>
      )}
      {plan.scope === 'safe' && (
        <ul className="batch__kinds" data-testid="batch-kinds">
          {plan.perKind.map(([kind, n]) => (
            <li key={kind} data-kind={kind}>
              <span className={`kind-chip finding--${kind}`} aria-hidden="true" />
              {kindName(kind)} <b>{n}</b>
            </li>
          ))}
        </ul>
      )}
      <p className="batch__places-title">{t('batch.places', { count: plan.places.length })}</p>
      <ol className="batch__places">
        {plan.places.map((place, i) => (
          <li key={i} className="batch__place" data-testid="batch-place">
            {place.clippedBefore && '…'}
            {place.before}
            {place.removed && <del className="finding__removed">{place.removed}</del>}
            {place.inserted && <ins className="finding__inserted">{place.inserted}</ins>}
            {place.checked && <mark className="finding__checked">{place.checked}</mark>}
            {place.after}
            {place.clippedAfter && '…'}
          </li>
        ))}
      </ol>
      <div className="dialog__actions">
        <button type="button" className="button" data-testid="batch-cancel" onClick={onCancel}>
          {tc('action.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="batch-confirm"
          onClick={onConfirm}
        >
          {t(plan.action === 'accept' ? 'batch.confirmAccept' : 'batch.confirmReject', { count })}
        </button>
      </div>
    </Dialog>
  );
}
