/**
 * An issue as articles: the document's blocks grouped at headlines, using the roles the engine
 * gave them. A run of headline and deck blocks opens an article: its first headline is the
 * headline, the blocks after it in the run are decks. Blocks before the first headline form an
 * article without a headline.
 */
import type { Document, Role } from '../document/document';

export interface ArticleParagraph {
  readonly role: Role;
  /** The block's text as it is in the document (single `\n` line breaks kept). */
  readonly text: string;
  /** The block's index in the document. */
  readonly block: number;
}

export interface Article {
  /** Null for the blocks before the first headline. */
  readonly headline: string | null;
  /** Headline or deck blocks after the headline, in order (sub-headlines, decks). */
  readonly decks: readonly string[];
  /**
   * The byline as printed at the head of the first byline or dateline paragraph
   * ("本报讯（记者 许珂）", "新华社北京3月4日电", "By Jane Smith"), or null when there is none.
   * The paragraph itself stays in `paragraphs`.
   */
  readonly byline: string | null;
  /** Every other block of the article, in order, with its role. */
  readonly paragraphs: readonly ArticleParagraph[];
}

const BYLINE_HEAD =
  /^(?:本报讯|本报[^\s，,。]{0,12}电|(?:新华社|中新社|人民日报|央视网)[^\s，,。]{0,12}电|据[^\s，,。]{1,12}报道)\s*(?:[（(][^（）()\n]{1,40}[）)])?|^By [A-Z][^\n,.;:]{1,60}/u;

/** Splits a document into articles (see the module comment). */
export function splitArticles(doc: Document): Article[] {
  const articles: MutableArticle[] = [];
  let current: MutableArticle | undefined;
  let inHeadlineRun = false;
  for (const block of doc.blocks) {
    const isHead = block.role === 'headline' || block.role === 'deck';
    if (isHead && inHeadlineRun && current) {
      current.decks.push(block.text);
      continue;
    }
    if (block.role === 'headline') {
      current = { headline: block.text, decks: [], byline: null, paragraphs: [] };
      articles.push(current);
      inHeadlineRun = true;
      continue;
    }
    inHeadlineRun = false;
    if (!current) {
      current = { headline: null, decks: [], byline: null, paragraphs: [] };
      articles.push(current);
    }
    if (current.byline === null && (block.role === 'byline' || block.role === 'dateline')) {
      current.byline = bylineOf(block.text);
    }
    current.paragraphs.push({ role: block.role, text: block.text, block: block.index });
  }
  return articles;
}

interface MutableArticle {
  headline: string | null;
  decks: string[];
  byline: string | null;
  paragraphs: ArticleParagraph[];
}

/** The byline at the head of a paragraph, normalized to single spaces, or null. */
export function bylineOf(text: string): string | null {
  const m = BYLINE_HEAD.exec(text.trim());
  return m ? m[0].replace(/\s+/g, ' ').trim() : null;
}

/**
 * How many code units at the start of `text` are its byline as printed (leading spaces and the
 * spaces inside it included, so `text.slice(0, n)` + `text.slice(n)` is `text`); 0 for none.
 */
export function bylineLength(text: string): number {
  const lead = text.length - text.trimStart().length;
  const m = BYLINE_HEAD.exec(text.slice(lead));
  return m ? lead + m[0].trimEnd().length : 0;
}
