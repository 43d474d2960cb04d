/** What the benches share to build their inputs: a seeded generator and the zh-news articles. */
import { readFileSync } from 'node:fs';

const ARTICLES = new URL('../../shared/corpus/zh-news/articles.jsonl', import.meta.url);

/** mulberry32: a seeded generator of floats in [0, 1). */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 500 clean articles of ../shared/corpus/zh-news (see its README). */
export function readArticles(): { headline: string; paragraphs: string[] }[] {
  return readFileSync(ARTICLES, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { headline: string; paragraphs: string[] });
}
