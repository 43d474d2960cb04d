/**
 * Characters of similar shape (形近字): for a character, the common characters an OCR engine
 * may have read as it, most similar first. The table is data handed to the analysis
 * (`AnalyseOptions.shapes`), built by `scripts/shape-table.ts` from the licensed sources in
 * ../shared/lexicon (four-corner codes, similar-stroke groups, component decompositions) and
 * shipped as `resources/lexicon/shape-similar.txt`.
 */

/** Characters of similar shape, ranked. */
export interface ShapeTable {
  /** The characters `char` may be a misreading of, most similar first ('' when none). */
  similar(char: string): string;
}

/**
 * Parses the table's text: one line per character, `CHAR<TAB>SIMILAR…` (the similar characters
 * written one after another). Malformed lines are skipped.
 */
export function parseShapeTable(text: string): ShapeTable {
  const table = new Map<string, string>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) table.set(text.slice(start, tab), text.slice(tab + 1, end));
    start = end + 1;
  }
  return { similar: (char) => table.get(char) ?? '' };
}
