/**
 * 一 read as a dash: the engine takes the one stroke of 一 for an em dash ("第—号家庭", "新的—年",
 * "以防万—"), a bar, a box line or the katakana long mark (ー). A single such stroke beside a
 * Han character is 一 where 一 makes a numeral word of the lexicon with the character before it
 * (第一, 万一) or with a measure word after it (一号, 一年: jieba's tag m, used at least
 * `MIN_NUMERAL_COUNT` times). A dash between two names stays
 * ("深圳—香港", "中国—中亚": 一中 is a school, no numeral), as do a dash of two ("——"), one
 * beside a digit ("20万—25万") and one of a list of them ("菜单—活动—地图").
 */
import type { Document } from '../../document/document';
import type { FindingDraft } from '../../finding';
import { isHan, type ChineseLexicon } from '../../lexicon/chinese';
import { safeDraft } from './safe-draft';

/** The strokes an engine prints for 一: an em dash, a bar, a box line, the katakana long mark. */
const STROKE_CHARACTERS = '—―─ー';
const STROKES = new RegExp(`[${STROKE_CHARACTERS}]`, 'g');
const STROKE = new Set(STROKE_CHARACTERS);
/** Dashes and hyphens that make a dash of two with a stroke: the strokes and the hyphens. */
const DASHES = new Set(`${STROKE_CHARACTERS}–-－`);
/** The numeral word 一 makes must be used this often (jieba's counts). */
const MIN_NUMERAL_COUNT = 50;

/**
 * Measure words and numbers after 一 ("一号", "一年", "一万", "一盘"). Other numerals of the
 * lexicon begin words of their own after a dash that parts two things ("光—生物利用": 一生,
 * "照片—家人": 一家, "地皮—包装": 一包).
 */
const MEASURES = new Set(
  '个号年万千百亿次种位名天盘场件条张句批项份本部首支只辆架艘座栋层步遍趟回阵番笔块元岁周月届期等'.split(
    '',
  ),
);
/** A dash's other single dashes this near make a list or a path ("菜单—活动—地图"). */
const LIST_REACH = 12;

/** The numeral word 一 at `at` of `text` makes with a Han neighbour, or null. */
function numeralAt(text: string, at: number, lexicon: ChineseLexicon): string | null {
  const before = text[at - 1];
  const after = text[at + 1];
  if ((before && DASHES.has(before)) || (after && DASHES.has(after))) return null;
  // A range ("20万—25万") or a dash among others parts things; it is no 一.
  if ((before && /[0-9０-９]/.test(before)) || (after && /[0-9０-９]/.test(after))) return null;
  const near = text.slice(Math.max(0, at - LIST_REACH), at + LIST_REACH + 1);
  let strokes = 0;
  for (const ch of near) if (STROKE.has(ch)) strokes++;
  if (strokes > 1) return null;
  const words = [
    before && isHan(before) ? `${before}一` : '',
    after && MEASURES.has(after) ? `一${after}` : '',
  ];
  for (const word of words) {
    if (word && lexicon.isNumeral(word) && lexicon.frequency(word) >= MIN_NUMERAL_COUNT) {
      return word;
    }
  }
  return null;
}

/** The dashes of `doc`'s Chinese blocks that are a misread 一. */
export function dashMisreadings(doc: Document, lexicon: ChineseLexicon): FindingDraft[] {
  const text = doc.text;
  const drafts: FindingDraft[] = [];
  // The strokes of the whole text in one pass, each looked for in the blocks, which are in order.
  let k = 0;
  for (const m of text.matchAll(STROKES)) {
    const at = m.index;
    while (k < doc.blocks.length && doc.blocks[k]!.end <= at) k++;
    const block = doc.blocks[k];
    if (!block || block.start > at || block.script !== 'cjk') continue;
    const word = numeralAt(text, at, lexicon);
    if (!word) continue;
    const seen = m[0];
    drafts.push(
      safeDraft(at, 1, '一', {
        'zh-CN': `疑为误识：“${seen}”应为“一”，一画认作横线；可成数词“${word}”。`,
        en: `Misread character: "${seen}" for "一", its one stroke read as a line; it makes the numeral "${word}".`,
      }),
    );
  }
  return drafts;
}
