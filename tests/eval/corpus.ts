/**
 * The labelled evaluation corpus: seeded, deterministic drafts in Chinese (from the zh-news
 * articles) and English (from the ICDAR 2017 gold standard), each with its gold text and the
 * recorded positions of every injected defect and look-alike.
 */
import { fileURLToPath } from 'node:url';
import { enDraft } from './corpus-en';
import { loadArticles, zhDraft } from './corpus-zh';
import { loadIcdarPairs } from './icdar';
import type { LabelledDraft } from './labels';
import { Rng } from './prng';

/** ../shared/corpus, beside the repository. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
export const ARTICLES = `${CORPUS_DIR}zh-news/articles.jsonl`;
export const ICDAR_DIR = `${CORPUS_DIR}en-ocr/icdar2017`;

export interface CorpusOptions {
  readonly seed: number;
  /** Number of Chinese drafts. */
  readonly zh: number;
  /** Number of English drafts. */
  readonly en: number;
  /** Approximate size of an English draft, in characters. */
  readonly enSize?: number;
}

/** Generates the corpus; the same options give the same drafts, byte for byte. */
export function generateCorpus(options: CorpusOptions): LabelledDraft[] {
  const rng = new Rng(options.seed);
  const drafts: LabelledDraft[] = [];
  if (options.zh > 0) {
    const articles = loadArticles(ARTICLES);
    const zhRng = rng.fork(1);
    for (let i = 0; i < options.zh; i++) {
      drafts.push(zhDraft(zhRng.fork(i), articles, `zh-${String(i + 1).padStart(3, '0')}`));
    }
  }
  if (options.en > 0) {
    const golds = loadIcdarPairs(ICDAR_DIR)
      .filter((p) => p.set === 'periodical')
      .map((p) => p.gold);
    const enRng = rng.fork(2);
    for (let i = 0; i < options.en; i++) {
      const draftRng = enRng.fork(i);
      const gold = draftRng.pick(golds);
      const name = `en-${String(i + 1).padStart(3, '0')}`;
      drafts.push(enDraft(draftRng, gold, name, options.enSize ?? 4000));
    }
  }
  return drafts;
}
