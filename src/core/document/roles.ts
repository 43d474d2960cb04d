/**
 * Role classification: what each block is on the page (headline, byline, body…).
 *
 * A first, deliberately simple classifier; see tests/core/roles.test.ts for the cases it must
 * get right.
 */
import type { RawBlock, Role } from './document';

const SENTENCE_END = /[。！？!?…」』”）)\]】.;；:：]$/u;
const BYLINE = /^(本报讯|本报[^\s，,。]{0,12}电|新华社|中新社|人民日报|据[^\s，,。]{1,12}报道)/u;
const JUMP_LINE =
  /^[（(]?\s*(下转|上接|转|接)第?[一二三四五六七八九十0-9]+版\s*[)）]?$|^详见[第]?[一二三四五六七八九十0-9]+版$/u;

/** Classifies every block; the result is parallel to `blocks`. */
export function classifyRoles(blocks: readonly RawBlock[]): Role[] {
  return blocks.map((block) => classifyRole(block));
}

function classifyRole(block: RawBlock): Role {
  const text = block.text.trim();
  if (JUMP_LINE.test(text)) return 'jump-line';
  if (BYLINE.test(text)) return 'byline';
  if (!SENTENCE_END.test(text) && [...text].length <= 40) return 'headline';
  return 'body';
}

/**
 * Roles whose blocks are running prose (sentences the detectors read as text): body, byline and
 * dateline paragraphs (which open with a byline or dateline and continue as body), list items
 * and captions.
 */
export function isProse(role: Role): boolean {
  return (
    role === 'body' ||
    role === 'byline' ||
    role === 'dateline' ||
    role === 'list-item' ||
    role === 'caption'
  );
}
