/** How each version origin is marked in the timeline: a one-character glyph and a colour class. */
import type { VersionOrigin } from '../../../../shared/contract';

/** Glyphs chosen to read at 12px in both CJK and Latin fonts. */
export const ORIGIN_GLYPH: Record<VersionOrigin, string> = {
  imported: '↓',
  cleaned: '✓',
  edited: '✎',
  restored: '↺',
  recovered: '⟲',
};
