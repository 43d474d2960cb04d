/** The export dialog's format choice: a set kept in the contract's order. Pure. */
import {
  EXPORT_FORMATS,
  SOURCE_FORMATS,
  type ExportFormat,
  type SourceFormat,
} from '../../../../shared/contract';

/** A format the dialog offers: the exports, and the source format of an OCR issue. */
export type ExportChoice = ExportFormat | SourceFormat;

const CHOICES: readonly ExportChoice[] = [...EXPORT_FORMATS, ...SOURCE_FORMATS];

/** The source format an issue imported as `format` can be written back into, or null. */
export function sourceFormatOf(format: string | undefined): SourceFormat | null {
  return SOURCE_FORMATS.find((f) => f === format) ?? null;
}

/** Preselected: the tracked-changes Word file editors review, and the plain text. */
export const DEFAULT_FORMATS: readonly ExportFormat[] = ['txt', 'docx'];

/** `chosen` with `format` added or removed, in EXPORT_FORMATS then SOURCE_FORMATS order. */
export function toggleFormat(
  chosen: readonly ExportChoice[],
  format: ExportChoice,
): ExportChoice[] {
  const next = new Set(chosen);
  if (next.has(format)) next.delete(format);
  else next.add(format);
  return CHOICES.filter((f) => next.has(f));
}
