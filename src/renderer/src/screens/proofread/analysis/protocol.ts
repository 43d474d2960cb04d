/** Messages between the proofreading screen and its analysis worker. */
import type { FindingKind } from '../../../../../core/finding';
import type { ChineseLexicon } from '../../../../../core/lexicon/chinese';
import type { ShapeTable } from '../../../../../core/lexicon/shapes';
import type { CompiledRules } from '../../../../../core/rules/compile';
import type { RuleList } from '../../../../../core/rules/types';
import { encodeFindings, type EncodedFindings } from '../../../../../shared/findings-codec';

/** The workspace's rule list and a key that changes whenever the list does. */
export interface RulesSpec {
  readonly key: string;
  /** Null: the engine's default rules. */
  readonly list: RuleList | null;
}

/** A text to analyse. */
export interface AnalysisRequest {
  /** Sequence number; the reply carries it back. */
  readonly seq: number;
  /** The document text (normalized: `\n` line ends). */
  readonly text: string;
  readonly disabled: readonly FindingKind[];
  /** The rules to apply (the workspace's, as `issue.open` gave them). */
  readonly rules: RulesSpec;
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

/** The last rule list compiled (by key): compiling once per list, not per analysis. */
let compiled: { readonly key: string; readonly rules: CompiledRules | undefined } | null = null;

async function rulesOf(spec: RulesSpec): Promise<CompiledRules | undefined> {
  if (compiled?.key !== spec.key) {
    const { compileRules } = await import('../../../../../core/rules/compile');
    compiled = { key: spec.key, rules: spec.list ? compileRules(spec.list) : undefined };
  }
  return compiled.rules;
}

/** The Chinese lexicon, parsed once per worker from the dictionary chunk shipped with the app. */
let lexicon: Promise<ChineseLexicon> | undefined;

function lexiconOf(): Promise<ChineseLexicon> {
  lexicon ??= (async () => {
    // jieba's dictionary (5 MB) is its own chunk of the renderer bundle, loaded on first use.
    const [{ default: dictionary }, { parseJiebaDictionary }] = await Promise.all([
      import('@node-rs/jieba/dict.txt?raw'),
      import('../../../../../core/lexicon/chinese'),
    ]);
    return parseJiebaDictionary(dictionary);
  })();
  return lexicon;
}

/** The table of characters of similar shape, parsed once per worker (its own chunk). */
let shapeTable: Promise<ShapeTable> | undefined;

function shapesOf(): Promise<ShapeTable> {
  shapeTable ??= (async () => {
    const [{ default: table }, { parseShapeTable }] = await Promise.all([
      import('../../../../../../resources/lexicon/shape-similar.txt?raw'),
      import('../../../../../core/lexicon/shapes'),
    ]);
    return parseShapeTable(table);
  })();
  return shapeTable;
}

/** Runs the engine on one request (in the worker, or in the page when workers fail). */
export async function analyseRequest(request: AnalysisRequest): Promise<AnalysisReply> {
  const { analyseDocument } = await import('../../../../../core/analyse');
  const { createDocument } = await import('../../../../../core/document/document');
  const started = performance.now();
  try {
    const [rules, chinese, shapes] = await Promise.all([
      rulesOf(request.rules),
      lexiconOf(),
      shapesOf(),
    ]);
    const doc = createDocument(request.text);
    const findings = analyseDocument(doc, {
      disabled: request.disabled,
      rules,
      lexicon: chinese,
      shapes,
    });
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
