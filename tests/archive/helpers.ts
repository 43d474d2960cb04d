/** Helpers of the archive tests: real temp workspaces and issue texts from the news corpus. */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Article {
  readonly date: string;
  readonly headline: string;
  readonly paragraphs: readonly string[];
}

/** The 500 articles of the Chinese news corpus, in file order. */
export const ARTICLES: readonly Article[] = readFileSync(
  new URL('../../../shared/corpus/zh-news/articles.jsonl', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Article);

/** An issue's text: each article as a headline block followed by its paragraphs. */
export function issueText(articles: readonly Article[]): string {
  return `${articles.map((a) => [a.headline, ...a.paragraphs].join('\n\n')).join('\n\n')}\n`;
}

/** A fresh temp folder, removed by the returned function. */
export async function tempFolder(): Promise<{ folder: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'galley-archive-'));
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

/** Writes `text` to `<folder>/<name>` and returns the path. */
export async function draftFile(folder: string, name: string, text: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, text, 'utf8');
  return path;
}
