/**
 * The button an archive-repeat finding carries: opens (or closes) the earlier issue's paragraph
 * beside the text. Renders nothing for other findings, or outside ArchiveSourceProvider.
 */
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../core/finding';
import { useArchiveSource } from './archive-source';

/** Props of the button. */
export interface ArchiveSourceButtonProps {
  readonly finding: Finding;
  /** Tab order of the finding's other buttons (0 when it is the active finding, else -1). */
  readonly tabIndex: number;
  /** Rejects the finding (once its paragraph is marked as boilerplate, it is not a re-run). */
  readonly onReject: (id: string) => void;
}

/** "Earlier issue" on an archive repeat. */
export function ArchiveSourceButton({ finding, tabIndex, onReject }: ArchiveSourceButtonProps) {
  const { t } = useTranslation('archive');
  const control = useArchiveSource();
  const { source } = finding;
  if (!control || finding.kind !== 'archive-repeat' || !source) return null;
  const open = control.open?.findingId === finding.id;
  return (
    <button
      type="button"
      className={`button button--small${open ? ' is-pressed' : ''}`}
      aria-pressed={open}
      tabIndex={tabIndex}
      title={t('openTitle')}
      data-testid="finding-archive-source"
      onClick={() =>
        control.show(
          open ? null : { findingId: finding.id, source, reject: () => onReject(finding.id) },
        )
      }
    >
      {t('open')}
    </button>
  );
}
