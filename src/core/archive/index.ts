/**
 * The archive of a workspace for repeats across issues: fingerprints of issues, their binary
 * records, and the in-memory index with its lookup. Pure; src/main/archive persists it.
 */
export * from './prints';
export * from './record';
export * from './archive-index';
export { ARTICLE_SHARE, MIN_RUN } from './articles';
