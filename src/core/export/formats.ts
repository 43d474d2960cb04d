/**
 * Export of a version as plain text, Markdown, a readable HTML page and JSON articles. Pure
 * string builders: the caller encodes (UTF-8) and writes.
 */
import type { Document, Role } from '../document/document';
import type { Locale } from '../finding';
import { bylineLength, splitArticles, type ArticleParagraph } from './articles';
import { escapeHtml } from './escape';
import { PAGE_CSP_META } from './page-policy';

/** What the exported page says about the issue. */
export interface IssueMeta {
  readonly title: string;
  readonly publication?: string;
  /** The issue date as the editor gave it (YYYY-MM-DD). */
  readonly date?: string;
  /** Language of the page's own words (and its `lang`); default zh-CN. */
  readonly locale?: Locale;
}

/**
 * The version's text exactly as stored. Exporting an imported .txt gives its text back; the
 * caller writes it as UTF-8 without a BOM.
 */
export function exportTxt(text: string): string {
  return text;
}

/**
 * Markdown: headlines as `##`, decks as `###`, paragraphs separated by blank lines, jump lines and
 * captions in italics, list items as `-`. Text is escaped so OCR'd `*`, `#` or `_` stay literal.
 * With `meta`, the issue title heads the file as `#`.
 */
export function exportMarkdown(doc: Document, meta?: IssueMeta): string {
  const out: string[] = [];
  if (meta) out.push(`# ${mdLine(issueHeading(meta))}`);
  for (const article of splitArticles(doc)) {
    if (article.headline !== null) out.push(`## ${mdLine(article.headline)}`);
    for (const deck of article.decks) out.push(`### ${mdLine(deck)}`);
    for (const p of article.paragraphs) out.push(mdParagraph(p.role, p.text));
  }
  return out.join('\n\n') + '\n';
}

function mdParagraph(role: Role, text: string): string {
  const body = mdEscape(text);
  if (role === 'jump-line' || role === 'caption') return `*${body.replace(/\n/g, ' ')}*`;
  if (role === 'list-item') return `- ${body}`;
  if (role === 'headline') return `## ${mdLine(text)}`;
  if (role === 'deck') return `### ${mdLine(text)}`;
  return body;
}

/** One Markdown line: line breaks become spaces. */
function mdLine(text: string): string {
  return mdEscape(text.replace(/\s*\n\s*/g, ' '));
}

/** Escapes Markdown syntax: inline markers anywhere, block markers at the start of a line. */
function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^(\s*)([#>+=-]|\d+[.)])/gm, '$1\\$2');
}

function issueHeading(meta: IssueMeta): string {
  return [meta.publication, meta.date, meta.title].filter((s) => s && s.trim()).join(' · ');
}

const PAGE_CSS = `
body{font:17px/1.8 "Noto Serif CJK SC","Source Han Serif SC","Songti SC",SimSun,Georgia,serif;margin:0;background:#fbfaf7;color:#1d1d1d}
header,main{max-width:40rem;margin:0 auto;padding:1rem 1.25rem}
header{border-bottom:1px solid #ddd}
.masthead{font:14px system-ui,sans-serif;color:#666;margin:0}
h1{font-size:1.6rem;margin:.25rem 0 .75rem}
article{margin:2rem 0;padding-bottom:1rem;border-bottom:1px solid #eee}
h2{font-size:1.35rem;line-height:1.5;margin:0 0 .5rem}
.deck{font-size:1.05rem;color:#444;margin:.25rem 0}
.byline{font:14px system-ui,sans-serif;color:#666;margin-right:.25em}
p{margin:.6rem 0;text-align:justify}
.jump-line,.caption{font-style:italic;color:#666}
`;

/** A clean readable page: the issue's articles with their headlines, decks and paragraphs. */
export function exportHtml(doc: Document, meta: IssueMeta): string {
  const locale = meta.locale ?? 'zh-CN';
  const out: string[] = [
    `<!doctype html>\n<html lang="${escapeHtml(locale)}">\n<head>\n<meta charset="utf-8">`,
    PAGE_CSP_META,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(issueHeading(meta))}</title>\n<style>${PAGE_CSS}</style>\n</head>\n<body>`,
    '<header>',
  ];
  const masthead = [meta.publication, meta.date].filter((s) => s && s.trim()).join(' · ');
  if (masthead) out.push(`<p class="masthead">${escapeHtml(masthead)}</p>`);
  out.push(`<h1>${escapeHtml(meta.title)}</h1>`, '</header>', '<main>');
  for (const article of splitArticles(doc)) {
    out.push('<article>');
    if (article.headline !== null) out.push(`<h2>${lines(article.headline)}</h2>`);
    for (const deck of article.decks) out.push(`<p class="deck">${lines(deck)}</p>`);
    for (const p of article.paragraphs) out.push(htmlParagraph(p));
    out.push('</article>');
  }
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}

/**
 * One paragraph as `<p>`, its text once and whole: a byline or dateline paragraph keeps its
 * byline ("本报讯（记者 许珂）") at its head, in the byline's type, and the lead in body type.
 */
function htmlParagraph(p: ArticleParagraph): string {
  if (p.role === 'byline' || p.role === 'dateline') {
    const head = bylineLength(p.text);
    const byline = head > 0 ? `<span class="byline">${lines(p.text.slice(0, head))}</span>` : '';
    return `<p class="lead" data-role="${p.role}">${byline}${lines(p.text.slice(head))}</p>`;
  }
  const cls = p.role === 'body' ? '' : ` class="${p.role}"`;
  return `<p${cls}>${lines(p.text)}</p>`;
}

function lines(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

/** The JSON export's schema name and version; readers check both. */
export const ISSUE_JSON_FORMAT = 'galley.issue';
export const ISSUE_JSON_VERSION = 1;

/**
 * The issue as JSON articles:
 * `{format, version, title, publication, date, articles: [{headline, decks, byline, paragraphs:
 * [{role, text}]}]}` (see `Article`), pretty-printed, ending in a newline.
 */
export function exportJson(doc: Document, meta: IssueMeta): string {
  const articles = splitArticles(doc).map((a) => ({
    headline: a.headline,
    decks: a.decks,
    byline: a.byline,
    paragraphs: a.paragraphs.map((p) => ({ role: p.role, text: p.text })),
  }));
  const issue = {
    format: ISSUE_JSON_FORMAT,
    version: ISSUE_JSON_VERSION,
    title: meta.title,
    publication: meta.publication ?? null,
    date: meta.date ?? null,
    articles,
  };
  return JSON.stringify(issue, null, 2) + '\n';
}
