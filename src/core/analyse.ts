/**
 * Analysis: run every enabled detector over a document and return its findings with ids,
 * in document order.
 */
import { createDocument, type Document } from './document/document';
import type { AnalyseOptions, Detector } from './detectors/detector';
import { DETECTORS } from './detectors/registry';
import { withIds, type Finding, type FindingDraft, type FindingKind } from './finding';
import { dropProtected } from './rules/filter';

export function analyseDocument(
  doc: Document,
  options: AnalyseOptions = {},
  detectors: readonly Detector[] = DETECTORS,
): Finding[] {
  return analyseDocumentCapped(doc, options, Infinity, detectors).findings;
}

/** Findings with at most a number of each kind, and how many of each kind were left out. */
export interface CappedFindings {
  readonly findings: Finding[];
  /** Findings of a kind beyond the cap, not listed, by kind (absent: none left out). */
  readonly unlisted: Partial<Record<FindingKind, number>>;
}

/**
 * As analyseDocument, but keeps at most `maxPerKind` findings of each kind (the first ones each
 * detector reports, in document order), so that listing the findings of finding-dense text
 * (8 million on 24 MB of `好,` paragraphs) holds a bounded number of them. Not for cleaning,
 * which needs every safe finding.
 */
export function analyseDocumentCapped(
  doc: Document,
  options: AnalyseOptions,
  maxPerKind: number,
  detectors: readonly Detector[] = DETECTORS,
): CappedFindings {
  const disabled = new Set(options.disabled ?? []);
  const drafts: FindingDraft[] = [];
  const unlisted: Partial<Record<FindingKind, number>> = {};
  const skipped = (kind: FindingKind, count: number): void => {
    if (count > 0) unlisted[kind] = (unlisted[kind] ?? 0) + count;
  };
  const listing: AnalyseOptions =
    maxPerKind === Infinity ? options : { ...options, listLimit: { max: maxPerKind, skipped } };
  for (const detector of detectors) {
    if (disabled.has(detector.kind)) continue;
    const found = detector.detect(doc, listing);
    const kept = Math.min(found.length, maxPerKind);
    // A loop, not push(...found): a spread of millions of drafts overflows the call stack.
    for (let i = 0; i < kept; i++) drafts.push(found[i]);
    skipped(detector.kind, found.length - kept);
  }
  return { findings: withIds(doc.text, dropProtected(doc.text, drafts, options.rules)), unlisted };
}

/** Normalizes and segments `raw`, then analyses it. Offsets refer to the normalized text. */
export function analyseText(
  raw: string,
  options: AnalyseOptions = {},
): { doc: Document; findings: Finding[] } {
  const doc = createDocument(raw);
  return { doc, findings: analyseDocument(doc, options) };
}
