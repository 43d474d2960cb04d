/**
 * Role classification: what each block is on the page (headline, deck, byline, body…).
 *
 * A block's wording decides the printed formulas (bylines, datelines, jump lines, list items,
 * captions). A block that ends without sentence-final punctuation is then either a title
 * (headline or deck) or body cut by a column break; that is decided with its neighbours, by the
 * same junction judgement the broken-paragraph detector uses, so a block read as cut prose is
 * always body and a title is never joined to what follows. One pass left to right, then one
 * over runs of titles: linear in the number of blocks, each block's text read a bounded number
 * of times.
 */
import { assessJunction, type PrecedingContext } from '../structure/junction';
import { countProseMarks, endKind, hasSpacedCjkPhrases, visibleLength } from '../structure/marks';
import {
  endsLikeOverline,
  isJumpBlock,
  looksLikeCaption,
  startsWithByline,
  startsWithDateline,
  startsWithListMarker,
  trailingJump,
} from '../structure/patterns';
import type { RawBlock, Role } from './document';

/** A title-like block longer than this is read as prose (zh-news headlines reach 58). */
const TITLE_MAX = 64;
/** A deck (summary under a headline) may run longer than a headline. */
const DECK_MAX = 120;

/** Classifies every block; the result is parallel to `blocks`. */
export function classifyRoles(blocks: readonly RawBlock[]): Role[] {
  const roles: (Role | 'title')[] = [];
  let continued = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const next = blocks[i + 1];
    const context = precedingContext(i > 0 ? roles[i - 1] : undefined, block.text);
    // The junction with the next block is judged at most once (it may run the segmenter).
    let judged: boolean | undefined;
    const runsOn = (): boolean =>
      (judged ??= next !== undefined && assessJunction(block, next, context) !== null);
    const role: Role | 'title' = continued
      ? continuedRole(block.text)
      : ownRole(block, next, context, runsOn);
    roles.push(role);
    continued = role !== 'title' && isProse(role) && role !== 'caption' && runsOn();
  }
  return nameTitles(blocks, roles);
}

/**
 * What stands before a block, for the junction judgement: a block opening with a byline or
 * dateline is prose whatever precedes it.
 */
export function precedingContext(
  previous: Role | 'title' | undefined,
  text: string,
): PrecedingContext {
  if (startsWithByline(text) || startsWithDateline(text)) return 'prose';
  if (previous === undefined || previous === 'jump-line') return 'none';
  if (previous === 'title' || previous === 'headline' || previous === 'deck') return 'title';
  return 'prose';
}

/** The role of a block that the previous block's sentence runs into. */
function continuedRole(text: string): Role {
  if (isJumpBlock(text)) return 'jump-line';
  return 'body';
}

/** The role of a block read on its own wording, with its next block as context. */
function ownRole(
  block: RawBlock,
  next: RawBlock | undefined,
  context: PrecedingContext,
  runsOn: () => boolean,
): Role | 'title' {
  const text = block.text;
  if (isJumpBlock(text)) return 'jump-line';
  if (startsWithByline(text)) return 'byline';
  if (startsWithDateline(text)) return 'dateline';
  if (startsWithListMarker(text)) return 'list-item';
  if (looksLikeCaption(text)) return 'caption';
  const jump = trailingJump(text);
  const core = jump ? text.slice(0, jump.start) : text;
  if (jump || endKind(core) === 'final') return 'body';
  // Ends open: body that runs on, body before a jump line, or a title.
  if (next === undefined) return looksLikeTitle(core, context) ? 'title' : 'body';
  if (isJumpBlock(next.text)) return 'body';
  if (runsOn()) return 'body';
  // A short open block right above a byline or dateline heads that story, commas or not.
  const headsStory = startsWithByline(next.text) || startsWithDateline(next.text);
  if (headsStory && visibleLength(core) <= TITLE_MAX) return 'title';
  return looksLikeTitle(core, context) ? 'title' : 'body';
}

/**
 * A block ending open that does not run on: a title when it is short and has no prose marks,
 * or (right under a title) a deck of moderate length.
 */
function looksLikeTitle(text: string, context: PrecedingContext): boolean {
  const marks = countProseMarks(text);
  const length = visibleLength(text);
  if (marks === 0 && (length <= TITLE_MAX || hasSpacedCjkPhrases(text))) return true;
  return context === 'title' && length <= DECK_MAX;
}

/**
 * Names the blocks of each run of titles: one headline per run, the others decks. The headline
 * is the first block of the run that is not an overline ("…时强调") and has no prose marks.
 * A block of several lines (a banner set in lines) is a run of its own.
 */
function nameTitles(blocks: readonly RawBlock[], roles: readonly (Role | 'title')[]): Role[] {
  const out: Role[] = roles.map((r) => (r === 'title' ? 'headline' : r));
  let i = 0;
  while (i < roles.length) {
    if (roles[i] !== 'title') {
      i++;
      continue;
    }
    let end = i + 1;
    if (!blocks[i].text.includes('\n')) {
      while (end < roles.length && roles[end] === 'title' && !blocks[end].text.includes('\n')) {
        end++;
      }
    }
    let headline = i;
    for (let k = i; k < end; k++) {
      const t = blocks[k].text;
      if ((k === end - 1 || !endsLikeOverline(t)) && countProseMarks(t) === 0) {
        headline = k;
        break;
      }
    }
    for (let k = i; k < end; k++) out[k] = k === headline ? 'headline' : 'deck';
    i = end;
  }
  return out;
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
