/**
 * A finding in context, for the findings panel: a little text before and after, what the fix
 * removes and what it inserts. Line breaks show as ⏎, and spaces the fix removes or inserts as ␣,
 * so a broken paragraph or a stray space is visible.
 */
import type { Text } from '@codemirror/state';
import type { Finding } from '../../../../core/finding';

/** A finding in its text, as the panel shows it. */
export interface FindingContext {
  /** Up to `width` characters before the span (after the previous line break, if nearer). */
  readonly before: string;
  /** The text the fix removes (may be empty: an insertion). */
  readonly removed: string;
  /** The text the fix inserts (may be empty: a deletion). */
  readonly inserted: string;
  /**
   * The text a confirmation covers (its replacement is that text: a word to check against the
   * scan); removed and inserted are empty then.
   */
  readonly checked: string;
  readonly after: string;
  /** True when `before` / `after` were cut short (an ellipsis is due). */
  readonly clippedBefore: boolean;
  readonly clippedAfter: boolean;
}

/** Longest stretch of removed text shown in full; longer stretches are elided in the middle. */
const MAX_REMOVED = 80;

const visible = (text: string) => text.replace(/\n/g, '⏎');
const spaces = (text: string) => text.replace(/[ \u3000]/g, '␣');

function elide(text: string): string {
  if (text.length <= MAX_REMOVED) return text;
  const half = Math.floor(MAX_REMOVED / 2);
  return `${text.slice(0, half)} … ${text.slice(-half)}`;
}

/** The context of `finding` in `doc`, `width` characters each side (UTF-16 code units). */
export function findingContext(doc: Text, finding: Finding, width = 14): FindingContext {
  const from = Math.max(0, finding.start - width);
  const to = Math.min(doc.length, finding.end + width);
  const covered = doc.sliceString(finding.start, finding.end);
  const same = covered !== '' && covered === finding.replacement;
  return {
    before: visible(doc.sliceString(from, finding.start)),
    removed: same ? '' : elide(spaces(visible(covered))),
    inserted: same ? '' : spaces(visible(finding.replacement)),
    checked: same ? elide(visible(covered)) : '',
    after: visible(doc.sliceString(finding.end, to)),
    clippedBefore: from > 0,
    clippedAfter: to < doc.length,
  };
}
