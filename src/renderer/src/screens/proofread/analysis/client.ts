/**
 * The page's side of the analysis worker. If the worker cannot start or dies, the requests it
 * owed, and every later one, run in the page instead (slower, never lost).
 *
 * A regex rule cannot be interrupted, and no static check catches every slow pattern, so the
 * worker says which regex rule it runs and the page keeps a watch: a rule that runs past its
 * budget is stopped by terminating the worker, reported through `onRuleStopped`, left out of
 * every later analysis, and the requests the worker owed run again on a fresh one. In the page
 * (no worker) nothing could stop a rule, so regex rules are left out there.
 */
import type { Finding, FindingKind } from '../../../../../core/finding';
import type { StoppedRule } from '../../../../../shared/contract';
import { decodeFindings } from '../../../../../shared/findings-codec';
import {
  analyseRequest,
  type AnalysisProgress,
  type AnalysisReply,
  type AnalysisRequest,
  type RegexWatch,
  type RulesSpec,
} from './protocol';

/** Options of an AnalysisClient. */
export interface AnalysisClientOptions {
  /** Told once per rule stopped for running past its budget. */
  readonly onRuleStopped?: (stop: StoppedRule) => void;
  /** Added to each rule's budget for messages to cross threads, in milliseconds. */
  readonly graceMs?: number;
}

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
  /** Rules stopped for running too long (by id): left out of every later analysis. */
  private readonly stopped = new Set<string>();
  /** Stops the regex rule the worker runs now once its budget is spent; null when none runs. */
  private watch: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: AnalysisClientOptions = {}) {}

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
      this.worker.onmessage = (event: MessageEvent<AnalysisReply | AnalysisProgress>) => {
        const message = event.data;
        if ('progress' in message) this.watchRule(message.regex);
        else this.settle(message);
      };
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
      this.send(request);
    });
    if (!reply.ok) throw new Error(reply.message);
    return { findings: decodeFindings(reply.findings), blocks: reply.blocks, millis: reply.millis };
  }

  dispose(): void {
    this.unwatch();
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
  }

  /** Sends `request` (its rules without the stopped ones) to the worker, or runs it here. */
  private send(request: AnalysisRequest): void {
    if (this.worker) {
      this.worker.postMessage({ ...request, rules: this.withoutStopped(request.rules) });
    } else this.runInPage(request);
  }

  private runInPage(request: AnalysisRequest): void {
    const rules = this.withoutStopped(request.rules, true);
    void analyseRequest({ ...request, rules }).then((reply) => this.settle(reply));
  }

  /** `rules` with the stopped rules (and, for the page, every regex rule) switched off. */
  private withoutStopped(rules: RulesSpec, regexToo = false): RulesSpec {
    const { list } = rules;
    const off = (r: { id: string; regex: boolean }): boolean =>
      this.stopped.has(r.id) || (regexToo && r.regex);
    if (!list || !list.replacements.some((r) => !r.disabled && off(r))) return rules;
    const stopped = [...this.stopped].sort().join(',');
    return {
      key: `${rules.key}|off:${regexToo ? 'regex,' : ''}${stopped}`,
      list: {
        ...list,
        replacements: list.replacements.map((r) =>
          !r.disabled && off(r) ? { ...r, disabled: 'stopped' } : r,
        ),
      },
    };
  }

  /** Starts (or ends, for null) the watch over the regex rule the worker runs now. */
  private watchRule(rule: RegexWatch | null): void {
    this.unwatch();
    if (!rule) return;
    const since = performance.now();
    this.watch = setTimeout(
      () => this.stopRule(rule, performance.now() - since),
      rule.budgetMs + (this.options.graceMs ?? 250),
    );
  }

  private unwatch(): void {
    if (this.watch) clearTimeout(this.watch);
    this.watch = null;
  }

  /** Stops the worker running `rule`, and runs what it owed again on a fresh one without it. */
  private stopRule(rule: RegexWatch, ms: number): void {
    this.watch = null;
    this.worker?.terminate();
    this.worker = null;
    this.stopped.add(rule.id);
    this.options.onRuleStopped?.({ id: rule.id, find: rule.find, ms: Math.round(ms) });
    this.start();
    for (const { request } of this.pending.values()) this.send(request);
  }

  private settle(reply: AnalysisReply): void {
    this.unwatch();
    const entry = this.pending.get(reply.seq);
    this.pending.delete(reply.seq);
    entry?.resolve(reply);
  }

  private fallBack(): void {
    this.unwatch();
    this.worker?.terminate();
    this.worker = null;
    for (const { request } of this.pending.values()) this.runInPage(request);
  }
}
