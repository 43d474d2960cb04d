/**
 * The printed formulas of a newspaper page: bylines, datelines, jump lines, list markers and
 * photo credits. Each is recognised by its wording, independent of context.
 *
 * Offsets returned here are UTF-16 code units into the string passed in.
 */

/** A page number as printed: 三, 3, ３, A3, Ａ３. */
const PAGE_NUMBER = '[A-Za-zＡ-Ｚａ-ｚ]?[一二三四五六七八九十百零〇两0-9０-９]{1,3}';
const PAGE = `第?\\s*${PAGE_NUMBER}\\s*版`;
/** Markers that never occur in running prose, bracketed or not. */
const STRONG_JUMP = `(?:下转|上接|紧接|续接|接上|转至|接第|转第|详见|下见|转见)\\s*${PAGE}`;
/** Markers that are only jump lines inside brackets (见第三版 may be a cross-reference). */
const WEAK_JUMP = `(?:转|接|见|续|请看|请见|详见|下转|上接|紧接)\\s*${PAGE}`;
const OPEN = '[（(〔【\\[]';
const CLOSE = '[）)〕】\\]]';
const EN_JUMP =
  "(?:continued|cont(?:'d|\\.)?)\\s+(?:on|from)\\s+(?:page\\s+)?[A-Z]?\\d{1,3}[A-Z]?|see\\s+page\\s+[A-Z]?\\d{1,3}[A-Z]?";
const BRACKETED = `${OPEN}\\s*(?:${WEAK_JUMP}|${STRONG_JUMP})[^）)〕】\\]\\n]{0,8}${CLOSE}|\\(\\s*(?:${EN_JUMP})\\s*\\)`;

/** A whole block that is only a jump marker. */
const JUMP_BLOCK = new RegExp(
  `^(?:${BRACKETED}|${STRONG_JUMP}|${WEAK_JUMP}|(?:${EN_JUMP})\\.?)$`,
  'iu',
);
/** A marker closing a block ("…以上。(下转第三版)"), with the white space before it. */
const JUMP_TRAILING = new RegExp(`\\s*(?:${BRACKETED}|(?<=[。！？.!?\\s])${STRONG_JUMP})$`, 'iu');
/** A marker opening a block ("(上接第一版)策全部落实…"), with the white space after it. */
const JUMP_LEADING = new RegExp(
  `^(?:${BRACKETED}|${STRONG_JUMP}(?=[\\s，,：:]))[ \\t\\u3000]*`,
  'iu',
);

/** The characters a jump marker can end with, and start with (a cheap test before the regex). */
const MARKER_LAST = new Set(['版', '）', ')', '〕', '】', ']']);
const MARKER_FIRST = new Set([
  '（',
  '(',
  '〔',
  '【',
  '[',
  '下',
  '上',
  '紧',
  '续',
  '接',
  '转',
  '详',
]);

/** True when the whole of `text` (trimmed) is a jump marker: "（下转第三版）", "详见三版". */
export function isJumpBlock(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && JUMP_BLOCK.test(t);
}

/**
 * The jump marker at the end of `text`, if any: `start` is where the marker (with the white
 * space before it) begins, `end` is `text.length` minus trailing white space.
 */
export function trailingJump(text: string): { start: number; end: number } | null {
  const trimmed = text.trimEnd();
  // Every marker ends with 版 or a closing bracket: most blocks are ruled out in O(1).
  if (!MARKER_LAST.has(trimmed.slice(-1))) return null;
  const tail = trimmed.slice(-48);
  const m = JUMP_TRAILING.exec(tail);
  if (!m) return null;
  return { start: trimmed.length - tail.length + m.index, end: trimmed.length };
}

/** The jump marker at the start of `text`, if any: `[start, end)` with trailing white space. */
export function leadingJump(text: string): { start: number; end: number } | null {
  const lead = text.length - text.trimStart().length;
  if (!MARKER_FIRST.has(text.charAt(lead))) return null;
  const m = JUMP_LEADING.exec(text.slice(lead, lead + 48));
  if (!m) return null;
  return { start: lead, end: lead + m[0].length };
}

