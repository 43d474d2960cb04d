/** The export formats as checkboxes (Space toggles the focused one; ↑ ↓ move between them). */
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type SourceFormat } from '../../../../shared/contract';
import type { ExportChoice } from './formats';

export interface FormatListProps {
  readonly chosen: readonly ExportChoice[];
  readonly onToggle: (format: ExportChoice) => void;
  readonly disabled: boolean;
  /** The OCR format the issue was imported from, offered last (null: a txt or docx issue). */
  readonly source?: SourceFormat | null;
}

function moveFocus(event: KeyboardEvent<HTMLFieldSetElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const boxes = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input')];
  const at = boxes.indexOf(document.activeElement as HTMLInputElement);
  if (at < 0) return;
  event.preventDefault();
  const to = event.key === 'ArrowDown' ? at + 1 : at - 1;
  boxes[(to + boxes.length) % boxes.length].focus();
}

export function FormatList({ chosen, onToggle, disabled, source = null }: FormatListProps) {
  const { t } = useTranslation('export');
  return (
    <fieldset className="export-formats" onKeyDown={moveFocus} data-testid="export-formats">
      <legend>{t('formats')}</legend>
      {[...EXPORT_FORMATS, ...(source ? [source] : [])].map((format) => (
        <label key={format} className="export-format">
          <input
            type="checkbox"
            checked={chosen.includes(format)}
            disabled={disabled}
            data-testid={`export-format-${format}`}
            onChange={() => onToggle(format)}
          />
          <span className="export-format__name">{t(`format.${format}.name`)}</span>
          <span className="export-format__hint">{t(`format.${format}.hint`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
