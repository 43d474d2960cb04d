/**
 * The worker side of WorkerPool: answer each task message with the handler's result.
 */
import { parentPort } from 'node:worker_threads';
import type { TaskReply, TaskRequest } from './pool';

/** Serves tasks on this worker thread with `handler`. Call once, at a worker module's top level. */
export function serveTasks<T, R>(handler: (task: T) => Promise<R> | R): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks must run inside a worker thread');
  port.on('message', (request: TaskRequest<T>) => {
    void (async () => {
      let reply: TaskReply<R>;
      try {
        reply = { seq: request.seq, ok: true, result: await handler(request.task) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        reply = { seq: request.seq, ok: false, message };
      }
      port.postMessage(reply);
    })();
  });
}
