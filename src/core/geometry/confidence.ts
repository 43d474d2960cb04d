/**
 * The OCR engine's unsure words carried to a later version: each word's range is mapped through
 * the change from the imported text to the version's, and a word is kept only while its text is
 * the one the engine read. A word the editor corrected, joined or deleted is no longer the
 * engine's reading, so it drops out.
 */
import type { ChangeSet } from '../changes/changeset';
import type { OcrConfidence } from '../detectors/detector';
import { changesBetween, mapRange } from './map-geometry';

/**
 * `words` (offsets into `before`, in text order) carried to `after`: offsets into `after`, the
 * words whose text changed left out. `changes` may be given when the caller has it already.
 */
export function confidencesFor(
  words: readonly OcrConfidence[],
  before: string,
  after: string,
  changes: ChangeSet = changesBetween(before, after),
): OcrConfidence[] {
  if (before === after) return [...words];
  const replacedFrom = new Set(changes.changes.filter((c) => c.to > c.from).map((c) => c.from));
  const out: OcrConfidence[] = [];
  for (const word of words) {
    if (word.start >= word.end || word.end > before.length) continue;
    const { start, end } = mapRange(changes, replacedFrom, word.start, word.end);
    if (after.slice(start, end) !== before.slice(word.start, word.end)) continue;
    out.push({ start, end, confidence: word.confidence });
  }
  return out;
}
