/** The status bar's counts, from the editor's document. */
import type { Text } from '@codemirror/state';

/** Characters, not counting line breaks (UTF-16 code units, as every offset in Galley). */
export function countCharacters(doc: Text): number {
  return doc.length - (doc.lines - 1);
}

/**
 * Paragraphs as the engine's blocks count them: runs of non-blank lines separated by blank ones
 * (a line of spaces, tabs or ideographic spaces is blank).
 */
export function countParagraphs(doc: Text): number {
  let count = 0;
  let inBlock = false;
  for (const iter = doc.iterLines(); !iter.next().done;) {
    const blank = /^[ \t\u3000]*$/.test(iter.value);
    if (!blank && !inBlock) count++;
    inBlock = !blank;
  }
  return count;
}
