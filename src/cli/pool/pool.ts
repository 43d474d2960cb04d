/**
 * A small pool of worker threads running TypeScript task modules through tsx.
 *
 * Each worker module calls `serveTasks(handler)` (see ./serve.ts); the pool sends one task at a
 * time to each idle worker, so long tasks never queue behind each other on one thread.
 */
import { Worker } from 'node:worker_threads';

/** Messages between the pool and a worker. */
export interface TaskRequest<T> {
  readonly seq: number;
  readonly task: T;
}
export type TaskReply<R> =
  | { readonly seq: number; readonly ok: true; readonly result: R }
  | { readonly seq: number; readonly ok: false; readonly message: string };

interface Pending<T, R> {
  readonly seq: number;
  readonly task: T;
  resolve(result: R): void;
  reject(error: Error): void;
}

/**
 * Source of a tiny CommonJS bootstrap that registers tsx's ESM loader inside the worker, then
 * imports the TypeScript module. Passing `--import tsx` in execArgv does not reach workers on
 * Node 20, and this works whether the parent runs under `tsx`, `node bin/galley.js` or vitest.
 */
function bootstrap(moduleUrl: URL): string {
  const api = import.meta.resolve('tsx/esm/api');
  return (
    `import(${JSON.stringify(api)})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl.href)}); })` +
    `.catch((error) => { setImmediate(() => { throw error; }); });`
  );
}

export class WorkerPool<T, R> {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending<T, R>>();
  private readonly queue: Pending<T, R>[] = [];
  private seq = 0;
  private closed = false;

  /**
   * Starts `size` workers (at least 1) running `moduleUrl`, a module that calls `serveTasks`.
   */
  constructor(
    private readonly moduleUrl: URL,
    size: number,
  ) {
    for (let i = 0; i < Math.max(1, size); i++) this.idle.push(this.spawn());
  }

  /** Runs `task` on the next free worker. Rejects if the handler threw or the worker died. */
  run(task: T): Promise<R> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ seq: ++this.seq, task, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; tasks still queued are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the pool was closed'));
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    this.busy.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private spawn(): Worker {
    // A bundled worker (out/cli/*.mjs) is plain JavaScript; a TypeScript one goes through tsx.
    const worker = /\.m?js$/.test(this.moduleUrl.pathname)
      ? new Worker(this.moduleUrl, { execArgv: [] })
      : new Worker(bootstrap(this.moduleUrl), { eval: true, execArgv: [] });
    worker.on('message', (reply: TaskReply<R>) => this.settle(worker, reply));
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) => this.fail(worker, new Error(`the worker stopped (code ${code})`)));
    return worker;
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const pending = this.queue.shift() as Pending<T, R>;
      this.busy.set(worker, pending);
      const request: TaskRequest<T> = { seq: pending.seq, task: pending.task };
      worker.postMessage(request);
    }
  }

  private settle(worker: Worker, reply: TaskReply<R>): void {
    const pending = this.busy.get(worker);
    if (!pending || pending.seq !== reply.seq) return;
    this.busy.delete(worker);
    this.idle.push(worker);
    if (reply.ok) pending.resolve(reply.result);
    else pending.reject(new Error(reply.message));
    this.dispatch();
  }

  /** A worker crashed or exited: fail its task and replace it, so the batch goes on. */
  private fail(worker: Worker, error: Error): void {
    const pending = this.busy.get(worker);
    const wasIdle = this.idle.indexOf(worker);
    if (wasIdle >= 0) this.idle.splice(wasIdle, 1);
    if (!pending && wasIdle < 0) return;
    this.busy.delete(worker);
    worker.removeAllListeners();
    void worker.terminate();
    pending?.reject(error);
    if (!this.closed) {
      this.idle.push(this.spawn());
      this.dispatch();
    }
  }
}
