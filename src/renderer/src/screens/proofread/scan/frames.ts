/**
 * What the scan pane frames on the page: the word at the cursor, the current finding's words and
 * every hit of the find panel's query, as boxes in page pixels. Pure: state in, boxes out.
 */
import type { EditorState } from '@codemirror/state';
import {
  wordAt,
  wordsIn,
  type Box,
  type GeometryWord,
  type PageGeometry,
} from '../../../../../core/geometry/page-geometry';
import { activeFinding } from '../editor/findings-state';
import { findQueryOf } from '../editor/find-highlight';

/** One framed box and why it is framed. */
export interface Frame {
  readonly box: Box;
  readonly role: 'cursor' | 'finding' | 'hit';
  readonly start: number;
}

/** Most search hits framed (a one-letter query can match every word). */
const MAX_HITS = 500;

/** The boxes to frame for `state` over `geometry` (mapped to `state.doc`), on page `page`. */
export function framesOf(
  state: EditorState,
  geometry: PageGeometry,
  cursor: number,
  onPage: (word: GeometryWord) => boolean,
): Frame[] {
  const frames: Frame[] = [];
  const push = (word: GeometryWord | undefined, role: Frame['role']): void => {
    if (word?.box && onPage(word)) frames.push({ box: word.box, role, start: word.start });
  };
  const query = findQueryOf(state);
  if (query && query.valid) {
    const hits = query.getCursor(state);
    let n = 0;
    for (let step = hits.next(); !step.done && n < MAX_HITS; step = hits.next(), n++) {
      for (const word of wordsIn(geometry, step.value.from, step.value.to)) push(word, 'hit');
    }
  }
  const active = activeFinding(state);
  if (active) for (const word of wordsIn(geometry, active.from, active.to)) push(word, 'finding');
  push(wordAt(geometry, cursor), 'cursor');
  return frames;
}
