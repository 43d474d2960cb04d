/**
 * Regex rules with a time budget. JavaScript's RegExp cannot be interrupted, and no static
 * safety check is complete, so in the main process and the CLI every regex rule runs in a worker
 * thread while this thread waits (synchronously, so analyses stay synchronous) for at most the
 * budget. A rule that runs longer is stopped by terminating the worker (a fresh one runs the
 * next rule), reported, and never run again: nothing waits on it, and no lock is held for longer
 * than the budget.
 *
 * The worker's source is a string (`eval: true`), so it needs no file of its own in the
 * electron-vite and CLI bundles. It sends back each match's offsets and captures; this thread
 * expands the replacement templates exactly as `runRegexJobs` does.
 */
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import {
  expandTemplate,
  MAX_REGEX_MATCHES_PER_BLOCK,
  REGEX_BASE_BUDGET_MS,
  regexBudgetMs,
  type RegexEngine,
  type RegexJob,
  type RegexStop,
  type ReplacementMatch,
  type SearchSpan,
} from '../../core/rules/replacements';

/** The longest a fresh worker may take to start (not counted in a rule's budget). */
const START_MS = 60_000;

/** One match as the worker sends it: start, end, then the captures (undefined as null). */
interface RawMatch {
  readonly at: number;
  readonly end: number;
  readonly groups: readonly (string | null)[];
  readonly named?: Record<string, string | undefined>;
}

interface Reply {
  readonly seq: number;
  readonly matches?: readonly RawMatch[];
  readonly error?: string;
}

// Runs in the worker: the same walk as `collectRegex` (one pass, matches kept inside spans, at
// most MAX per span), then one reply on the port and a notify on the shared flag.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, flag, max } = workerData;
const signal = new Int32Array(flag);
let text = '';
let spans = new Int32Array(0);
const reply = (message) => {
  port.postMessage(message);
  Atomics.store(signal, 0, message.seq);
  Atomics.notify(signal, 0);
};
port.on('message', (message) => {
  if (message.text !== undefined) { text = message.text; spans = message.spans; }
  if (message.start) return reply({ seq: message.seq });
  try {
    const re = new RegExp(message.source, message.flags);
    const matches = [];
    let s = 0;
    let count = 0;
    const n = spans.length / 2;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const at = m.index;
      const end = at + m[0].length;
      while (s < n && spans[2 * s + 1] <= at) { s++; count = 0; }
      if (s >= n) break;
      if (at < spans[2 * s] || end > spans[2 * s + 1]) continue;
      if (count++ >= max) continue;
      const groups = [];
      for (let g = 0; g < m.length; g++) groups.push(m[g] === undefined ? null : m[g]);
      matches.push(m.groups ? { at, end, groups, named: { ...m.groups } } : { at, end, groups });
    }
    reply({ seq: message.seq, matches });
  } catch (error) {
    reply({ seq: message.seq, error: String(error && error.message || error) });
  }
});
`;

/** A worker thread, the port it answers on and the flag it raises. */
class RegexWorker {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal: Int32Array;
  private seq = 0;
  /** The text the worker holds, so it is sent once per analysis, not once per rule. */
  private text: string | undefined;

  constructor() {
    const flag = new SharedArrayBuffer(4);
    this.signal = new Int32Array(flag);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { port: port2, flag, max: MAX_REGEX_MATCHES_PER_BLOCK },
      transferList: [port2],
    });
    this.worker.unref();
    if (this.call({ start: true }, START_MS) === 'timeout') {
      this.stop();
      throw new Error('the regex worker did not start');
    }
  }

  /** Runs `job` on `text`; 'timeout' when it ran longer than `budgetMs` (the worker is then dead). */
  run(text: string, spans: Int32Array, job: RegexJob, budgetMs: number): Reply | 'timeout' {
    const sendText = this.text !== text;
    this.text = text;
    return this.call(
      { source: job.source, flags: job.flags, ...(sendText ? { text, spans } : {}) },
      budgetMs,
    );
  }

  stop(): void {
    void this.worker.terminate();
    this.port.close();
  }

  private call(message: object, budgetMs: number): Reply | 'timeout' {
    const seq = ++this.seq;
    this.port.postMessage({ ...message, seq });
    const deadline = Date.now() + budgetMs;
    while (Atomics.load(this.signal, 0) !== seq) {
      const left = deadline - Date.now();
      if (left <= 0) return 'timeout';
      Atomics.wait(this.signal, 0, Atomics.load(this.signal, 0), left);
    }
    const received = receiveMessageOnPort(this.port);
    return (received?.message as Reply | undefined) ?? { seq, error: 'no reply' };
  }
}

/**
 * An engine that runs every regex job in a worker thread with a budget of
 * `regexBudgetMs(text.length, baseMs)` per job. One worker is kept between calls (and replaced
 * after a stop); it does not keep the process alive.
 */
export function createBudgetedRegexEngine(baseMs = REGEX_BASE_BUDGET_MS): RegexEngine {
  let worker: RegexWorker | undefined;
  return (text: string, spans: readonly SearchSpan[], jobs: readonly RegexJob[]) => {
    const flat = new Int32Array(spans.length * 2);
    spans.forEach((span, i) => {
      flat[2 * i] = span.start;
      flat[2 * i + 1] = span.end;
    });
    const budget = regexBudgetMs(text.length, baseMs);
    const matches: ReplacementMatch[] = [];
    const stopped: RegexStop[] = [];
    for (const job of jobs) {
      worker ??= new RegexWorker();
      const started = Date.now();
      const reply = worker.run(text, flat, job, budget);
      if (reply === 'timeout') {
        worker.stop();
        worker = undefined;
        stopped.push({ rule: job.rule, ms: Date.now() - started });
        continue;
      }
      if (reply.error !== undefined) throw new Error(`regex rule ${job.rule}: ${reply.error}`);
      for (const raw of reply.matches ?? []) {
        matches.push({
          rule: job.rule,
          start: raw.at,
          end: raw.end,
          replacement: expandTemplate(job.replace, asExecArray(raw)),
        });
      }
    }
    return { matches, stopped };
  };
}

/** What `expandTemplate` reads of a match: its captures by number and name. */
function asExecArray(raw: RawMatch): RegExpExecArray {
  const groups = raw.groups.map((g) => g ?? undefined) as unknown as RegExpExecArray;
  groups.index = raw.at;
  if (raw.named) groups.groups = raw.named as Record<string, string>;
  return groups;
}
