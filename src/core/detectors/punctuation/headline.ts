/**
 * Headline spaces: a headline separates its phrases with spaces ("坚持底线思维 全力释放产能"),
 * so a space there is only suspicious when it cuts a phrase ("坚决打赢疫情防控 和决战脱贫攻坚…").
 */

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
 * True when the space run `[spaceStart, spaceEnd)` in the single-line `line` looks like a cut
 * inside a phrase rather than a break between phrases: the word after it is a lone function word
 * that cannot open a phrase (和, 的…), the word before it one that cannot close a phrase, or the
 * segmenter joins the two sides into one word across the space. Offsets are UTF-16 units into
 * `line`; only WINDOW characters on each side are segmented, so the cost is constant per space.
 */
export function splitsPhrase(line: string, spaceStart: number, spaceEnd: number): boolean {
  const left = sideWindow(line.slice(Math.max(0, spaceStart - WINDOW), spaceStart), -1);
  const right = sideWindow(line.slice(spaceEnd, spaceEnd + WINDOW), 1);
  if (left.length === 0 || right.length === 0) return false;
  const rightWords = [...WORDS.segment(right)];
  if (rightWords.length > 0 && CANNOT_START.has(rightWords[0].segment)) return true;
  const leftWords = [...WORDS.segment(left)];
  if (leftWords.length > 0 && CANNOT_END.has(leftWords[leftWords.length - 1].segment)) return true;
  for (const word of WORDS.segment(left + right)) {
    if (
      word.isWordLike &&
      word.index < left.length &&
      word.index + word.segment.length > left.length
    ) {
      return true;
    }
  }
  return false;
}

/** The part of a window up to the next space on its far side. */
function sideWindow(window: string, dir: -1 | 1): string {
  const spaced = /[\s\u3000]/u;
  if (dir > 0) {
    const cut = window.search(spaced);
    return cut < 0 ? window : window.slice(0, cut);
  }
  for (let i = window.length - 1; i >= 0; i--) {
    if (spaced.test(window[i])) return window.slice(i + 1);
  }
  return window;
}
