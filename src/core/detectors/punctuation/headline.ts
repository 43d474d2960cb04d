/**
 * Headline spaces: a headline separates its phrases with spaces ("坚持底线思维 全力释放产能"),
 * so a space there is only suspicious when it cuts a phrase ("坚决打赢疫情防控 和决战脱贫攻坚…").
 */

import { firstSegment, lastSegment } from '../../structure/word-span';

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** Characters of context on each side of the space that the word segmenter sees. */
const WINDOW = 6;

/**
 * Function words that attach to what precedes them, so a phrase cannot start with them as a
 * word of their own: conjunctions (和 与 及 或), particles (的 了 着 们) and the copula 是.
 * Prepositions (在 向 对 为) are left out on purpose: headline phrases often start with them
 * ("…之歌 在火热实践中绽放…").
 */
const CANNOT_START = new Set(['和', '与', '及', '或', '的', '了', '着', '们', '是']);

/** Function words that need what follows them, so a phrase cannot end with them. */
const CANNOT_END = new Set(['的', '和', '与', '及', '或', '把', '被', '将']);

/**
 * True when the whitespace run `[spaceStart, spaceEnd)` of `text` looks like a cut inside a
 * phrase rather than a break between phrases: the word after it is a lone function word that
 * cannot open a phrase (和, 的…), the word before it one that cannot close a phrase, or the word
 * segmenter joins the two sides into one word across the space. Offsets are UTF-16 units into
 * `text`. Only WINDOW characters on each side are read (stopping at a space or line break), so
 * the cost is constant per space.
 */
export function splitsPhrase(text: string, spaceStart: number, spaceEnd: number): boolean {
  const left = text.slice(wordEdge(text, spaceStart, -1), spaceStart);
  const right = text.slice(spaceEnd, wordEdge(text, spaceEnd, 1));
  if (left.length === 0 || right.length === 0) return false;
  if (CANNOT_START.has(right[0]) && CANNOT_START.has(firstSegment(right))) return true;
  if (CANNOT_END.has(left[left.length - 1]) && CANNOT_END.has(lastSegment(left))) return true;
  // Only the segment holding the space's left neighbour can start before it and end after it.
  const word = WORDS.segment(left + right).containing(left.length - 1);
  return word?.isWordLike === true && word.index + word.segment.length > left.length;
}

/** Where the window starting at `from` ends, going in `dir`: WINDOW units, a space or a line end. */
function wordEdge(text: string, from: number, dir: -1 | 1): number {
  let i = from;
  for (let k = 0; k < WINDOW; k++) {
    const at = dir < 0 ? i - 1 : i;
    if (at < 0 || at >= text.length) break;
    const code = text.charCodeAt(at);
    if (code === 0x0a || code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0) break;
    i += dir;
  }
  return i;
}
