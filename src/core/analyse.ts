/**
 * Analysis: run every enabled detector over a document and return its findings with ids,
 * in document order.
 */
import { createDocument, type Document } from './document/document';
import type { AnalyseOptions, Detector } from './detectors/detector';
import { DETECTORS } from './detectors/registry';
import { withIds, type Finding } from './finding';
import { dropProtected } from './rules/filter';

export function analyseDocument(
  doc: Document,
  options: AnalyseOptions = {},
  detectors: readonly Detector[] = DETECTORS,
): Finding[] {
  const disabled = new Set(options.disabled ?? []);
  const drafts = detectors
    .filter((d) => !disabled.has(d.kind))
    .flatMap((d) => d.detect(doc, options));
  return withIds(doc.text, dropProtected(doc.text, drafts, options.rules));
}

/** Normalizes and segments `raw`, then analyses it. Offsets refer to the normalized text. */
export function analyseText(
  raw: string,
  options: AnalyseOptions = {},
): { doc: Document; findings: Finding[] } {
  const doc = createDocument(raw);
  return { doc, findings: analyseDocument(doc, options) };
}
