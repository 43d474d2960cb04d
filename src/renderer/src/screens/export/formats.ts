/** The export dialog's format choice: a set kept in the contract's order. Pure. */
import { EXPORT_FORMATS, type ExportFormat } from '../../../../shared/contract';

/** Preselected: the tracked-changes Word file editors review, and the plain text. */
export const DEFAULT_FORMATS: readonly ExportFormat[] = ['txt', 'docx'];

/** `chosen` with `format` added or removed, in EXPORT_FORMATS order. */
export function toggleFormat(
  chosen: readonly ExportFormat[],
  format: ExportFormat,
): ExportFormat[] {
  const next = new Set(chosen);
  if (next.has(format)) next.delete(format);
  else next.add(format);
  return EXPORT_FORMATS.filter((f) => next.has(f));
}