/** "本报讯", "本报讯（记者 …）", "本报北京3月4日电", "本报记者 …", "By Jane Smith". */
const BYLINE =
  /^(?:本报讯|本报[^\s，,。；;]{0,12}电|本报(?:记者|通讯员)|(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{2,5}){0,3}\s*(?:报道|$)|By\s+[A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|and|de|van|von))*\s*$)/u;

/** "新华社北京3月4日电", "央视网消息（新闻联播）：", "据新华社电", "LONDON (Reuters) —". */
const DATELINE =
  /^(?:(?:新华社|中新社|中新网|人民网|新华网|央视网|央视新闻|央广网|光明网|中国日报网|国际在线|环球网)[^\s，,。；;]{0,16}(?:电|消息|讯)|据[^\s，,。；;]{1,14}电|[\u4e00-\u9fff]{2,10}[0-9０-９]{1,2}月[0-9０-９]{1,2}日电|[A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][A-Za-z.]+)?\s*(?:\([A-Z][A-Za-z. ]+\)\s*)?[—–]{1,2}\s)/u;

/** "1.", "1、", "（一）", "一、", "①", "• ", "- ". A number followed by a digit ("3.5") is not. */
const LIST_ITEM =
  /^(?:[0-9０-９]{1,3}[.．、)）](?![0-9０-９])|[（(][一二三四五六七八九十0-9０-９]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳⑴-⒇]|[•●○■□◆◇▲△▶►★☆▪]|[-*–]\s)/u;

/** "图为…", "上图：", "（新华社记者 李学仁 摄）", "Photo: …". */
const CAPTION_START =
  /^(?:图为|图[：:]|[上下左右]图[：:为]|图片[：:]|(?:Photo|Picture|Pictured|Above|Below)\b[:.]?)/u;
const CAPTION_END =
  /(?:(?:记者|通讯员|[\s（(])[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{2,5}){0,2}\s*(?:摄|供图|制图)|图片来源[^。，]{0,20})\s*[）)]?$/u;

/** True when `text` opens with a byline ("本报讯（记者 许珂）…"). */
export function startsWithByline(text: string): boolean {
  return BYLINE.test(text.trimStart());
}

/** True when `text` opens with a news agency's dateline ("新华社北京3月4日电 …"). */
export function startsWithDateline(text: string): boolean {
  return DATELINE.test(text.trimStart());
}

/**
 * Length of the dateline formula `text` opens with ("央视网消息", "新华社北京3月4日电"), in
 * UTF-16 code units from the start of `text`; -1 when it opens with none.
 */
export function datelineLength(text: string): number {
  const m = DATELINE.exec(text);
  return m ? m[0].length : -1;
}

/** True when `text` opens with a list marker ("1.", "（一）", "•"). */
export function startsWithListMarker(text: string): boolean {
  return LIST_ITEM.test(text.trimStart());
}

/** True when `text` (at most 160 code units) reads like a photo caption or credit. */
export function looksLikeCaption(text: string): boolean {
  const t = text.trim();
  if (t.length > 160) return false;
  if (CAPTION_START.test(t)) return true;
  // Credits end with 摄/供图/制图 or name 图片来源 near the end: test the regex only then.
  return /[摄图]/u.test(t.slice(-32)) && CAPTION_END.test(t);
}

/** Speech verbs that end an overline (引题): "朱健主持召开全市口罩生产企业座谈会时强调". */
const OVERLINE_END = /(?:强调|指出|表示|要求|提出|说|称|寄语|致辞|时)$/u;

/** True when a title-like block ends as an overline that leads into the main headline. */
export function endsLikeOverline(text: string): boolean {
  return OVERLINE_END.test(text.trimEnd());
}
