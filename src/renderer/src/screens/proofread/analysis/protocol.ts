/** Messages between the proofreading screen and its analysis worker. */
import type { FindingKind } from '../../../../../core/finding';
import { encodeFindings, type EncodedFindings } from './codec';

/** A text to analyse. */
export interface AnalysisRequest {
  /** Sequence number; the reply carries it back. */
  readonly seq: number;
  /** The document text (normalized: `\n` line ends). */
  readonly text: string;
  readonly disabled: readonly FindingKind[];
}

/** The worker's answer to one request. */
export type AnalysisReply =
  | {
      readonly seq: number;
      readonly ok: true;
      /** Offsets into the request's text (decode with `decodeFindings`). */
      readonly findings: EncodedFindings;
      /** Paragraphs (blocks) of the text. */
      readonly blocks: number;
      /** Time the analysis took in the worker, in milliseconds. */
      readonly millis: number;
    }
  | { readonly seq: number; readonly ok: false; readonly message: string };

/** Runs the engine on one request (in the worker, or in the page when workers fail). */
export async function analyseRequest(request: AnalysisRequest): Promise<AnalysisReply> {
  const { analyseDocument } = await import('../../../../../core/analyse');
  const { createDocument } = await import('../../../../../core/document/document');
  const started = performance.now();
  try {
    const doc = createDocument(request.text);
    const findings = analyseDocument(doc, { disabled: request.disabled });
    return {
      seq: request.seq,
      ok: true,
      findings: encodeFindings(findings),
      blocks: doc.blocks.length,
      millis: performance.now() - started,
    };
  } catch (error) {
    return { seq: request.seq, ok: false, message: String(error) };
  }
}
