/**
 * The draft of a misreading read by a fixed rule and applied automatically (a letter read as a
 * mark, a street word, a title's point, a sum's letter, 一 read as a dash). Pure.
 */
import type { FindingDraft } from '../../finding';

/** A safe misreading of the `length` characters at `at` of the issue, read as `replacement`. */
export function safeDraft(
  at: number,
  length: number,
  replacement: string,
  message: FindingDraft['message'],
): FindingDraft {
  return {
    kind: 'misreading',
    start: at,
    end: at + length,
    replacement,
    confidence: 'safe',
    message,
  };
}
