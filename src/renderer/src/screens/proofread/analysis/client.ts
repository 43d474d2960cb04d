/**
 * The page's side of the analysis worker. If the worker cannot start or dies, the requests it
 * owed, and every later one, run in the page instead (slower, never lost).
 */
import type { Finding, FindingKind } from '../../../../../core/finding';
import { decodeFindings } from '../../../../../shared/findings-codec';
import {
  analyseRequest,
  type AnalysisReply,
  type AnalysisRequest,
  type RulesSpec,
} from './protocol';

/** One analysis: the findings (offsets into the text analysed), its paragraphs and its time. */
export interface AnalysisResult {
  readonly findings: readonly Finding[];
  readonly blocks: number;
  /** The engine's time, in milliseconds. */
  readonly millis: number;
}

/**
 * A short text that runs every detector once (Chinese punctuation, a byline, a paragraph break,
 * an English line-end hyphen), so the worker has loaded the engine, built its word list and
 * compiled its hot paths before the first issue is opened.
 */
const WARM_UP =
  '本报讯 (记者 许珂) 3月4日,记者从市扶贫办获悉,确保教育资助政\n\n策全部落实到位。\n\n' +
  'The inter-\nnational committee met on Monday, as agreed.';

/** The engine's default rules (no workspace list). */
export const DEFAULT_RULES: RulesSpec = { key: 'default', list: null };

interface Pending {
  readonly request: AnalysisRequest;
  readonly resolve: (reply: AnalysisReply) => void;
}

/** Sends texts to the analysis worker and returns its findings, in request order. */
export class AnalysisClient {
  private worker: Worker | null = null;
  /** The worker was asked for (it may have failed to start; then the page analyses). */
  private started = false;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();

  /**
   * Starts the worker and has it run every detector once, so the first analysis after an edit
   * does not wait for the engine to load. Issues open with their findings, so this need not
   * compete with opening one: call it once the screen has settled.
   */
  warmUp(): void {
    if (this.started) return;
    this.start();
    if (this.worker) void this.analyse(WARM_UP, [], DEFAULT_RULES).catch(() => undefined);
  }

  private start(): void {
    this.started = true;
    try {
      this.worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
        type: 'module',
        name: 'galley-analysis',
      });
      this.worker.onmessage = (event: MessageEvent<AnalysisReply>) => this.settle(event.data);
      this.worker.onerror = () => this.fallBack();
    } catch {
      this.worker = null;
    }
  }

  /**
   * Analyses `text` (normalized) with `rules`; rejects with an Error when the engine failed on
   * it. The worker compiles each rule list once (by its key).
   */
  async analyse(
    text: string,
    disabled: readonly FindingKind[],
    rules: RulesSpec,
  ): Promise<AnalysisResult> {
    if (!this.started) this.start();
    const request: AnalysisRequest = { seq: ++this.seq, text, disabled, rules };
    const reply = await new Promise<AnalysisReply>((resolve) => {
      this.pending.set(request.seq, { request, resolve });
      if (this.worker) this.worker.postMessage(request);
      else this.runInPage(request);
    });
    if (!reply.ok) throw new Error(reply.message);
    return { findings: decodeFindings(reply.findings), blocks: reply.blocks, millis: reply.millis };
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
  }

  private runInPage(request: AnalysisRequest): void {
    void analyseRequest(request).then((reply) => this.settle(reply));
  }

  private settle(reply: AnalysisReply): void {
    const entry = this.pending.get(reply.seq);
    this.pending.delete(reply.seq);
    entry?.resolve(reply);
  }

  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const { request } of this.pending.values()) this.runInPage(request);
  }
}
