/**
 * Loads the table of characters of similar shape once per process:
 * `resources/lexicon/shape-similar.txt` (built by `scripts/shape-table.ts` from Apache-2.0 data,
 * notices beside it), found as every table of `resources/lexicon/` is (`resources.ts`). A
 * missing table is no error: the analysis then checks English only.
 */
import { parseShapeTable, type ShapeTable } from '../../core/lexicon/shapes';
import { lexiconResourcePath, lexiconTable } from './resources';

/** The path of the shape table, or undefined when no folder above this module holds it. */
export function shapeTablePath(): string | undefined {
  return lexiconResourcePath('shape-similar.txt');
}

/** The table, parsed on first call and shared by every later call in this process. */
export const loadShapeTable: () => ShapeTable | undefined = lexiconTable(
  'shape-similar.txt',
  (bytes) => parseShapeTable(new TextDecoder().decode(bytes)),
);
