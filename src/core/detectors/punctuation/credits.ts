/**
 * Spaces that Chinese newspapers set on purpose between Chinese characters: the space after a
 * dateline ("新华社北京3月4日电 中共中央…", "本报讯 昨日…") and the spaces of a credit line
 * ("记者 许珂", "记者 许珂 通讯员 王五", "新华社记者 张三 摄").
 */

const SPACE = '[ \\t\\u3000\\u00a0]';
/**
 * One space-separated word of a credit: a name (许珂, 欧阳明, 阿依古丽·买买提), another role
 * (通讯员) or the closing 摄 / 报道. It must be the whole run of Han characters, so it matches in
 * exactly one way.
 */
const TOKEN = '\\p{Script=Han}{1,6}(?:·\\p{Script=Han}{1,6})?(?![\\p{Script=Han}·])';

/** The roles a credit names (a regular expression's alternatives): 记者, 通讯员, 编辑… */
export const CREDIT_ROLES = '记者|通讯员|实习生|摄影|摄像|编辑|撰稿|报道员';

/** A credit role as printed before the names: 记者, 通讯员, 本报记者, 新华社记者, 特约记者… */
const ROLE =
  '(?:本报|新华社|中新社|人民日报|央视)?(?:特约|见习|实习|首席|驻[\\p{Script=Han}]{1,4})?' +
  `(?:${CREDIT_ROLES})`;

/**
 * A role followed by space-separated words. Every repetition starts with a space and each word
 * matches one way, so the match is linear.
 */
const CREDIT = new RegExp(`${ROLE}(?:${SPACE}+${TOKEN})+`, 'gu');

const ANY_ROLE = new RegExp(CREDIT_ROLES, 'u');

/** How close to the end of a block a caption's credit ("新华社记者 张三 摄") may end. */
const CREDIT_TAIL = 30;

/** What may stand before a credit at the head of a story: an opening bracket or a dateline. */
const HEAD_OPENERS = new Set(['(', '（', '【', '[', '讯', '电', '息']);
/** What may stand before a caption's credit at the end of a block: the end of a sentence. */
const TAIL_OPENERS = new Set(['。', '！', '？', '；', '）', '”']);

/**
 * Offsets (into `text`, one block) of every whitespace code unit that belongs to a credit line.
 * A credit only counts where credits are printed: at the start of a line, right after an opening
 * bracket ("（记者 许珂）") or a dateline ("本报讯 记者 许珂"), or closing the block after a
 * sentence (a caption's "新华社记者 张三 摄"). So "一名记者 采访了他们" in running text is
 * still a stray space.
 */
export function creditSpaces(text: string): Set<number> {
  const spaces = new Set<number>();
  if (!ANY_ROLE.test(text)) return spaces;
  for (const match of text.matchAll(CREDIT)) {
    const start = match.index;
    const end = start + match[0].length;
    let before = start;
    while (before > 0 && /[ \t\u3000\u00a0]/u.test(text[before - 1])) before--;
    const opener = before === 0 ? '\n' : text[before - 1];
    const placed =
      opener === '\n' ||
      HEAD_OPENERS.has(opener) ||
      (end >= text.length - CREDIT_TAIL && TAIL_OPENERS.has(opener));
    if (!placed) continue;
    for (let i = start; i < end; i++) {
      if (/\s/u.test(text[i])) spaces.add(i);
    }
  }
  return spaces;
}

/**
 * A dateline as it opens a story: an agency or paper, a place and date, then 电/讯/消息
 * ("新华社北京3月4日电", "本报讯", "本报长沙3月4日讯", "央视网消息"). Spaces may stand inside it
 * (a stray one there is another finding), so removing them never unprotects the closing space.
 * Bounded quantifiers only.
 */
const DATELINE =
  /^[\s\u3000]*(?:新华社|中新社|本报|人民日报|央视网|[\p{Script=Han}]{1,8}(?:社|报|台|网))[^，。,；;：:！？!?\n]{0,24}(?:电|讯|消息)$/u;

/** Longest prefix (UTF-16 units from the line start) that is tested as a dateline. */
const DATELINE_MAX = 40;

/**
 * True when the whitespace at `offset` in `text` (one block) closes a dateline that opens its
 * line: "新华社北京3月4日电 中共中央…" keeps its space.
 */
export function isDatelineSpace(text: string, offset: number): boolean {
  const floor = Math.max(0, offset - DATELINE_MAX - 1);
  let lineStart = offset;
  while (lineStart > floor && text.charCodeAt(lineStart - 1) !== 0x0a) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 0x0a) return false;
  return DATELINE.test(text.slice(lineStart, offset));
}
